package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/** Large contiguous writes of primitive arrays (the piecewise bulk path) read back as written, fill included. */
class ContiguousBulkWriteTest {
    @TempDir
    Path dir;

    @Test
    void wholeDoubles_spanningSeveralPieces_readBack() {
        double[] v = new Random(1).doubles(1_300_000).toArray(); // ~10 MiB: three 4 MiB pieces
        Path p = dir.resolve("d.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("data", v);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/data")).readDoubles()).isEqualTo(v);
        }
    }

    @Test
    void rowRunsAndStridedSelections_bigEndian_keepTheFillElsewhere() {
        int rows = 1000;
        int cols = 300;
        long[] dims = {rows, cols};
        IntegerType be = IntegerType.of(4, true, ByteOrderKind.BIG_ENDIAN);
        Path p = dir.resolve("rows.h5");
        int[] block = new int[400 * cols];
        for (int i = 0; i < block.length; i++) {
            block[i] = i * 7 - 5;
        }
        int[] strided = new int[cols];
        Arrays.fill(strided, 9);
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("ints", DatasetOptions.of(be, rows, cols).fill(new byte[] {-1, -1, -1, -1}));
            d.write(Selection.rows(dims, 100, 400), block); // one run in the middle: fill before and after
            d.write(new Selection(new long[] {900, 0}, new long[] {2, 1}, new long[] {1, cols}, new long[] {1, 1}),
                    strided);
            DatasetWriter f = w.root().createDataset("floats", DatasetOptions.of(
                    FloatType.ieee(4, ByteOrderKind.BIG_ENDIAN), 512, 1024));
            float[] fv = new float[512 * 1024];
            for (int i = 0; i < fv.length; i++) {
                fv[i] = i / 3f;
            }
            f.writeAll(fv);
            DatasetWriter b = w.root().createDataset("bytes", DatasetOptions.of(DataTypes.INT8, 3 << 20));
            byte[] bv = new byte[3 << 20];
            new Random(3).nextBytes(bv);
            b.writeAll(bv);
            bv[0] = 0; // the caller's array is not kept: changing it after the write changes nothing
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            int[] all = ((Dataset) f.get("/ints")).readInts();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int expected = r >= 100 && r < 500 ? block[(r - 100) * cols + c] : r == 900 ? 9 : -1;
                    assertThat(all[r * cols + c]).as("row %d col %d", r, c).isEqualTo(expected);
                }
            }
            float[] fl = ((Dataset) f.get("/floats")).readFloats();
            assertThat(fl[0]).isEqualTo(0f);
            assertThat(fl[fl.length - 1]).isEqualTo((fl.length - 1) / 3f);
            byte[] by = ((Dataset) f.get("/bytes")).readBytes();
            assertThat(by).hasSize(3 << 20);
            assertThat(Arrays.copyOfRange(by, 1, 100)).isEqualTo(Arrays.copyOfRange(
                    randomBytes(3 << 20), 1, 100));
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(3).nextBytes(b);
        return b;
    }
}
