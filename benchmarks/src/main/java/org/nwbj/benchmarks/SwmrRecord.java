package org.nwbj.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Locale;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * nwbj's side of {@code benchmarks/swmr.sh}: a SWMR writer appending BLOCKS blocks of ROWS rows to {@code /data}
 * (int64, (rows, 4), chunks of ROWS rows, deflate 4), flushing after each, as {@code nwbj record --swmr} does.
 * Prints "READY" once in SWMR mode and waits for a line on stdin (a reader opens the file then); with an interval,
 * column 0 of each block's rows holds the wall-clock time in microseconds just before the block is written, so a
 * reader measures the delay until it sees the block. Prints "DONE SECONDS ROWS_PER_SECOND" at the end.
 *
 * With WARMUP_BLOCKS (default 0), the same loop first writes that many blocks to a scratch file (then deleted), so
 * that the measured loop runs compiled code, as a recording does after its first seconds.
 *
 * <pre>java -cp benchmarks.jar org.nwbj.benchmarks.SwmrRecord FILE BLOCKS ROWS INTERVAL_MS [WARMUP_BLOCKS]</pre>
 */
public final class SwmrRecord {
    private SwmrRecord() {
    }

    public static void main(String[] args) throws Exception {
        int blocks = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        long interval = Long.parseLong(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        if (warmup > 0) {
            java.nio.file.Path scratch = Paths.get(args[0] + ".warmup");
            try (Hdf5Writer w = Hdf5Writer.create(scratch, true)) {
                DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.INT64, 0, 4)
                        .maxDims(-1, 4).chunks(rows, 4).deflate(4));
                w.startSwmr();
                record(w, d, warmup, rows, 0, interval > 0);
            }
            java.nio.file.Files.delete(scratch);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Hdf5Writer w = Hdf5Writer.create(Paths.get(args[0]), true)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.INT64, 0, 4)
                    .maxDims(-1, 4).chunks(rows, 4).deflate(4));
            w.startSwmr();
            System.out.println("READY");
            System.out.flush();
            in.readLine();
            long start = System.nanoTime();
            record(w, d, blocks, rows, interval, interval > 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT, "DONE %.4f %.1f", seconds, (double) blocks * rows
                    / seconds));
        }
    }

    private static void record(Hdf5Writer w, DatasetWriter d, int blocks, int rows, long interval,
            boolean stamp) throws InterruptedException {
        long[] v = new long[rows * 4];
        for (int b = 0; b < blocks; b++) {
            long at = (long) b * rows;
            Instant now = Instant.now();
            long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
            for (int i = 0; i < v.length; i++) {
                v[i] = stamp && i % 4 == 0 ? micros : 4 * at + i;
            }
            d.resize(at + rows, 4);
            d.write(Selection.box(new long[] {at, 0}, new long[] {rows, 4}), v);
            w.flush();
            if (interval > 0) {
                Thread.sleep(interval);
            }
        }
    }
}
