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
 * to {@code /data}, element [r][c] = 4r + c, so that any reader can check every row it sees. SWMR writing
 * ({@code --swmr}, issue 20) is not there yet: the file is locked while recording, as every nwbj writer locks it.
 */
@Command(name = "record", description = {"Append blocks of rows to /data (int64, shape (rows, 4), chunked, "
        + "deflate, unlimited rows) of a new FILE, element [r][c] = 4r + c, flushing after each block and "
        + "sleeping between blocks: a signal generator for watching a file grow.",
        "Not yet a SWMR writer (there is no --swmr yet): the file is locked while recording and readers should "
        + "open it once recording ends. Live files written by h5py's SWMR writer can be followed with nwbj's "
        + "OpenOptions.swmr() and Dataset.refresh() (docs/swmr.md)."})
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
            w.flush();
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
            System.err.println("recorded " + rows + " rows in " + blocks + " blocks to " + file);
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
