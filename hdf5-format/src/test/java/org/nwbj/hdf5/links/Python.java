package org.nwbj.hdf5.links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** h5py scripts for the link tests, through the shared launcher {@link org.nwbj.testing.Python}. */
final class Python {
    private Python() {
    }

    static void requireH5py() throws IOException, InterruptedException {
        org.nwbj.testing.Python.require("h5py");
    }

    /** Runs {@code script} with {@code args}; its output (stdout and stderr), failing on a non-zero exit. */
    static String run(String script, List<String> args) throws IOException, InterruptedException {
        requireH5py();
        List<String> cmd = new ArrayList<>(Arrays.asList("-c", script));
        cmd.addAll(args);
        return org.nwbj.testing.Python.check(null, cmd);
    }
}
