package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Appending blocks of rows that do not line up with the chunk rows (10,000-row blocks into 4,096-row chunks) gives
 * a file about the size of its data, with or without a flush between appends (issue 14: 288 MB for 205 MB of data
 * without flushes). Here 64 blocks of 10,000 rows of 4 doubles: 20.5 MB of data.
 */
class AppendFileSizeTest {
    private static final int BLOCKS = 64;
    private static final int ROWS = 10_000;
    private static final int COLS = 4;

    @TempDir
    Path dir;

    @Test
    void appendsWithoutFlush_fileWithin2PercentOfData() throws IOException {
        check(dir.resolve("noflush.h5"), BLOCKS, false, false);
    }

    @Test
    void appendsWithFlushes_fileWithin2PercentOfData() throws IOException {
        check(dir.resolve("flush.h5"), BLOCKS, true, false);
    }

    @Test
    void compressedAppends_noLargerWithoutFlushes() throws IOException {
        long without = check(dir.resolve("z-noflush.h5"), 8, false, true);
        long with = check(dir.resolve("z-flush.h5"), 8, true, true);
        // each chunk is compressed and written once: no copies left behind by rewrites of half-filled chunks
        assertThat(without).isLessThanOrEqualTo(with + with / 50);
    }

    @Test
    void heldChunkWrittenAtFlush_readableBeforeClose() {
        Path p = dir.resolve("held.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("x", DatasetOptions.of(DataTypes.INT32, 0)
                    .maxDims(Dataspace.UNLIMITED).chunks(100));
            d.resize(150);
            int[] v = new int[150];
            java.util.Arrays.setAll(v, i -> i);
            d.write(Selection.all(new long[] {150}), v);
            w.flush();
            // the half-filled chunk [100, 150) went to the file with the flush
            try (Hdf5File f = Hdf5File.open(p,
                    OpenOptions.defaults().withFileLocking(false))) {
                assertThat(((Dataset) f.get("/x")).readLongs()).hasSize(150).endsWith(148, 149);
            }
            d.resize(160);
            d.write(Selection.box(new long[] {150}, new long[] {10}), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] r = ((Dataset) f.get("/x")).readLongs();
            assertThat(r).hasSize(160);
            assertThat(r[99]).isEqualTo(99);
            assertThat(r[149]).isEqualTo(149);
            assertThat(r[159]).isEqualTo(10);
        }
    }

    private long check(Path p, int blocks, boolean flushEach, boolean deflate) throws IOException {
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetOptions o = DatasetOptions.of(DataTypes.FLOAT64, 0, COLS).maxDims(Dataspace.UNLIMITED, COLS)
                    .chunks(4096, COLS);
            DatasetWriter d = w.root().createDataset("data", deflate ? o.deflate(1) : o);
            for (int b = 0; b < blocks; b++) {
                d.resize((long) (b + 1) * ROWS, COLS);
                d.write(Selection.rows(new long[] {(long) (b + 1) * ROWS, COLS}, (long) b * ROWS, ROWS), block(b));
                if (flushEach) {
                    w.flush();
                }
            }
        }
        long data = (long) blocks * ROWS * COLS * 8;
        long size = Files.size(p);
        if (!deflate) {
            assertThat(size).as("file size for %d bytes of data", data).isBetween(data, data + data / 50);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/data");
            assertThat(d.space().dims()).containsExactly((long) blocks * ROWS, COLS);
            for (int b = 0; b < blocks; b += 7) {
                double[] got = d.readDoubles(Selection.rows(d.space().dims(), (long) b * ROWS, ROWS));
                assertThat(got).containsExactly(block(b));
            }
        }
        return size;
    }

    private static double[] block(int b) {
        double[] v = new double[ROWS * COLS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (b * (long) ROWS * COLS + i) % 1000 * 0.5;
        }
        return v;
    }
}
