package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * The zstd encoder on detector-like frames (uint16 counts around 100 with Poisson-like noise), alone and inside
 * bitshuffle and blosc: entropy coding must beat the raw/RLE blocks it replaced (which stored all three at 100-100.2%:
 * an 8 KiB bitshuffle block mixes zero and noisy bit planes, so it is never one run) and the frames must decode
 * equal. On a 512 x 512 frame this encoder stores 48% (zstd), 39% (bitshuffle) and 34% (blosc, byte shuffle).
 */
class ZstdEncoderTest {
    static byte[] frame(int pixels, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[2 * pixels];
        for (int i = 0; i < pixels; i++) {
            int v = Math.max(0, 100 + (int) Math.round(r.nextGaussian() * 10));
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >>> 8);
        }
        return b;
    }

    @Test
    void plainZstdCodesLiteralsAndMatches() {
        byte[] raw = frame(512 * 128, 1);
        FilterParameters p = new FilterParameters(new int[] {3}, 2, raw.length);
        byte[] enc = new ZstdFilter().encode(raw, p);
        assertThat(new ZstdFilter().decode(enc, p)).isEqualTo(raw);
        assertThat((double) enc.length / raw.length).isLessThan(0.6);
    }

    @Test
    void bitshuffleZstdBeatsStoringTheNoisyBitPlanes() {
        byte[] raw = frame(512 * 128, 2);
        FilterParameters p = new FilterParameters(new int[] {0, 0, 2, 0, 3, 3}, 2, raw.length);
        byte[] enc = new BitshuffleFilter().encode(raw, p);
        assertThat(new BitshuffleFilter().decode(enc, p)).isEqualTo(raw);
        assertThat((double) enc.length / raw.length).isLessThan(0.42);
    }

    @Test
    void bloscZstdShrinksTheLowBytes() {
        byte[] raw = frame(512 * 128, 3);
        FilterParameters p = new FilterParameters(new int[] {2, 2, 2, raw.length, 5, 1, 5}, 2, raw.length);
        byte[] enc = new BloscFilter().encode(raw, p);
        assertThat(new BloscFilter().decode(enc, p)).isEqualTo(raw);
        assertThat((double) enc.length / raw.length).isLessThan(0.45);
    }

    /**
     * Repeat offsets and lazy matching: text of a few words compresses to under 31% (the greedy matcher without
     * repeat offsets stored 34.5%), and back-to-back tokens, which use every repeat offset case, decode equal.
     */
    @Test
    void repeatOffsetsAndLazyMatching_shrinkText_andDecodeEqual() {
        byte[] text = ZstdCommandLineInteropTest.inputs().get(2);
        FilterParameters p = new FilterParameters(new int[] {3}, 1, text.length);
        byte[] enc = new ZstdFilter().encode(text, p);
        assertThat(new ZstdFilter().decode(enc, p)).isEqualTo(text);
        assertThat((double) enc.length / text.length).isLessThan(0.31);
        for (long seed = 0; seed < 20; seed++) {
            byte[] tokens = ZstdCommandLineInteropTest.tokens(new Random(seed), 1000 + (int) seed * 7000);
            FilterParameters pt = new FilterParameters(new int[] {3}, 1, tokens.length);
            byte[] e = new ZstdFilter().encode(tokens, pt);
            assertThat(new ZstdFilter().decode(e, pt)).as("seed %d", seed).isEqualTo(tokens);
            assertThat(e.length).as("seed %d", seed).isLessThan(tokens.length / 2);
        }
    }
}
