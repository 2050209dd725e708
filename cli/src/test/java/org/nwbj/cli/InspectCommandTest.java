package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.SharedFolder;

/** nwbj inspect: text and JSON reports, exit codes by importance and --threshold, folders, unreadable files. */
class InspectCommandTest {
    private static Path nwb(String name) {
        return SharedFolder.require("conformance/nwb/" + name);
    }

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void criticalFindingsFailTheRun() {
        Run r = run("inspect", nwb("rich.nwb").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("3 - CRITICAL", "check_data_orientation - 'TwoPhotonSeries' object at location "
                + "'/acquisition/TwoPhotonSeries'", "Message: The external file 'movie_0.avi' does not exist.");
    }

    @Test
    void suggestionsAloneDoNotFailUnlessTheThresholdAsks() {
        Run plain = run("inspect", nwb("minimal.nwb").toString());
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).contains("5 - BEST_PRACTICE_SUGGESTION", "Subject is missing.");
        Run strict = run("inspect", "--threshold", "BEST_PRACTICE_SUGGESTION", nwb("minimal.nwb").toString());
        assertThat(strict.exit()).isEqualTo(1);
        Run critical = run("inspect", "--threshold", "CRITICAL", nwb("minimal.nwb").toString());
        assertThat(critical.exit()).isZero();
        assertThat(critical.out()).startsWith("Found 0 issue(s)");
        assertThat(run("inspect", "--config", "dandi", nwb("minimal.nwb").toString()).exit()).isEqualTo(1);
    }

    @Test
    void jsonHasNwbinspectorsFieldsAndTheChecksThatRan() {
        Run r = run("inspect", "--json", "--ignore", "check_description", nwb("rich.nwb").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"check_function_name\" : \"check_regular_timestamps\"",
                "\"location\" : \"/processing/behavior/Position/position\"", "\"importance\" : \"CRITICAL\"",
                "\"check_subject_species_form\" : \"BEST_PRACTICE_VIOLATION\"")
                .doesNotContain("\"check_description\"");
    }

    @Test
    void foldersAreSearchedAndUnreadableFilesExitTwo(@TempDir Path tmp) throws IOException {
        Files.copy(nwb("minimal.nwb"), tmp.resolve("a.nwb"));
        assertThat(run("inspect", tmp.toString()).out()).contains("a.nwb: check_subject_exists");
        Files.writeString(tmp.resolve("b.nwb"), "not HDF5");
        assertThat(run("inspect", tmp.toString()).exit()).isEqualTo(2);
        assertThat(run("inspect", tmp.resolve("absent.nwb").toString()).exit()).isEqualTo(2);
    }
}
