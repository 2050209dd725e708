package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Filtered chunks are compressed on a pool while the writer goes on: the file must come out the same as a serial
 * writer's (chunks written in the order they were given), and every later write, resize and read must see the
 * chunks still being compressed.
 */
class ParallelChunkWriteTest {
    @TempDir
    Path dir;

    static long[] rows(long first, int n) {
        long[] v = new long[n * 10];
        for (int i = 0; i < v.length; i++) {
            long x = first * 10 + i;
            v[i] = x * x % 1_000_003 - 500_000;
        }
        return v;
    }

    private static void write(Path p) {
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter all = w.root().createDataset("all", DatasetOptions.of(DataTypes.INT64, 50_000, 10)
                    .chunks(1000, 10).shuffle().deflate(4));
            all.writeAll(rows(0, 50_000));
            DatasetWriter grown = w.root().createDataset("grown", DatasetOptions.of(DataTypes.INT64, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).shuffle().deflate(4).fletcher32());
            for (int i = 0; i < 40; i++) {
                grown.resize((i + 1) * 1000L, 10);
                grown.write(Selection.rows(grown.dims(), i * 1000L, 1000), rows(i * 1000L, 1000));
            }
        }
    }

    @Test
    void theSameWritesGiveTheSameBytes() throws IOException {
        Path a = dir.resolve("a.h5");
        Path b = dir.resolve("b.h5");
        write(a);
        write(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (Hdf5File f = Hdf5File.open(a)) {
            assertThat(((Dataset) f.get("/all")).readLongs()).containsExactly(rows(0, 50_000));
            assertThat(((Dataset) f.get("/grown")).readLongs()).containsExactly(rows(0, 40_000));
        }
    }

    @Test
    void chunksAreWrittenInTheOrderGiven() throws IOException {
        Path p = dir.resolve("order.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 30_000, 10)
                    .chunks(1000, 10).shuffle().deflate(1));
            // last chunk first, then the rest: their file offsets must follow this order
            d.write(Selection.rows(d.dims(), 29_000, 1000), rows(29_000, 1000));
            d.write(Selection.rows(d.dims(), 0, 29_000), rows(0, 29_000));
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/d");
            assertThat(d.readLongs()).containsExactly(rows(0, 30_000));
        }
        byte[] file = Files.readAllBytes(p);
        long[] offsets = new long[30];
        for (int i = 0; i < 30; i++) {
            offsets[i] = TestFiles.indexOf(file, stored(rows(i * 1000L, 1000)));
            assertThat(offsets[i]).as("chunk %d in the file", i).isNotNegative();
        }
        assertThat(offsets[29]).isLessThan(offsets[0]);
        for (int i = 1; i < 29; i++) {
            assertThat(offsets[i]).isGreaterThan(offsets[i - 1]);
        }
    }

    /** A chunk's bytes as the pipeline shuffle + deflate 1 stores them (deflate output is deterministic). */
    private static byte[] stored(long[] values) {
        byte[] raw = new byte[values.length * 8];
        java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(values);
        byte[] s = Filters.require(2).encode(raw, new FilterParameters(new int[] {8}, 8, raw.length));
        return Filters.require(1).encode(s, new FilterParameters(new int[] {1}, 8, raw.length));
    }

    @Test
    void aChunkRewrittenWhilePendingKeepsTheLaterValues() {
        Path p = dir.resolve("rewrite.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 4000, 10)
                    .chunks(1000, 10).shuffle().deflate(4));
            d.writeAll(rows(0, 4000));
            // half of chunk 1 again, right after: the write must merge with the pending chunk, not the fill
            d.write(Selection.rows(d.dims(), 1000, 500), rows(7, 500));
        }
        long[] want = rows(0, 4000);
        System.arraycopy(rows(7, 500), 0, want, 1000 * 10, 500 * 10);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/d")).readLongs()).containsExactly(want);
        }
    }

    @Test
    void shrinkingDropsPendingChunksOutsideTheNewExtent() {
        Path p = dir.resolve("shrink.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 5000, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).shuffle().deflate(4));
            d.writeAll(rows(0, 5000));
            d.resize(2000, 10);
            d.resize(5000, 10);
        }
        long[] want = new long[5000 * 10];
        System.arraycopy(rows(0, 2000), 0, want, 0, 2000 * 10);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/d")).readLongs()).containsExactly(want);
        }
    }

    @Test
    void flushPublishesPendingChunks() {
        Path p = dir.resolve("flush.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 3000, 10)
                    .chunks(1000, 10).shuffle().deflate(4));
            d.writeAll(rows(0, 3000));
            w.flush();
            // a reader beside the open writer: only without the lock (which would refuse it)
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withFileLocking(false))) {
                assertThat(((Dataset) f.get("/d")).readLongs()).containsExactly(rows(0, 3000));
            }
        }
    }
}
