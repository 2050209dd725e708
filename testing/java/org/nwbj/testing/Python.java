package org.nwbj.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one launcher of Debian's {@code /usr/bin/python3} for interop tests (h5py, pynwb, nwbinspector live there,
 * not in a pyenv python3). A test whose Python modules are missing is skipped with a message, and fails when
 * {@code CI=true}: the same rule as {@link SharedFolder}.
 */
public final class Python {
    /** Debian's python3, the one with h5py. */
    public static final Path PYTHON = Paths.get("/usr/bin/python3");
    /** The NWB reference stack (pynwb, nwbinspector, nwb_check.py) in the shared folder. */
    public static final Path REFERENCE = SharedFolder.root().resolve("reference");
    private static final int TIMEOUT_SECONDS = 300;

    private Python() {
    }

    /** Exit status and output of a finished process. */
    public record Result(int exit, String out) {
    }

    /**
     * Runs {@code command} (PYTHONPATH set when {@code pythonPath} is not null) and returns its exit status and
     * trimmed output: standard output and error together when {@code mergeErrors}, else standard output only
     * (errors go to the test's own stderr).
     */
    public static Result run(String pythonPath, boolean mergeErrors, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (mergeErrors) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        if (pythonPath != null) {
            pb.environment().put("PYTHONPATH", pythonPath);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), out);
    }

    /** Runs python3 with {@code args}; its output (stdout and stderr), failing the test on a non-zero exit. */
    public static String check(String pythonPath, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(PYTHON.toString());
        cmd.addAll(args);
        Result r = run(pythonPath, true, cmd.toArray(new String[0]));
        if (r.exit() != 0) {
            throw new AssertionError("python3 " + String.join(" ", args) + " exited with " + r.exit() + ":\n"
                    + r.out());
        }
        return r.out();
    }

    /** {@link #check} of an inline script with {@code args}, after {@link #require} of h5py. */
    public static String h5py(String script, String... args) throws IOException, InterruptedException {
        require("h5py");
        List<String> cmd = new ArrayList<>(Arrays.asList("-c", script));
        cmd.addAll(Arrays.asList(args));
        return check(null, cmd);
    }

    /** Skips (fails under CI=true) unless python3 imports {@code modules} (comma-separated, as in an import). */
    public static void require(String modules) throws IOException, InterruptedException {
        String why = null;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " is missing";
        } else if (run(null, true, PYTHON.toString(), "-c", "import " + modules).exit() != 0) {
            why = PYTHON + " cannot import " + modules + " (apt-get install python3-h5py)";
        }
        unavailableUnless(why);
    }

    /**
     * The PYTHONPATH under which python3 imports pynwb and {@code modules} from the shared reference stack
     * (unpacked once by its setup.sh; installing its Debian packages is left to the developer); skips, or fails
     * under CI=true, when that is not possible.
     */
    public static String requirePynwb(String modules) throws IOException, InterruptedException {
        String why = null;
        String path = null;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " is missing";
        } else if (!Files.isRegularFile(REFERENCE.resolve("setup.sh"))) {
            why = "no pynwb reference stack at " + REFERENCE.toAbsolutePath();
        } else {
            Result setup = run(null, true, "bash", REFERENCE.resolve("setup.sh").toString());
            path = setup.out().isEmpty() ? "" : setup.out().substring(setup.out().lastIndexOf('\n') + 1).trim();
            if (setup.exit() != 0 || run(path, true, PYTHON.toString(), "-c", "import " + modules).exit() != 0) {
                why = PYTHON + " cannot import " + modules + " (run ../shared/reference/setup.sh --apt as root): "
                        + setup.out();
            }
        }
        unavailableUnless(why);
        return path;
    }

    /** Skips the calling test with {@code why}, or fails it when {@code CI=true}; nothing when why is null. */
    public static void unavailableUnless(String why) {
        if (why == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + why);
        }
        assumeTrue(false, "skipped: " + why);
    }
}
