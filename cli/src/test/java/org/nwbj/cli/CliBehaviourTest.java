package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;
import picocli.CommandLine;

/**
 * Issue 14, done-when 2: every subcommand answers --help, loops of hard links are listed once ("same as"), errors
 * say what is wrong in one line, written files get the umask's mode; plus family/split names and progress.
 */
class CliBehaviourTest {
    @TempDir
    Path dir;

    /** Every registered subcommand, so that commands added later are covered too. */
    private static List<String> subcommands() {
        return new ArrayList<>(Main.commandLine().getSubcommands().keySet());
    }

    @Test
    void everySubcommandAnswersHelpAndVersion() {
        assertThat(subcommands()).contains("ls", "dump", "info", "copy", "export", "demo", "validate", "timeseries");
        for (String name : subcommands()) {
            for (String help : new String[] {"--help", "-h"}) {
                CliRun r = CliRun.of(name, help);
                assertThat(r.exit()).as(name + " " + help + ": " + r).isZero();
                assertThat(r.out()).as(name + " " + help).contains("Usage: nwbj " + name);
            }
            if (!name.equals("help")) {
                CliRun v = CliRun.of(name, "--version");
                assertThat(v.exit()).as(name + " --version: " + v).isZero();
                assertThat(v.out()).startsWith("nwbj ");
            }
        }
        assertThat(CliRun.of("--version").out()).startsWith("nwbj ");
    }

    @Test
    void everySubcommandTakesQuietAndDebug() {
        for (var e : Main.commandLine().getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            CommandLine.Model.CommandSpec spec = e.getValue().getCommandSpec();
            assertThat(spec.findOption("--quiet")).as(e.getKey() + " --quiet").isNotNull();
            assertThat(spec.findOption("--debug")).as(e.getKey() + " --debug").isNotNull();
        }
    }

    /** / holds a, a holds data and b, b links back to / and to a; /alias is a second link to /a/data. */
    private Path loopedFile() {
        Path p = dir.resolve("loop.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter a = w.root().createGroup("a");
            var data = a.createDataset("data", new long[] {1, 2, 3});
            GroupWriter b = a.createGroup("b");
            b.createHardLink("root", w.root());
            b.createHardLink("up", a);
            w.root().createHardLink("alias", data);
        }
        return p;
    }

    @Test
    void lsRecursive_showsHardLinkLoopsAsSameAs() {
        Path p = loopedFile();
        CliRun r = CliRun.of("ls", "-r", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().map(String::strip).map(l -> l.replaceAll(" +", " "))
                .collect(Collectors.toList());
        assertThat(lines).containsExactly(
                "/ Group",
                "/a Group",
                "/a/b Group",
                "/a/b/root Group, same as /",
                "/a/b/up Group, same as /a",
                "/a/data Dataset {3} int64",
                "/alias Dataset, same as /a/data");
        // the other walkers end too: info counts each object once, dump lists the repeats as hard links
        CliRun info = CliRun.of("info", p.toString());
        assertThat(info.out()).contains("groups:             3").contains("datasets:           1");
        CliRun dump = CliRun.of("dump", "--json", p.toString());
        assertThat(dump.exit()).isZero();
        assertThat(dump.out()).contains("{\"path\":\"/a/b/root\",\"kind\":\"hard_link\",\"target\":\"/\"}");
    }

    @Test
    void lsRecursive_agreesWithH5lsOnTheLoops() throws Exception {
        Path h5ls = Paths.get("/usr/bin/h5ls");
        if (!Files.isExecutable(h5ls)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but h5ls is missing (apt-get install hdf5-tools)");
            }
            assumeTrue(false, "skipped: h5ls is missing");
        }
        Path p = loopedFile();
        Process proc = new ProcessBuilder(h5ls.toString(), "-r", p.toString()).redirectErrorStream(true).start();
        String theirs = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> same = theirs.lines().filter(l -> l.contains("same as")).collect(Collectors.toList());
        assertThat(same).hasSize(3);
        assertThat(CliRun.of("ls", "-r", p.toString()).out().lines().filter(l -> l.contains("same as")))
                .containsExactlyElementsOf(same);
    }

