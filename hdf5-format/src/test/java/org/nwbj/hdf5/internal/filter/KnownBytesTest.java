package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.FilterParameters;

/** Small hand-checked examples of each format. */
class KnownBytesTest {
    private static FilterParameters params(int elementSize, int chunkBytes, int... cd) {
        return new FilterParameters(cd, elementSize, chunkBytes);
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void shuffleGroupsBytePlanesAndKeepsTheTail() {
        byte[] raw = bytes(1, 2, 3, 4, 5, 6, 7, 8, 9);
        byte[] shuffled = bytes(1, 5, 2, 6, 3, 7, 4, 8, 9);
        ShuffleFilter f = new ShuffleFilter();
        assertThat(f.encode(raw, params(4, 9, 4))).isEqualTo(shuffled);
        assertThat(f.decode(shuffled, params(4, 9, 4))).isEqualTo(raw);
        // without client data the element size is used
        assertThat(f.decode(shuffled, params(4, 9))).isEqualTo(raw);
        // a single element is left alone
        assertThat(f.encode(bytes(1, 2, 3, 4), params(4, 4, 4))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void fletcher32UsesBigEndianWordsAndStoresLittleEndian() {
        assertThat(Fletcher32Filter.checksum(bytes(1, 2), 2)).isEqualTo(0x01020102);
        assertThat(Fletcher32Filter.checksum(bytes(1, 2, 3), 3)).isEqualTo(0x05040402);
        Fletcher32Filter f = new Fletcher32Filter();
        assertThat(f.encode(bytes(1, 2, 3), params(1, 3))).containsExactly(1, 2, 3, 0x02, 0x04, 0x04, 0x05);
        assertThat(f.decode(bytes(1, 2, 3, 0x02, 0x04, 0x04, 0x05), params(1, 3))).containsExactly(1, 2, 3);
    }

    @Test
    void fletcher32AcceptsThePre163ByteSwappedForm() {
        Fletcher32Filter f = new Fletcher32Filter();
        // 0x05040402 with the bytes of each 16-bit half swapped is 0x04050204
        assertThat(f.decode(bytes(1, 2, 3, 0x04, 0x02, 0x05, 0x04), params(1, 3))).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> f.decode(bytes(1, 2, 3, 0x03, 0x04, 0x04, 0x05), params(1, 3)))
                .isInstanceOf(Hdf5ChecksumException.class)
                .hasMessageContaining("expected 0x5040402");
        assertThatThrownBy(() -> f.decode(bytes(1, 2), params(1, 3))).isInstanceOf(Hdf5FormatException.class);
    }

    @Test
    void deflateReadsAZlibStream() {
        // zlib.compress(b"hello")
        byte[] z = bytes(0x78, 0x9c, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00, 0x06, 0x2c, 0x02, 0x15);
        DeflateFilter f = new DeflateFilter();
        assertThat(new String(f.decode(z, params(1, 5)), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("hello");
        // unknown or wrong chunk size still works: the buffer grows or shrinks
        assertThat(f.decode(z, params(1, 0))).hasSize(5);
        assertThat(f.decode(z, params(1, 2))).hasSize(5);
        assertThat(f.decode(z, params(1, 100))).hasSize(5);
        byte[] truncated = java.util.Arrays.copyOf(z, 8);
        assertThatThrownBy(() -> f.decode(truncated, params(1, 5))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("deflate filter");
    }

    @Test
    void deflateRefusesOutputBeyondTheCap() {
        DeflateFilter f = new DeflateFilter();
        byte[] zeros = f.encode(new byte[80 << 20], params(1, 0, 9)); // 80 MiB of zeros: ~80 KB compressed
        assertThatThrownBy(() -> f.decode(zeros, params(1, 1024))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("deflate output exceeds");
    }

    @Test
    void lzfLiteralsAndOverlappingBackReference() {
        LzfFilter f = new LzfFilter();
        assertThat(f.decode(bytes(2, 'a', 'b', 'c'), params(1, 3))).containsExactly('a', 'b', 'c');
        // literal "a", then a match of length 5 + 2 at distance 1: eight 'a'
        assertThat(f.decode(bytes(0, 'a', 5 << 5, 0), params(1, 8))).containsExactly(
                'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a');
        // long match: length code 7 plus an extra byte
        assertThat(f.decode(bytes(0, 'x', 7 << 5, 3, 0), params(1, 0))).hasSize(1 + 7 + 3 + 2);
        assertThatThrownBy(() -> f.decode(bytes(1 << 5, 5), params(1, 8))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("back reference");
        assertThatThrownBy(() -> f.decode(bytes(4, 'a'), params(1, 8))).isInstanceOf(Hdf5FormatException.class);
    }

    @Test
    void nbitPacksMostSignificantBitFirst() {
        // two little-endian 16-bit values, precision 4 at offset 2: bits 2..5
        int[] cd = {8, 0, 2, 1, 2, 0, 4, 2};
        byte[] raw = bytes(0b0011_1100, 0, 0b0001_0100, 0); // values 0b1111 and 0b0101
        NbitFilter f = new NbitFilter();
        byte[] packed = f.encode(raw, params(2, 4, cd));
        assertThat(packed).containsExactly(0b1111_0101, 0);
        assertThat(f.decode(packed, params(2, 4, cd))).isEqualTo(raw);
    }

    @Test
    void scaleOffsetIntegersAddTheMinimum() {
        // 3 signed 16-bit values, minbits 2, minval -5: offsets 0, 3, 1 packed as 00 11 01 -> 0b0011_0100
        int[] cd = {2, 0, 3, 0, 2, 1, 0, 0};
        byte[] enc = new byte[22];
        enc[0] = 2;
        enc[4] = 8;
        long minval = -5;
        for (int i = 0; i < 8; i++) {
            enc[5 + i] = (byte) (minval >>> (8 * i));
        }
        enc[21] = 0b0011_0100;
        byte[] out = new ScaleOffsetFilter().decode(enc, params(2, 6, cd));
        assertThat(out).containsExactly(-5 & 0xff, 0xff, -2 & 0xff, 0xff, -4 & 0xff, 0xff);
        // big-endian dataset: same values, bytes swapped
        int[] be = {2, 0, 3, 0, 2, 1, 1, 0};
        assertThat(new ScaleOffsetFilter().decode(enc, params(2, 6, be)))
                .containsExactly(0xff, -5 & 0xff, 0xff, -2 & 0xff, 0xff, -4 & 0xff);
        // the all-ones offset means the fill value when one is defined
        int[] fill = {2, 0, 3, 0, 2, 1, 0, 1, 77, 0};
        assertThat(new ScaleOffsetFilter().decode(enc, params(2, 6, fill))).containsExactly(-5 & 0xff, 0xff,
                77, 0, -4 & 0xff, 0xff);
    }
}
