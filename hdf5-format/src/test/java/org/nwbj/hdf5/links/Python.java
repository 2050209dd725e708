package org.nwbj.hdf5.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs h5py scripts with Debian's /usr/bin/python3; skips without h5py, except under CI=true where it fails. */
final class Python {
    private static final Path PYTHON = Paths.get("/usr/bin/python3");

    private Python() {
    }

    static void requireH5py() throws IOException, InterruptedException {
        boolean have = Files.isExecutable(PYTHON);
        if (have) {
            Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import h5py").start();
            have = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        if (!have && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but /usr/bin/python3 with h5py is missing");
        }
        Assumptions.assumeTrue(have, "skipped: /usr/bin/python3 with h5py is not installed "
                + "(apt-get install python3-h5py)");
    }

    /** Runs {@code script} with {@code args}; its output (stdout and stderr), failing on a non-zero exit. */
    static String run(String script, List<String> args) throws IOException, InterruptedException {
        requireH5py();
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.trim();
    }
}
