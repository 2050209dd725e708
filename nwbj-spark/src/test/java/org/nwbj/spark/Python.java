package org.nwbj.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/** /usr/bin/python3 for the interop tests: skipped when a module is missing, failing under CI=true. */
final class Python {
    static final Path PYTHON = Paths.get("/usr/bin/python3");
    static final Path REFERENCE = Paths.get(System.getProperty("nwbj.shared", "../../shared"), "reference");

    private Python() {
    }

    record Result(int exit, String out) {
    }

    static Result run(String pythonPath, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        if (pythonPath != null) {
            pb.environment().put("PYTHONPATH", pythonPath);
        }
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), out);
    }

    /** Skips (or fails under CI=true) unless python3 imports the modules; returns the PYTHONPATH to use. */
    static String require(boolean pynwb, String modules) throws Exception {
        String why = null;
        String path = null;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " is missing";
        } else if (pynwb && !Files.isRegularFile(REFERENCE.resolve("setup.sh"))) {
            why = "no pynwb reference stack at " + REFERENCE.toAbsolutePath();
        } else {
            if (pynwb) {
                Result setup = run(null, "bash", REFERENCE.resolve("setup.sh").toString());
                path = setup.out.isEmpty() ? "" : setup.out.substring(setup.out.lastIndexOf('\n') + 1).trim();
            }
            if (run(path, PYTHON.toString(), "-c", "import " + modules).exit != 0) {
                why = PYTHON + " cannot import " + modules
                        + (pynwb ? " (run ../shared/reference/setup.sh --apt as root)" : "");
            }
        }
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why);
        }
        assumeTrue(why == null, "skipped: " + why);
        return path;
    }

    /** Runs a script, returns its standard output; a non-zero exit fails the test. */
    static String script(String pythonPath, Path dir, String name, String text, String... args) throws Exception {
        Path s = dir.resolve(name);
        Files.writeString(s, text);
        String[] cmd = new String[args.length + 2];
        cmd[0] = PYTHON.toString();
        cmd[1] = s.toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        Result r = run(pythonPath, cmd);
        if (r.exit != 0) {
            throw new AssertionError(name + " failed (" + r.exit + "): " + r.out);
        }
        return r.out;
    }
}
