package org.nwbj.hdf5.testing;

import java.nio.file.Paths;

import org.nwbj.hdf5.Hdf5Writer;

/**
 * A writer process for {@code org.nwbj.hdf5.KillAfterModifyFlushTest}: opens an existing file whose "/data" is an empty (0, 10)
 * int64 dataset growable along rows, appends 1000-row blocks, flushes after each, prints "flushed N" (rows),
 * writes more without flushing, then waits for a line on stdin before going on, so the parent can kill it at a
 * known point.
 */
public final class ModifyFlushChild {
    private ModifyFlushChild() {
    }

    public static void main(String[] args) throws Exception {
        Hdf5Writer w = Hdf5Writer.open(Paths.get(args[0]));
        FlushChild.appendUntilStdinCloses(w, w.root().dataset("data"), true);
    }
}
