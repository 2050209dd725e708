package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The writer's paths for this module's filters, end to end: many chunks in flight (each coded in order on a busy
 * writer thread), whole chunks copied from the caller's bytes in one run, edge chunks and partial chunks written in
 * several calls; every type size, shuffle and codec reads back equal, and writing twice gives the same file.
 */
class FilteredWritePathTest {
    @TempDir
    Path dir;

    record Case(String name, DataType type, UnaryOperator<DatasetOptions> filter) {
        @Override
        public String toString() {
            return name + " " + type.size() + "-byte";
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        DataType[] types = {DataTypes.UINT8, DataTypes.UINT16, DataTypes.INT32, DataTypes.FLOAT32, DataTypes.INT64,
            DataTypes.FLOAT64};
        for (DataType t : types) {
            for (DatasetOptions.BloscShuffle s : DatasetOptions.BloscShuffle.values()) {
                out.add(new Case("blosc lz4 " + s, t, o -> o.blosc(DatasetOptions.BloscCodec.LZ4, 5, s)));
            }
            out.add(new Case("blosc blosclz byte", t, o -> o.blosc(DatasetOptions.BloscCodec.BLOSCLZ, 9,
                    DatasetOptions.BloscShuffle.BYTE)));
            out.add(new Case("blosc zstd bit", t, o -> o.blosc(DatasetOptions.BloscCodec.ZSTD, 3,
                    DatasetOptions.BloscShuffle.BIT)));
            out.add(new Case("bitshuffle lz4", t, DatasetOptions::bitshuffleLz4));
            out.add(new Case("bitshuffle", t, DatasetOptions::bitshuffle));
        }
        return out;
    }

    /** Noisy counts in the low bytes, with runs: both compressible streams and ones stored as they are. */
    static byte[] values(int n, int size) {
        java.util.Random r = new java.util.Random(n * 31L + size);
        byte[] raw = new byte[n * size];
        for (int i = 0; i < n; i++) {
            long v = i % 4096 < 1024 ? 7 : 100 + (long) (r.nextGaussian() * 12);
            for (int b = 0; b < size; b++) {
                raw[i * size + b] = (byte) (b < 2 ? v >>> (8 * b) : i >>> 12);
            }
        }
        return raw;
    }

    private static void write(Path file, Case c, long[] dims, byte[] raw) {
        int size = c.type().size();
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            // whole frames: every chunk is one run of the caller's bytes, many chunks in flight
            w.root().createDataset("frames", c.filter().apply(DatasetOptions.of(c.type(), dims)
                    .chunks(1, dims[1], dims[2]))).writeBytes(Selection.all(dims), raw);
            // odd chunk edges (partial chunks at the end of every dimension), one write
            w.root().createDataset("edges", c.filter().apply(DatasetOptions.of(c.type(), dims).chunks(3, 40, 33)))
                    .writeBytes(Selection.all(dims), raw);
            // frame by frame into chunks two frames deep: each chunk is completed by the second of two writes
            var pairs = w.root().createDataset("pairs", c.filter().apply(DatasetOptions.of(c.type(), dims)
                    .chunks(2, dims[1], 64)));
            int frame = (int) (dims[1] * dims[2]) * size;
            for (int i = 0; i < dims[0]; i++) {
                byte[] one = java.util.Arrays.copyOfRange(raw, i * frame, (i + 1) * frame);
                pairs.writeBytes(Selection.box(new long[] {i, 0, 0}, new long[] {1, dims[1], dims[2]}), one);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsBackEqualAndWritesTheSameFileTwice(Case c) throws Exception {
        long[] dims = {9, 101, 130};
        byte[] raw = values((int) (dims[0] * dims[1] * dims[2]), c.type().size());
        Path a = dir.resolve("a.h5");
        Path b = dir.resolve("b.h5");
        write(a, c, dims, raw);
        write(b, c, dims, raw);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (Hdf5File f = Hdf5File.open(a)) {
            for (String name : new String[] {"frames", "edges", "pairs"}) {
                assertThat(((Dataset) f.get("/" + name)).readRaw()).as(name).isEqualTo(raw);
            }
        }
    }
}
