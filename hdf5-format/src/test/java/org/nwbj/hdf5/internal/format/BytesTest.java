package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void getAt_copiesFromAnAbsoluteIndexWithoutMovingTheBuffer() {
        ByteBuffer b = ByteBuffer.wrap(hex("00 01 02 03 04 05 06 07"));
        b.position(5);
        byte[] dst = new byte[3];
        Bytes.getAt(b, 2, dst);
        assertThat(dst).containsExactly(2, 3, 4);
        assertThat(b.position()).isEqualTo(5);
    }

    @Test
    void getAt_onASliceUsesTheSlicesIndexes() {
        ByteBuffer whole = ByteBuffer.wrap(hex("00 01 02 03 04 05 06 07"));
        whole.position(4);
        ByteBuffer slice = whole.slice();
        byte[] dst = new byte[2];
        Bytes.getAt(slice, 1, dst);
        assertThat(dst).containsExactly(5, 6);
    }

    @Test
    void compareUnsigned_ordersBytesAbove0x7fAfterAscii() {
        byte[] a = "z".getBytes(StandardCharsets.UTF_8);
        byte[] e = "\u00e9".getBytes(StandardCharsets.UTF_8); // 0xc3 0xa9: negative as signed bytes
        assertThat(Bytes.compareUnsigned(a, e)).isNegative();
        assertThat(Bytes.compareUnsigned(e, a)).isPositive();
        assertThat(Bytes.compareUnsigned(hex("0102"), hex("0102"))).isZero();
        assertThat(Bytes.compareUnsigned(hex("01"), hex("0102"))).isNegative();
        assertThat(Bytes.compareUnsigned(new byte[0], hex("00"))).isNegative();
    }

    @Property(tries = 300)
    void compareUnsigned_agreesWithCodePointOrderOfStrings(@ForAll @Size(max = 6) String x, @ForAll @Size(max = 6) String y) {
        // UTF-8 byte order is code point order (for strings without lone surrogates)
        if (x.chars().anyMatch(c -> Character.isSurrogate((char) c)) || y.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return;
        }
        int got = Bytes.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
        assertThat(Integer.signum(got)).isEqualTo(Integer.signum(compareCodePoints(x, y)));
    }

    private static int compareCodePoints(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Property(tries = 200)
    void getAt_matchesArrayCopy(@ForAll @Size(min = 1, max = 64) byte[] src, @ForAll int seed) {
        java.util.Random r = new java.util.Random(seed);
        int at = r.nextInt(src.length);
        byte[] dst = new byte[r.nextInt(src.length - at + 1)];
        Bytes.getAt(ByteBuffer.wrap(src), at, dst);
        assertThat(dst).isEqualTo(java.util.Arrays.copyOfRange(src, at, at + dst.length));
    }
}
