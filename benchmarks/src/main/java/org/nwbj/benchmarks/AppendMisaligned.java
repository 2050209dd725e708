package org.nwbj.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.zip.CRC32;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Issue 14's misaligned append ({@code compare.sh --only write_append_misaligned}): float64 x 4, chunks of 4,096
 * rows, grown by blocks of 10,000 rows with no flush in between, so most appends end inside a chunk. At scale 1,
 * 640 blocks: 204.8 MB of data (the issue saw a 288 MB file). What counts is the file size against the data size
 * (the table's last column); the file is read back and its CRC compared so a writer that drops rows cannot win.
 * Prints one JSON line in {@link Compare}'s format.
 *
 * <pre>java -cp benchmarks.jar org.nwbj.benchmarks.AppendMisaligned DIR BLOCKS REPS</pre>
 */
public final class AppendMisaligned {
    static final int COLS = 4;
    static final int BLOCK_ROWS = 10_000;
    static final int CHUNK_ROWS = 4_096;

    private AppendMisaligned() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        int blocks = Integer.parseInt(args[1]);
        int reps = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Path file = dir.resolve("write_append_misaligned_jvm.h5");
        StringBuilder times = new StringBuilder();
        long fileBytes = 0;
        String check = "";
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            long crc = write(file, blocks);
            double s = (System.nanoTime() - t0) / 1e9;
            times.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", s));
            fileBytes = Files.size(file);
            check = readBack(file, blocks, crc);
            Files.delete(file);
        }
        long data = (long) blocks * BLOCK_ROWS * COLS * 8;
        System.out.println(String.format(Locale.ROOT, "{\"peer\": \"nwbj\", \"workload\": \"write_append_misaligned\", "
                + "\"how\": \"Hdf5Writer: float64 (0 x %d, max unlimited), chunks %d rows; resize + write of %d rows, "
                + "%d times, no flush\", \"times\": [%s], \"bytes\": %d, \"check\": \"%s\", \"file_bytes\": %d}",
                COLS, CHUNK_ROWS, BLOCK_ROWS, blocks, times, data, check, fileBytes));
    }

    private static long write(Path file, int blocks) {
        CRC32 crc = new CRC32();
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK_ROWS * COLS * 8).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[BLOCK_ROWS * COLS];
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            DatasetOptions o = DatasetOptions.of(DataTypes.FLOAT64, 0, COLS).maxDims(Dataspace.UNLIMITED, COLS)
                    .chunks(CHUNK_ROWS, COLS);
            DatasetWriter d = w.root().createDataset("data", o);
            for (int b = 0; b < blocks; b++) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = (double) b * v.length + i;
                }
                bytes.clear();
                bytes.asDoubleBuffer().put(v);
                crc.update(bytes.array());
                d.resize((long) (b + 1) * BLOCK_ROWS, COLS);
                d.write(Selection.rows(d.dims(), (long) b * BLOCK_ROWS, BLOCK_ROWS), v);
            }
        }
        return crc.getValue();
    }

    private static String readBack(Path file, int blocks, long expected) {
        CRC32 crc = new CRC32();
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = (Dataset) f.get("/data");
            long[] dims = d.space().dims();
            for (long start = 0; start < dims[0]; start += BLOCK_ROWS) {
                crc.update(d.readRaw(Selection.rows(dims, start, Math.min(BLOCK_ROWS, dims[0] - start))));
            }
            if (dims[0] != (long) blocks * BLOCK_ROWS || crc.getValue() != expected) {
                throw new IllegalStateException("write_append_misaligned: the file read back differs from what was "
                        + "written (rows " + dims[0] + ", crc " + crc.getValue() + " expected " + expected + ")");
            }
        }
        return "rows=" + (long) blocks * BLOCK_ROWS + " crc=" + expected;
    }
}
