package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * A chunk that a dense selection holds whole as one run of the caller's bytes is copied in one piece; every other
 * chunk (rows apart in the caller's bytes, edges past the dataset, chunks the selection holds in part, a strided
 * selection) element run by run. Each shape, with and without filters, reads back as written, including the parts
 * a first write left to the fill value and a second write filled.
 */
class WholeChunkCopyTest {
    @TempDir
    Path dir;

    record Case(long[] dims, long[] chunks, long[] start, long[] count, boolean filtered, DataType type) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(dims) + " chunks " + java.util.Arrays.toString(chunks) + " box "
                    + java.util.Arrays.toString(start) + "+" + java.util.Arrays.toString(count)
                    + (filtered ? " shuffle+deflate " : " ") + type.size() + "-byte";
        }
    }

    static List<Case> cases() {
        long[][][] shapes = {
            // dims, chunks, selection start, selection count
            {{6, 8, 10}, {1, 8, 10}, {0, 0, 0}, {6, 8, 10}}, // whole frames: every chunk one run
            {{6, 8, 10}, {2, 8, 10}, {1, 0, 0}, {4, 8, 10}}, // frames, the first and last chunk in part
            {{6, 8, 10}, {1, 3, 10}, {0, 0, 0}, {6, 8, 10}}, // one frame thick, rows whole: runs; the row edge not
            {{6, 8, 10}, {2, 3, 10}, {0, 0, 0}, {6, 8, 10}}, // two frames of partial rows: apart in the bytes
            {{6, 8, 10}, {1, 1, 4}, {2, 3, 0}, {3, 4, 10}}, // pieces of a row, the last past the dataset
            {{6, 8, 10}, {1, 8, 10}, {2, 0, 0}, {1, 8, 10}}, // one frame written alone
            {{7, 9}, {7, 9}, {0, 0}, {7, 9}}, // one chunk, the whole dataset
            {{12}, {5}, {0}, {12}}, // 1-D with a partial last chunk
            {{12}, {5}, {3}, {9}}, // 1-D starting inside a chunk
        };
        List<Case> out = new ArrayList<>();
        for (long[][] s : shapes) {
            for (boolean filtered : new boolean[] {false, true}) {
                for (DataType t : new DataType[] {DataTypes.UINT8, DataTypes.INT16, DataTypes.FLOAT64}) {
                    out.add(new Case(s[0], s[1], s[2], s[3], filtered, t));
                }
            }
        }
        return out;
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + seed * 13 + i / 251);
        }
        return b;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsBackAsWritten(Case c) {
        int size = c.type().size();
        long total = 1;
        long sel = 1;
        for (int d = 0; d < c.dims().length; d++) {
            total *= c.dims()[d];
            sel *= c.count()[d];
        }
        byte[] first = bytes((int) (sel * size), 1);
        byte[] expected = new byte[(int) (total * size)];
        Selection box = Selection.box(c.start(), c.count());
        put(expected, c.dims(), c.start(), c.count(), first, size);
        // a strided second selection over the first dimension fills every other index of what is left
        long[] sStart = new long[c.dims().length];
        long[] sCount = c.dims().clone();
        sCount[0] = (c.dims()[0] + 1) / 2;
        long[] stride = new long[c.dims().length];
        java.util.Arrays.fill(stride, 1);
        stride[0] = 2;
        long[] ones = new long[c.dims().length];
        java.util.Arrays.fill(ones, 1);
        Selection strided = new Selection(sStart, stride, sCount, ones);
        byte[] second = bytes((int) (total / c.dims()[0] * sCount[0] * size), 2);
        Path file = dir.resolve("w.h5");
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            DatasetOptions o = DatasetOptions.of(c.type(), c.dims()).chunks(c.chunks());
            if (c.filtered()) {
                o = o.shuffle().deflate(1);
            }
            DatasetWriter d = w.root().createDataset("d", o);
            d.writeBytes(box, first);
            DatasetWriter e = w.root().createDataset("e", o);
            e.writeBytes(box, first);
            e.writeBytes(strided, second);
        }
        byte[] both = expected.clone();
        int frame = (int) (total / c.dims()[0] * size);
        for (int i = 0; i < sCount[0]; i++) {
            System.arraycopy(second, i * frame, both, 2 * i * frame, frame);
        }
        try (Hdf5File f = Hdf5File.open(file)) {
            assertThat(((Dataset) f.get("/d")).readRaw()).isEqualTo(expected);
            assertThat(((Dataset) f.get("/e")).readRaw()).isEqualTo(both);
        }
    }

    /** Puts a dense box of values into a row-major array of {@code dims}. */
    private static void put(byte[] into, long[] dims, long[] start, long[] count, byte[] values, int size) {
        int rank = dims.length;
        long n = values.length / size;
        long[] idx = new long[rank];
        for (long k = 0; k < n; k++) {
            long rem = k;
            for (int d = rank - 1; d >= 0; d--) {
                idx[d] = rem % count[d];
                rem /= count[d];
            }
            long at = 0;
            for (int d = 0; d < rank; d++) {
                at = at * dims[d] + start[d] + idx[d];
            }
            System.arraycopy(values, (int) (k * size), into, (int) (at * size), size);
        }
    }
}
