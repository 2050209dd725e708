package org.nwbj.hdf5;

import java.nio.file.Paths;

/**
 * A writer process for {@link KillAfterModifyFlushTest}: opens an existing file whose "/data" is an empty (0, 10)
 * int64 dataset growable along rows, appends 1000-row blocks, flushes after each, prints "flushed N" (rows),
 * writes more without flushing, then waits for a line on stdin before going on, so the parent can kill it at a
 * known point.
 */
public final class ModifyFlushChild {
    private ModifyFlushChild() {
    }

    public static void main(String[] args) throws Exception {
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        Hdf5Writer w = Hdf5Writer.open(Paths.get(args[0]));
        DatasetWriter d = w.root().dataset("data");
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
            // work after the flush that the kill interrupts: more data and a header change not yet flushed
            d.resize((step + 2) * 1000, 10);
            d.write(Selection.rows(d.dims(), (step + 1) * 1000, 1000), rows);
            w.root().createGroup("unflushed" + step);
            System.out.println("waiting");
            System.out.flush();
            if (in.readLine() == null) {
                return;
            }
        }
    }
}
