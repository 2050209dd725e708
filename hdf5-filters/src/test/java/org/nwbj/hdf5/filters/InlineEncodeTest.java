package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.filter.FilterTasks;
import org.nwbj.hdf5.internal.engine.ParallelTasks;

/**
 * On a busy writer thread ({@link FilterTasks#runsInline}) blosc and bitshuffle code their blocks in order
 * straight into one output; elsewhere a large chunk's blocks go into parallel slots. Both must write the same bytes
 * (a file must not depend on the load), for every codec, shuffle and type size, chunks of whole and partial blocks.
 */
class InlineEncodeTest {
    @AfterEach
    void reset() {
        ParallelTasks.setInline(false);
    }

    record Input(FilterCases.Case c, int bytes, int kind) {
        @Override
        public String toString() {
            return c + ", " + bytes + " bytes, data " + kind;
        }
    }

    static List<Input> inputs() {
        List<FilterCases.Case> cases = new ArrayList<>(FilterCases.all());
        // every type size and shuffle through the blosc codecs that split streams, and bitshuffle's type sizes
        for (int ts : new int[] {1, 2, 3, 4, 8, 16}) {
            for (int shuffle = 0; shuffle <= 2; shuffle++) {
                for (int codec : new int[] {0, 1, 4, 5}) {
                    cases.add(new FilterCases.Case("blosc codec " + codec + " shuffle " + shuffle + " typesize " + ts,
                            32001, ts, new int[] {2, 2, ts, 0, 5, shuffle, codec}));
                }
            }
            cases.add(new FilterCases.Case("bitshuffle lz4, " + ts + "-byte", 32008, ts, new int[] {0, 3, ts, 0, 2}));
            cases.add(new FilterCases.Case("bitshuffle zstd, " + ts + "-byte", 32008, ts,
                    new int[] {0, 3, ts, 0, 3, 1}));
        }
        cases.add(new FilterCases.Case("blosc2 lz4 byte shuffle 2", 32026, 2, new int[] {2, 2, 2, 0, 5, 1, 1}));
        List<Input> out = new ArrayList<>();
        for (FilterCases.Case c : cases) {
            // above the parallel threshold: a whole number of blocks, a partial last block, an odd tail of elements
            for (int bytes : new int[] {256 << 10, (300 << 10) + 7 * 48, (1 << 17) + 5 * 48}) {
                int len = bytes / c.elementSize() * c.elementSize();
                out.add(new Input(c, len, out.size() % 3));
            }
        }
        return out;
    }

    static byte[] data(int len, int kind, long seed) {
        Random r = new Random(seed);
        byte[] raw = new byte[len];
        if (kind == 0) {
            r.nextBytes(raw); // stored as it is: no stream shrinks
        } else if (kind == 1) {
            for (int i = 0; i + 1 < len; i += 2) {
                int v = 100 + (int) (r.nextGaussian() * 10); // noisy detector counts
                raw[i] = (byte) v;
                raw[i + 1] = (byte) (v >>> 8);
            }
        } else {
            for (int i = 0; i < len; i++) {
                raw[i] = (byte) (i / 1000 % 7 == 0 ? r.nextInt(256) : i / 333); // runs and noise
            }
        }
        return raw;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void inOrderAndParallelWriteTheSameBytes(Input in) {
        byte[] raw = data(in.bytes(), in.kind(), in.bytes());
        ParallelTasks.setInline(false);
        byte[] parallel = in.c().encode(raw);
        ParallelTasks.setInline(true);
        assertThat(FilterTasks.runsInline()).isTrue();
        byte[] inline = in.c().encode(raw);
        byte[] again = in.c().encode(raw); // the reused output array must not leak into a result
        ParallelTasks.setInline(false);
        assertThat(inline).isEqualTo(parallel);
        assertThat(again).isEqualTo(parallel).isNotSameAs(inline);
        assertThat(in.c().decode(inline, raw.length)).isEqualTo(raw);
    }
}
