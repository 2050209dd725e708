package org.nwbj.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/** /usr/bin/python3 for the Spark interop tests, through the shared launcher {@link org.nwbj.testing.Python}. */
final class Python {
    private Python() {
    }

    /** Skips (or fails under CI=true) unless python3 imports the modules; returns the PYTHONPATH to use. */
    static String require(boolean pynwb, String modules) throws Exception {
        if (pynwb) {
            return org.nwbj.testing.Python.requirePynwb(modules);
        }
        org.nwbj.testing.Python.require(modules);
        return null;
    }

    /** Runs a script, returns its standard output; a non-zero exit fails the test. */
    static String script(String pythonPath, Path dir, String name, String text, String... args) throws Exception {
        Path s = dir.resolve(name);
        Files.writeString(s, text);
        String[] cmd = new String[args.length + 2];
        cmd[0] = org.nwbj.testing.Python.PYTHON.toString();
        cmd[1] = s.toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        org.nwbj.testing.Python.Result r = org.nwbj.testing.Python.run(pythonPath, false, cmd);
        if (r.exit() != 0) {
            throw new AssertionError(name + " failed (" + r.exit() + "): " + r.out());
        }
        return r.out();
    }
}
