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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.SharedFolder;

/**
 * {@code nwbj links} on a tree pynwb and h5py wrote (scripts/make_link_tree.py: the seed tutorial's files, a
 * dataset link, container links, a shallow copy, links two files deep, a loop between two files, a family as a
 * link target): after moving and renaming files, check finds every broken link, rebase and repair fix them, and
 * pynwb and h5py read every value through the links again (scripts/read_link_tree.py); graph --bundle makes a
 * copy that survives being moved. Skipped without python3 + pynwb (../shared/reference), except with CI=true.
 */
@Tag("interop")
class LinksCommandInteropTest {
    private static final Path PYTHON = Paths.get("/usr/bin/python3");
    private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();
    private static final Path SCRIPTS = ROOT.resolve("cli/src/test/scripts");
    private static final Path SHARED = SharedFolder.root();
    private static String pythonPath;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        String why = null;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " is missing";
        } else if (!Files.isRegularFile(SHARED.resolve("reference/setup.sh"))) {
            why = "no reference stack in " + SHARED;
        } else {
            String[] setup = run(null, "bash", SHARED.resolve("reference/setup.sh").toString());
            String path = setup[1].isEmpty() ? "" : setup[1].substring(setup[1].lastIndexOf('\n') + 1).trim();
            if (setup[0].equals("0") && run(path, PYTHON.toString(), "-c", "import pynwb, h5py")[0].equals("0")) {
                pythonPath = path;
            } else {
                why = "pynwb does not import (run ../shared/reference/setup.sh --apt as root)";
            }
        }
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why);
        }
        assumeTrue(why == null, "skipped: " + why);
    }

    @Test
    void checkFindsWhatAMoveBrokeAndRebaseAndRepairFixIt() throws Exception {
        Path tree = dir.resolve("tree");
        python("make_link_tree.py", tree.toString());
        Out ok = nwbj("links", "check", tree.toString());
        assertThat(ok.exit).as(ok.text).isZero();
        assertThat(ok.text).contains("11 links in 10 files: 0 broken");

        // the lab reorganises: data/ becomes raw/, one session file is renamed, the family and one loop file move
        Files.move(tree.resolve("data"), tree.resolve("raw"));
        Files.move(tree.resolve("raw/external2_example.nwb"), tree.resolve("raw/session-two.nwb"));
        Files.createDirectories(tree.resolve("loop/sub"));
        Files.move(tree.resolve("loop/b.h5"), tree.resolve("loop/sub/b.h5"));
        Files.createDirectories(tree.resolve("elsewhere/fam2"));
        for (int k = 0; Files.exists(tree.resolve("fam/fam_" + k + ".h5")); k++) {
            Files.move(tree.resolve("fam/fam_" + k + ".h5"), tree.resolve("elsewhere/fam2/fam_" + k + ".h5"));
        }

        Out broken = nwbj("links", "check", "--broken-only", tree.toString());
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.text).contains("11 links in 10 files: 11 broken");
        for (String l : List.of("/series -> external_linkcontainer_example.nwb:/acquisition/test_timeseries1  BROKEN "
                + "object not found", "/values -> external_linkcontainer_example.nwb:/acquisition/test_timeseries2/data"
                + "  BROKEN object not found",
                "/acquisition/test_timeseries1 -> data/external1_example.nwb:/acquisition/test_timeseries1  BROKEN "
                        + "file not found",
                "/acquisition/test_timeseries2 -> data/external2_example.nwb:/acquisition/test_timeseries2  BROKEN "
                        + "file not found",
                "/acquisition/test_timeseries4/data -> data/external1_example.nwb:/acquisition/test_timeseries1/data"
                        + "  BROKEN file not found",
                "/fam_data -> fam/fam_%d.h5:/data  BROKEN file not found",
                "/to_b -> b.h5:/  BROKEN file not found", "/to_a -> a.h5:/  BROKEN file not found")) {
            assertThat(broken.text).contains(l);
        }
        Out json = nwbj("links", "check", "--json", tree.toString());
        assertThat(json.text).contains("\"brokenCount\" : 11", "\"status\" : \"FILE_NOT_FOUND\"");

        // rebase: the moved directory; the renamed file is refused (its new name does not resolve)
        Out dry = nwbj("links", "rebase", "--dry-run", "--from", "data", "--to", "raw", tree.toString());
        assertThat(dry.text).contains("would rewrite ", ": data/external1_example.nwb -> raw/external1_example.nwb",
                "REFUSED: file not found", "4 matching links: 3 to rewrite in 3 files, 1 refused");
        assertThat(nwbj("links", "check", tree.toString()).text).contains("11 broken"); // a dry run writes nothing
        Out rebase = nwbj("links", "rebase", "--from", "data", "--to", "raw", tree.toString());
        assertThat(rebase.exit).isEqualTo(1);
        assertThat(rebase.text).contains("4 matching links: 3 rewritten in 3 files, 1 refused");
        // the loop: a.h5 names b.h5 by its new place, b.h5 names a.h5 from its own
        assertThat(nwbj("links", "rebase", "--from", "b.h5", "--to", "sub/b.h5",
                tree.resolve("loop/a.h5").toString()).exit).isZero();
        assertThat(nwbj("links", "rebase", "--from", "a.h5", "--to", "../a.h5",
                tree.resolve("loop/sub/b.h5").toString()).exit).isZero();

        // repair: the renamed NWB file by content and identity, the family by its name
        Out repair = nwbj("links", "repair", "--search", tree.toString(), "--", tree.toString());
        assertThat(repair.exit).as(repair.text).isZero();
        assertThat(repair.text).contains(
                "/acquisition/test_timeseries2: data/external2_example.nwb -> raw/session-two.nwb  (found by content",
                "/fam_data: fam/fam_%d.h5 -> elsewhere/fam2/fam_%d.h5  (found by name", "resolves now ",
                "0 unfixed");
        Out healed = nwbj("links", "check", tree.toString());
        assertThat(healed.exit).as(healed.text).isZero();
        assertThat(healed.text).contains("11 links in 10 files: 0 broken");

        // a bundle of deep.h5 and what it needs, moved away from the tree, still reads
        Out graph = nwbj("links", "graph", "--dot", tree.resolve("deep.h5").toString());
        assertThat(graph.text).startsWith("digraph links {").contains("\"external_linkcontainer_example.nwb\"",
                "\"session-two.nwb\"", "[label=\"2\"]");
        Path bundle = dir.resolve("bundle");
        Out bundled = nwbj("links", "graph", "--bundle", bundle.toString(), tree.resolve("deep.h5").toString());
        assertThat(bundled.exit).as(bundled.text).isZero();
        assertThat(bundled.text).contains("bundled 4 files", "4 links in 4 files: 0 broken");
        Path moved = dir.resolve("uploaded/bundle");
        Files.createDirectories(moved.getParent());
        Files.move(bundle, moved);

        String read = python("read_link_tree.py", tree.toString(), moved.toString());
        assertThat(read).as(read).endsWith("all values read").doesNotContain("DIFFERS");
        assertThat(read).contains("pynwb external_linkcontainer_example.nwb test_timeseries2 data ok",
                "h5py famlink.h5 fam_data (a family through the link) ok", "(around the loop) ok",
                "uploaded/bundle/deep.h5 values (two files deep) ok");
    }

    /**
     * h5py's virtual datasets (h5py.VirtualLayout, a same-file "." source), a split pair and a family that hold
     * links: checked, rebased and repaired (JSON), virtual sources reported but not rewritten.
     */
    @Test
    void virtualSourcesSplitPairsFamiliesAndJsonOfRebaseAndRepair() throws Exception {
        Path tree = dir.resolve("vds");
        python("vds_link_tree.py", "make", tree.toString());
        Out ok = nwbj("links", "check", tree.toString());
        assertThat(ok.exit).as(ok.text).isZero();
        assertThat(ok.text).contains("5 links in 5 files: 0 broken", "/stack [vds] -> mod/m0.h5:data  ok (dataset",
                "/self [vds] -> .:local  ok (dataset");
        Out graph = nwbj("links", "graph", tree.resolve("vds.h5").toString());
        assertThat(graph.text).contains("-> mod/m0.h5 (at ", "-> mod/m1.h5 (at ").doesNotContain("-> . (");

        Files.move(tree.resolve("mod"), tree.resolve("modules"));
        Out broken = nwbj("links", "check", "--json", tree.toString());
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.text).contains("\"brokenCount\" : 4", "\"kind\" : \"virtual\"",
                "\"file\" : \"" + tree.resolve("pair") + "\"", "\"file\" : \"" + tree.resolve("fam_%d.h5") + "\"");

        Out rebase = nwbj("links", "rebase", "--json", "--from", "mod", "--to", "modules", tree.toString());
        assertThat(rebase.exit).as(rebase.text).isEqualTo(1);
        assertThat(rebase.text).contains("\"matching\" : 4", "\"rewritten\" : 2", "\"notWritable\" : 2",
                "\"status\" : \"not_writable\"", "\"newFile\" : \"modules/m0.h5\"");
        Out after = nwbj("links", "check", "--broken-only", tree.toString());
        assertThat(after.text).contains("5 links in 5 files: 2 broken",
                "/stack [vds] -> mod/m1.h5:data  BROKEN file not found");

        Out repair = nwbj("links", "repair", "--json", "--search", tree.resolve("modules").toString(), "--",
                tree.toString());
        assertThat(repair.exit).as(repair.text).isEqualTo(1);
        assertThat(repair.text).contains("\"broken\" : 2", "\"unfixed\" : 2", "\"status\" : \"not_writable\"",
                "cannot rewrite a virtual dataset's mappings in place");
        String read = python("vds_link_tree.py", "read", tree.toString());
        assertThat(read).contains("vds stack [-1, -1, -1, -1] self [9, 8]", "pair values [1, 2]",
                "fam values [3, 4]");
    }

    record Out(int exit, String text) {
    }

    private static Out nwbj(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setOut(old);
        }
        return new Out(exit, out.toString(StandardCharsets.UTF_8));
    }

    private static String python(String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), SCRIPTS.resolve(script).toString()));
        cmd.addAll(Arrays.asList(args));
        String[] r = run(pythonPath, cmd.toArray(new String[0]));
        assertThat(r[0]).as(r[1]).isEqualTo("0");
        return r[1];
    }

    /** Exit code and output (stdout and stderr) of a command. */
    private static String[] run(String pythonPath, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (pythonPath != null) {
            pb.environment().put("PYTHONPATH", pythonPath);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new String[] {String.valueOf(p.exitValue()), out};
    }
}
