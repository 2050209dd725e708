package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Tiny chunks with other bytes between them (here the chunks of two datasets written alternately, and now and then
 * a larger block): runs read over small gaps and stop at large ones, and every read still gives the written values.
 */
class GappedChunkRunsTest {
    @TempDir
    Path dir;

    @Test
    void interleavedTinyChunks_readBackEqual() {
        int rows = 600;
        int cols = 6;
        long[] dims = {rows, cols};
        long[] a = new long[rows * cols];
        long[] b = new long[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 31L + 7;
            b[i] = -i * 17L;
        }
        Path p = dir.resolve("gaps.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetOptions o = DatasetOptions.of(DataTypes.INT64, rows, cols).chunks(3, 3)
                    .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED);
            DatasetWriter da = w.root().createDataset("a", o);
            DatasetWriter db = w.root().createDataset("b", o);
            for (int r = 0; r < rows; r += 3) {
                da.write(Selection.rows(dims, r, 3), Arrays.copyOfRange(a, r * cols, (r + 3) * cols));
                db.write(Selection.rows(dims, r, 3), Arrays.copyOfRange(b, r * cols, (r + 3) * cols));
                if (r % 150 == 0) {
                    w.root().createDataset("big" + r, new long[2000]); // a gap past the run's tolerance
                }
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset da = (Dataset) f.get("/a");
            Dataset db = (Dataset) f.get("/b");
            assertThat(Arrays.mismatch(da.readLongs(), a)).isEqualTo(-1);
            assertThat(Arrays.mismatch(db.readLongs(), b)).isEqualTo(-1);
            Random r = new Random(5);
            for (int k = 0; k < 50; k++) {
                int from = r.nextInt(rows);
                int n = 1 + r.nextInt(rows - from);
                assertThat(db.readLongs(Selection.rows(dims, from, n)))
                        .containsExactly(Arrays.copyOfRange(b, from * cols, (from + n) * cols));
            }
        }
    }
}
