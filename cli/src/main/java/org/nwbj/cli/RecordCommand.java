package org.nwbj.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj record FILE}: a signal generator for watching files grow (and for tests). It appends blocks of rows
 * to {@code /data}, element [r][c] = 4r + c, so that any reader can check every row it sees. With {@code --swmr}
 * it writes in SWMR mode ({@link Hdf5Writer#startSwmr()}) once {@code /data} exists, so that h5py
 * ({@code swmr=True}) and nwbj ({@code OpenOptions.swmr()}) follow the file while it grows.
 */
@Command(name = "record", description = {"Append blocks of rows to /data (int64, shape (rows, 4), chunked, "
        + "deflate, unlimited rows) of a new FILE, element [r][c] = 4r + c, flushing after each block and "
        + "sleeping between blocks: a signal generator for watching a file grow.",
        "With --swmr the file is written in SWMR mode: readers open it while it grows (h5py: "
        + "File(FILE, 'r', swmr=True) and refresh(); nwbj: OpenOptions.swmr() and Dataset.refresh(); "
        + "docs/swmr.md). Without it the file is locked while recording."})
final class RecordCommand implements Callable<Integer> {
    /** Columns of /data. */
    static final int COLUMNS = 4;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "the file to create (replaced if it exists)")
    Path file;

    @Option(names = "--rows", paramLabel = "N", description = "rows in all (default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    long rows;

    @Option(names = "--block", paramLabel = "B", description = "rows per block, flushed together; also the chunk "
            + "rows (default: ${DEFAULT-VALUE})", defaultValue = "100")
    int block;

    @Option(names = "--interval", paramLabel = "MS", description = "milliseconds to sleep after each block but "
            + "the last (default: ${DEFAULT-VALUE})", defaultValue = "100")
    long interval;

    @Option(names = "--swmr", description = "write in SWMR mode (as h5py's swmr_mode = True): readers with SWMR "
            + "access follow the file while it is recorded")
    boolean swmr;

    @Override
    public Integer call() throws Exception {
        if (rows < 0 || block <= 0 || interval < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--rows and --interval must be at least 0 and --block at least 1");
        }
        long blocks = 0;
        try (Hdf5Writer w = Hdf5Writer.create(file, true)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.INT64, 0, COLUMNS)
                    .maxDims(-1, COLUMNS).chunks(block, COLUMNS).deflate(4));
            if (swmr) {
                w.startSwmr(); // flushes: /data exists, empty, before any reader can open the file
            } else {
                w.flush();
            }
            for (long at = 0; at < rows; at += block) {
                int n = (int) Math.min(block, rows - at);
                d.resize(at + n, COLUMNS);
                d.write(Selection.box(new long[] {at, 0}, new long[] {n, COLUMNS}), values(at, n));
                w.flush();
                blocks++;
                if (interval > 0 && at + n < rows) {
                    Thread.sleep(interval);
                }
            }
        }
        if (!common.quiet) {
            System.err.println("recorded " + rows + " rows in " + blocks + " blocks to " + file
                    + (swmr ? " in SWMR mode" : ""));
        }
        return 0;
    }

    /** Rows {@code from .. from + n - 1} of the signal, in C order. */
    static long[] values(long from, int n) {
        long[] v = new long[n * COLUMNS];
        for (int i = 0; i < v.length; i++) {
            v[i] = COLUMNS * from + i;
        }
        return v;
    }
}
