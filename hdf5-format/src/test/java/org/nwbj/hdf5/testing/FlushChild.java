package org.nwbj.hdf5.testing;

import java.nio.file.Paths;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * A writer process for {@code org.nwbj.hdf5.KillAfterFlushTest}: appends 1000-row blocks to a growable dataset, flushes after
 * each, prints "flushed N" (rows), writes more without flushing, then waits for a line on stdin before going on,
 * so the parent can kill it at a known point.
 */
public final class FlushChild {
    private FlushChild() {
    }

    public static void main(String[] args) throws Exception {
        Hdf5Writer w = Hdf5Writer.create(Paths.get(args[0]));
        DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.INT64, 0, 10)
                .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(1));
        appendUntilStdinCloses(w, d, false);
    }

    /**
     * The loop both children run: append, flush, report, then unflushed work (more rows and, when
     * {@code unflushedGroups}, a header change) the kill interrupts, and wait for the parent.
     */
    public static void appendUntilStdinCloses(Hdf5Writer w, DatasetWriter d, boolean unflushedGroups) throws Exception {
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        for (long step = 0; ; step++) {
            d.resize((step + 1) * 1000, 10);
            long[] rows = new long[10_000];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = step * 10_000 + i;
            }
            d.write(Selection.rows(d.dims(), step * 1000, 1000), rows);
            w.root().setAttribute("rows", (step + 1) * 1000);
            w.flush();
            System.out.println("flushed " + (step + 1) * 1000);
            System.out.flush();
            // work after the flush that the kill interrupts: more data (and a header change) not yet flushed
            d.resize((step + 2) * 1000, 10);
            d.write(Selection.rows(d.dims(), (step + 1) * 1000, 1000), rows);
            if (unflushedGroups) {
                w.root().createGroup("unflushed" + step);
            }
            System.out.println("waiting");
            System.out.flush();
            if (in.readLine() == null) {
                return;
            }
        }
    }
}
