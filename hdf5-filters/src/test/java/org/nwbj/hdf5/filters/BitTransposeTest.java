package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The word-at-a-time transposes (the 2- and 4-byte special cases included) against their definitions written
 * bit by bit: a mistake made alike in shuffle and unshuffle would pass a round trip but not this.
 */
class BitTransposeTest {
    @Property(tries = 120)
    void bitShuffleMatchesItsDefinition(@ForAll @IntRange(min = 1, max = 9) int size,
            @ForAll @IntRange(min = 0, max = 70) int groups, @ForAll long seed) {
        int n = groups * 8;
        byte[] src = new byte[n * size + 3];
        new Random(seed).nextBytes(src);
        int rowBytes = n / 8;
        byte[] expected = new byte[n * size];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < size; b++) {
                for (int k = 0; k < 8; k++) {
                    int bit = (src[3 + i * size + b] >>> k) & 1;
                    expected[(8 * b + k) * rowBytes + i / 8] |= (byte) (bit << (i % 8));
                }
            }
        }
        byte[] shuffled = new byte[n * size + 1];
        BitTranspose.shuffle(src, 3, shuffled, 1, n, size);
        assertThat(java.util.Arrays.copyOfRange(shuffled, 1, 1 + n * size)).isEqualTo(expected);
        byte[] back = new byte[n * size + 2];
        BitTranspose.unshuffle(shuffled, 1, back, 2, n, size);
        assertThat(java.util.Arrays.copyOfRange(back, 2, 2 + n * size))
                .isEqualTo(java.util.Arrays.copyOfRange(src, 3, 3 + n * size));
    }

    @Property(tries = 120)
    void byteShuffleMatchesItsDefinition(@ForAll @IntRange(min = 1, max = 9) int size,
            @ForAll @IntRange(min = 0, max = 300) int len, @ForAll long seed) {
        byte[] src = new byte[len + 5];
        new Random(seed).nextBytes(src);
        int n = len / size;
        byte[] expected = new byte[len];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                expected[j * n + i] = src[5 + i * size + j];
            }
        }
        System.arraycopy(src, 5 + n * size, expected, n * size, len - n * size);
        byte[] shuffled = new byte[len + 2];
        BitTranspose.byteShuffle(src, 5, shuffled, 2, len, size);
        assertThat(java.util.Arrays.copyOfRange(shuffled, 2, 2 + len)).isEqualTo(expected);
        byte[] back = new byte[len + 1];
        BitTranspose.byteUnshuffle(shuffled, 2, back, 1, len, size);
        assertThat(java.util.Arrays.copyOfRange(back, 1, 1 + len)).isEqualTo(java.util.Arrays.copyOfRange(src, 5, 5 + len));
    }
}
