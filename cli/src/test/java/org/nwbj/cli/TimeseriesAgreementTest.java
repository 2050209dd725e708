package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.SharedFolder;

/**
 * Issue 7, done-when 3: for every conformance NWB file, {@code nwbj timeseries} prints what dump_timeseries.py
 * prints from pynwb, and compare_timeseries.py notices a difference. Skipped without python3 or the reference
 * stack, failing instead when CI=true.
 */
@Tag("interop")
class TimeseriesAgreementTest {
    private static final Path PYTHON = Paths.get("/usr/bin/python3");
    private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();
    private static final Path SCRIPTS = ROOT.resolve("nwb-io/src/test/scripts");
    private static final Path SHARED = SharedFolder.root();

    @TempDir
    Path dir;

    private static String pythonPath() throws Exception {
        String why = null;
        String path = null;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " is missing";
        } else if (!Files.isDirectory(SHARED.resolve("conformance/nwb"))
                || !Files.isRegularFile(SHARED.resolve("reference/setup.sh"))) {
            why = "no conformance kit or reference stack in " + SHARED;
        } else {
            String[] setup = run(null, "bash", SHARED.resolve("reference/setup.sh").toString());
            path = setup[1].isEmpty() ? "" : setup[1].substring(setup[1].lastIndexOf('\n') + 1).trim();
            if (!setup[0].equals("0") || !run(path, PYTHON.toString(), "-c", "import pynwb")[0].equals("0")) {
                why = "pynwb does not import (run ../shared/reference/setup.sh --apt as root)";
            }
        }
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why);
        }
        assumeTrue(why == null, "skipped: " + why);
        return path;
    }

    /** Exit code and output (stdout and stderr) of a command. */
    private static String[] run(String pythonPath, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (pythonPath != null) {
            pb.environment().put("PYTHONPATH", pythonPath);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new String[] {String.valueOf(p.exitValue()), out};
    }

    @Test
    void nwbjSeesTheTimeSeriesPynwbSees() throws Exception {
        String pp = pythonPath();
        List<String> files;
        try (Stream<Path> s = Files.list(SHARED.resolve("conformance/nwb"))) {
            files = s.filter(p -> p.toString().endsWith(".nwb")).map(Path::toString).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        List<String> py = new ArrayList<>(Arrays.asList(PYTHON.toString(),
                SCRIPTS.resolve("dump_timeseries.py").toString()));
        py.addAll(files);
        String[] reference = run(pp, py.toArray(new String[0]));
        assertThat(reference[0]).as(reference[1]).isEqualTo("0");
        Path refJson = Files.writeString(dir.resolve("pynwb.json"), reference[1]);

        List<String> args = new ArrayList<>(List.of("timeseries"));
        args.addAll(files);
        String ours = captured(args.toArray(new String[0]));
        Path ourJson = Files.writeString(dir.resolve("nwbj.json"), ours);

        String[] same = run(null, PYTHON.toString(), SCRIPTS.resolve("compare_timeseries.py").toString(),
                refJson.toString(), ourJson.toString());
        assertThat(same[0]).as(same[1]).isEqualTo("0");
        assertThat(same[1]).contains("same rich.nwb", "7 TimeSeries").endsWith(
                "all " + files.size() + " files: nwbj sees the same TimeSeries as the reference");

        // the comparison is not blind: one changed checksum and one changed link target are reported
        String tampered = ours.replaceFirst("\"sha256\": \"[0-9a-f]", "\"sha256\": \"x")
                .replace("\"target\": \"/acquisition/test_timeseries1\"", "\"target\": \"/elsewhere\"");
        Path bad = Files.writeString(dir.resolve("tampered.json"), tampered);
        String[] differ = run(null, PYTHON.toString(), SCRIPTS.resolve("compare_timeseries.py").toString(),
                refJson.toString(), bad.toString());
        assertThat(differ[0]).as(differ[1]).isEqualTo("1");
        assertThat(differ[1]).contains(".sha256:", ".link.target: '/acquisition/test_timeseries1'");
    }

    private static String captured(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
