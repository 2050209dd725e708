package org.nwbj.nwb;

import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * An NWB file written and still open: its datasets can be grown and filled (as the tutorial does with
 * {@code data.dataset.resize(...)} after {@code io.write}), then {@link #close()} completes the file. The file on
 * disk is complete after creation and after every {@link #flush()}.
 *
 * <pre>{@code
 * try (NwbFileWriter w = NwbIO.create(nwb, Paths.get("family_%d.nwb"), NwbWriteOptions.defaults().family(1 << 20))) {
 *     DatasetWriter d = w.dataset("/acquisition/example_timeseries/data");
 *     d.resize(1000, 10);
 *     d.write(Selection.rows(d.dims(), 0, 1000), values);
 * }
 * }</pre>
 */
public final class NwbFileWriter implements AutoCloseable {
    private final Hdf5Writer writer;
    private final java.util.Map<String, DatasetWriter> datasets;

    NwbFileWriter(Hdf5Writer writer, java.util.Map<String, DatasetWriter> datasets) {
        this.writer = writer;
        this.datasets = datasets;
    }

    /**
     * {@return a dataset this file wrote (not linked), by its absolute path such as {@code /acquisition/ts/data}}
     *
     * @param path the dataset's absolute path
     */
    public DatasetWriter dataset(String path) {
        DatasetWriter d = datasets.get(path);
        if (d == null) {
            throw new NwbException("no dataset written at " + path + " (written: " + datasets.keySet() + ")");
        }
        return d;
    }

    /** Writes pending metadata: the file on disk is complete. */
    public void flush() {
        writer.flush();
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
        writer.close();
    }
}
