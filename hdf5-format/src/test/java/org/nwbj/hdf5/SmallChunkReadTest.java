package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Reads of datasets in many tiny unfiltered chunks (read in runs of back-to-back chunks, copied without the
 * general selection copier when a chunk lies inside the box) return the values the writer was given, for whole
 * reads, boxes, strided selections and row ranges, with fixed, growable and doubly growable dimensions.
 */
class SmallChunkReadTest {
    private static final int ROWS = 301;
    private static final int COLS = 7;

    /** value at (r, c): recognisable, so a misplaced element fails */
    private static long value(long r, long c) {
        return r * 1000 + c;
    }

    private static Path write(Path dir, int variant) {
        long[] v = new long[ROWS * COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                v[r * COLS + c] = value(r, c);
            }
        }
        Path p = dir.resolve("small" + variant + ".h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetOptions o = DatasetOptions.of(DataTypes.INT64, ROWS, COLS);
            o = switch (variant) {
                case 0 -> o.chunks(1, COLS);                                   // whole-row chunks
                case 1 -> o.chunks(3, 3).maxDims(Dataspace.UNLIMITED, COLS);   // partial edge chunks, growable
                default -> o.chunks(2, 3).maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED);
            };
            w.root().createDataset("data", o).writeAll(v);
        }
        return p;
    }

    @Test
    void wholeReadsAndRowRanges(@TempDir Path dir) {
        for (int variant = 0; variant < 3; variant++) {
            try (Hdf5File f = Hdf5File.open(write(dir, variant))) {
                Dataset d = (Dataset) f.get("/data");
                long[] all = d.readLongs();
                assertThat(all).hasSize(ROWS * COLS);
                for (int i = 0; i < all.length; i++) {
                    assertThat(all[i]).as("variant %d element %d", variant, i).isEqualTo(value(i / COLS, i % COLS));
                }
                long[] rows = d.readLongs(Selection.rows(d.space().dims(), 100, 50));
                assertThat(rows[0]).isEqualTo(value(100, 0));
                assertThat(rows[rows.length - 1]).isEqualTo(value(149, COLS - 1));
                assertThat(d.readRaw()).hasSize(ROWS * COLS * 8);
            }
        }
    }

    @Property(tries = 60)
    void selectionsMatchTheWrittenValues(@ForAll @IntRange(min = 0, max = 2) int variant,
            @ForAll @IntRange(min = 0, max = ROWS - 1) int s0, @ForAll @IntRange(min = 0, max = COLS - 1) int s1,
            @ForAll @IntRange(min = 1, max = 4) int stride0, @ForAll @IntRange(min = 1, max = 3) int stride1,
            @ForAll @IntRange(min = 1, max = 5) int block0, @ForAll @IntRange(min = 1, max = 3) int block1)
            throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("smallchunk");
        try (Hdf5File f = Hdf5File.open(write(dir, variant))) {
            Dataset d = (Dataset) f.get("/data");
            long[] dims = d.space().dims();
            long[] start = {s0, s1};
            long[] block = {Math.min(block0, dims[0] - s0), Math.min(block1, dims[1] - s1)};
            long[] stride = {Math.max(stride0, block[0]), Math.max(stride1, block[1])};
            long[] count = {1 + (dims[0] - s0 - block[0]) / stride[0], 1 + (dims[1] - s1 - block[1]) / stride[1]};
            Selection sel = new Selection(start, stride, count, block);
            long[] got = d.readLongs(sel);
            long[] shape = sel.shape();
            assertThat(got).hasSize((int) sel.elementCount());
            for (int k = 0; k < got.length; k++) {
                long i = k / shape[1];
                long j = k % shape[1];
                long r = start[0] + (i / block[0]) * stride[0] + i % block[0];
                long c = start[1] + (j / block[1]) * stride[1] + j % block[1];
                assertThat(got[k]).as("element %d of %s", k, sel).isEqualTo(value(r, c));
            }
        } finally {
            for (java.io.File x : dir.toFile().listFiles()) {
                x.delete();
            }
            dir.toFile().delete();
        }
    }
}
