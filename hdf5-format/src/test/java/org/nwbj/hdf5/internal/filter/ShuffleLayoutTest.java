package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * The word-wise shuffle (8-, 4- and 2-byte elements in blocks of 8) puts every byte where the byte-at-a-time
 * definition of H5Zshuffle.c does, including the elements after the last whole block and the trailing bytes.
 */
class ShuffleLayoutTest {
    /** The definition: byte j of element i goes to plane j, position i; trailing bytes stay at the end. */
    static byte[] reference(byte[] raw, int size) {
        byte[] out = raw.clone();
        int n = size <= 1 ? 0 : raw.length / size;
        if (n <= 1) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                out[j * n + i] = raw[i * size + j];
            }
        }
        return out;
    }

    @Property(tries = 400)
    void shuffledBytesMatchTheDefinition(@ForAll @Size(max = 700) byte[] raw,
            @ForAll @IntRange(min = 1, max = 10) int size) {
        ShuffleFilter f = new ShuffleFilter();
        FilterParameters p = new FilterParameters(new int[] {size}, size, raw.length);
        byte[] enc = f.encode(raw, p);
        assertThat(enc).isEqualTo(reference(raw, size));
        assertThat(f.decode(enc, p)).isEqualTo(raw);
    }

    @Test
    void eachByteOfABlockOfEightLandsInItsPlane() {
        for (int size : new int[] {2, 4, 8}) {
            int n = 19; // two whole blocks of 8 and a tail of 3
            byte[] raw = new byte[n * size + size - 1]; // and size - 1 trailing bytes
            for (int i = 0; i < raw.length; i++) {
                raw[i] = (byte) i;
            }
            byte[] enc = new ShuffleFilter().encode(raw, new FilterParameters(new int[0], size, raw.length));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < size; j++) {
                    assertThat(enc[j * n + i]).as("size %d element %d byte %d", size, i, j)
                            .isEqualTo((byte) (i * size + j));
                }
            }
            for (int t = n * size; t < raw.length; t++) {
                assertThat(enc[t]).isEqualTo((byte) t);
            }
        }
    }

    @Property(tries = 100)
    void fusedEncodeGivesTheFiltersBytesAndDecodesBack(@ForAll @Size(max = 5000) byte[] raw,
            @ForAll @IntRange(min = 1, max = 9) int size, @ForAll @IntRange(min = 0, max = 9) int level) {
        FilterParameters sp = new FilterParameters(new int[] {size}, size, raw.length);
        FilterParameters dp = new FilterParameters(new int[] {level}, size, raw.length);
        byte[] want = new DeflateFilter().encode(new ShuffleFilter().encode(raw, sp), dp);
        byte[] got = ShuffleDeflate.encode(raw, size, level);
        assertThat(got).isEqualTo(want);
        byte[] scratch = new byte[raw.length];
        byte[] out = new byte[raw.length];
        assertThat(ShuffleDeflate.decode(got, got.length, scratch, raw.length, size, out)).isTrue();
        assertThat(out).isEqualTo(raw);
        if (raw.length > 0) {
            // one byte short or long of the chunk size: not a well-formed chunk, left to the general path
            assertThat(ShuffleDeflate.decode(got, got.length, new byte[raw.length + 1], raw.length + 1, size,
                    new byte[raw.length + 1])).isFalse();
            assertThat(ShuffleDeflate.decode(got, got.length, scratch, raw.length - 1, size, out)).isFalse();
        }
    }
}
