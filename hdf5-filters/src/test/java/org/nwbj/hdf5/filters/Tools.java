package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference tools of the interop tests: Debian's h5py with the C filter plug-ins, h5dump, the zstd command.
 * A missing tool skips the test with a message, except under {@code CI=true}, where it fails.
 */
final class Tools {
    static final Path PYTHON = Paths.get("/usr/bin/python3");
    /** Where Debian's hdf5-filter-plugin, bitshuffle and hdf5-filter-plugin-blosc-serial install the plug-ins. */
    static final String PLUGIN_PATH = "/usr/lib/x86_64-linux-gnu/hdf5/serial/plugins";
    static final Path SCRIPTS = Paths.get("src/test/scripts");

    private Tools() {
    }

    static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    static void require(boolean have, String what) {
        if (!have && ci()) {
            throw new AssertionError("CI=true but " + what + " is missing");
        }
        assumeTrue(have, "skipped: " + what + " is not installed");
    }

    /** Skips (or fails in CI) unless h5py can use the filter plug-ins with these ids. */
    static void requireH5pyFilters(int... ids) throws IOException, InterruptedException {
        boolean have = Files.isExecutable(PYTHON);
        if (have) {
            StringBuilder check = new StringBuilder("import h5py, sys\nok = all(h5py.h5z.filter_avail(i) for i in (");
            for (int id : ids) {
                check.append(id).append(',');
            }
            check.append("))\nsys.exit(0 if ok else 1)");
            have = run(List.of(PYTHON.toString(), "-c", check.toString())).exit == 0;
        }
        require(have, "/usr/bin/python3 with h5py and the HDF5 filter plug-ins (apt-get install python3-h5py "
                + "hdf5-filter-plugin bitshuffle hdf5-filter-plugin-blosc-serial)");
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putIfAbsent("HDF5_PLUGIN_PATH", PLUGIN_PATH);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        return new Result(p.exitValue(), out.trim());
    }

    /** Runs a Python script file with arguments; fails on a non-zero exit; its output. */
    static String python(Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        cmd.addAll(List.of(args));
        Result r = run(cmd);
        assertThat(r.exit).as(r.output).isZero();
        return r.output;
    }

    /** Runs inline Python with arguments; fails on a non-zero exit; its output. */
    static String pythonInline(String code, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c", code));
        cmd.addAll(List.of(args));
        Result r = run(cmd);
        assertThat(r.exit).as(r.output).isZero();
        return r.output;
    }

    static int h5dump(Path file) throws IOException, InterruptedException {
        boolean have = Files.isExecutable(Paths.get("/usr/bin/h5dump"));
        require(have, "h5dump (apt-get install hdf5-tools)");
        return run(List.of("/usr/bin/h5dump", file.toString())).exit;
    }
}