    @Test
    void deepTrees_doNotOverflowTheStack() {
        Path p = dir.resolve("deep.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root();
            for (int i = 0; i < 1500; i++) {
                g = g.createGroup("g");
            }
        }
        CliRun r = CliRun.of("ls", "-r", p.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(1501);
        assertThat(CliRun.of("info", p.toString()).out()).contains("groups:             1501");
    }

    @Test
    void errors_areOneLineInTheUsersTerms() throws IOException {
        String missing = dir.resolve("missing.h5").toString();
        for (String command : new String[] {"ls", "info", "dump", "timeseries"}) {
            CliRun r = CliRun.of(command, missing);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("nwbj " + command + ": no such file: " + missing + "\n");
        }
        CliRun copy = CliRun.of("copy", missing, dir.resolve("x.h5").toString());
        assertThat(copy.err()).isEqualTo("nwbj copy: no such file: " + missing + "\n");
        CliRun validate = CliRun.of("validate", "-q", missing);
        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("nwbj validate: no such file: " + missing + "\n");
        assertThat(CliRun.of("ls", dir.resolve("fam_%d.h5").toString()).err())
                .startsWith("nwbj ls: no such file: " + dir.resolve("fam_0.h5"));

        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text, no HDF5 here\n");
        CliRun notHdf5 = CliRun.of("ls", text.toString());
        assertThat(notHdf5.exit()).isEqualTo(1);
        assertThat(notHdf5.err()).isEqualTo("nwbj ls: not an HDF5 file: " + text + " (no signature found)\n");
    }

    @Test
    void truncatedFiles_sayWhereTheyEndAndWhatTheyNeed() throws IOException {
        Path whole = dir.resolve("whole.h5");
        try (Hdf5Writer w = Hdf5Writer.create(whole)) {
            for (int i = 0; i < 20; i++) {
                w.root().createGroup("group" + i).createDataset("values", new double[1000]);
            }
        }
        long size = Files.size(whole);
        Path cut = dir.resolve("cut.h5");
        Files.copy(whole, cut);
        long keep = size / 2;
        try (FileChannel ch = FileChannel.open(cut, StandardOpenOption.WRITE)) {
            ch.truncate(keep);
        }
        CliRun r = CliRun.of("dump", "--json", cut.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("nwbj dump: truncated: " + cut + " ends at byte " + keep
                + ", the file needs " + size + "\n");
        CliRun debug = CliRun.of("dump", "--json", "--debug", cut.toString());
        assertThat(debug.err()).contains("\tat org.nwbj.").endsWith("the file needs " + size + "\n");
    }

    private static final OffsetDateTime START = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    private Path nwbFile(String name) {
        Path p = dir.resolve(name);
        NWBFile f = new NWBFile("id-1", "behaviour test", START);
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(new double[] {1, Double.NaN, 3}, 3), "V")
                .setRate(0.0, 10.0).setResolution(Double.NaN).setOffset(Double.NEGATIVE_INFINITY));
        NwbIO.write(f, p);
        return p;
    }

    @Test
    void writtenFiles_getTheModeOfAnyNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX system");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ref")));
        Path src = loopedFile();
        assertThat(CliRun.of("copy", src.toString(), dir.resolve("copy.h5").toString()).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("copy.h5"))).isEqualTo(expected);
        Files.setPosixFilePermissions(dir.resolve("copy.h5"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
        // replacing a file: the new one has the default mode too (a new file, not the old one's mode)
        assertThat(CliRun.of("copy", "--latest", src.toString(), dir.resolve("copy.h5").toString()).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("copy.h5"))).isEqualTo(expected);
        assertThat(CliRun.of("copy", "--out-driver", "split", src.toString(), dir.resolve("pair").toString())
                .exit()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("pair-m.h5"))).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(dir.resolve("pair-r.h5"))).isEqualTo(expected);
        assertThat(CliRun.of("copy", "--out-memb-size", "4096", src.toString(), dir.resolve("fam_%d.h5").toString())
                .exit()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("fam_0.h5"))).isEqualTo(expected);

        Path nwb = nwbFile("source.nwb");
        CliRun export = CliRun.of("export", nwb.toString(), dir.resolve("exported.nwb").toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("exported.nwb"))).isEqualTo(expected);
        NwbIO.export(nwb, dir.resolve("api.nwb"), org.nwbj.nwb.ExportOptions.defaults());
        assertThat(Files.getPosixFilePermissions(dir.resolve("api.nwb"))).isEqualTo(expected);
        try (var left = Files.list(dir)) {
            assertThat(left.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void familyAndSplitNames_areRecognisedByEveryCommand() {
        Path pattern = dir.resolve("fam_%d.h5");
        try (Hdf5Writer w = Hdf5Writer.createFamily(pattern, 2048)) {
            w.root().createDataset("ints", DatasetOptions.of(DataTypes.INT32, 2000)).writeAll(new int[2000]);
        }
        Path pair = dir.resolve("pair");
        try (Hdf5Writer w = Hdf5Writer.createSplit(pair)) {
            w.root().createDataset("ints", new int[] {4, 5, 6});
        }
        for (String name : new String[] {pattern.toString(), pair.toString()}) {
            for (String[] args : new String[][] {{"ls", name}, {"ls", "-r", name + "/ints"}, {"info", name},
                    {"dump", "--json", name}, {"dump", "-d", "/ints", "-c", "2", name}}) {
                CliRun r = CliRun.of(args);
                assertThat(r.exit()).as(Arrays.toString(args) + ": " + r).isZero();
                assertThat(r.out()).contains(args[0].equals("info") ? "datasets:           1" : "ints");
            }
        }
        assertThat(CliRun.of("info", pattern.toString()).out()).contains("driver:             family");
        assertThat(CliRun.of("info", pair.toString()).out()).contains("driver:             split");
        assertThat(CliRun.of("dump", "-d", "/ints", pair.toString()).out()).contains("(0): 4, 5, 6");
    }

    @Test
    void progress_goesToStderrOnlyWhenAsked() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8))) {
            p.count("validate", 0, 3);
            p.message("a.nwb: valid");
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("\rvalidate 0/3").contains("a.nwb: valid\n");
        // not a terminal (tests run without a console) and no --progress: nothing on stderr
        Path src = loopedFile();
        CliRun quiet = CliRun.of("copy", src.toString(), dir.resolve("q.h5").toString());
        assertThat(quiet.err()).isEmpty();
        assertThat(Progress.megabytes(288_000_000)).isEqualTo("288 MB");
    }
}
