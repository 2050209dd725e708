package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    private String demo(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(buf.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryTutorialFileAndReadsEachBack() throws Exception {
        Path out = dir.resolve("new/sub");
        String report = demo("demo", out.toString());
        // twice into the same directory: files and family members are replaced
        report = demo("demo", out.toString());
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertThat(files).containsExactly("exported_linkcontainer_example.nwb", "exported_linkdataset_example.nwb",
                "external1_example.nwb", "external2_example.nwb", "external_copydataset_example.nwb",
                "external_linkcontainer_example.nwb", "external_linkdataset_example.nwb", "family_nwb_file_0.nwb",
                "family_nwb_file_1.nwb", "family_nwb_file_2.nwb", "iterative_write_example.nwb",
                "shallow_copy_example.nwb", "soft_links_example.nwb");
        assertThat(report).contains(
                "test_timeseries4: data 100x10 external link -> external1_example.nwb:/acquisition/test_timeseries1"
                        + "/data",
                "test_timeseries_b: data 100 stored, timestamps soft link -> /acquisition/test_timeseries_a"
                        + "/timestamps",
                "/processing/shared/test_timeseries_a: soft link -> /acquisition/test_timeseries_a, read back as the "
                        + "same series as in acquisition, values as written",
                "exported_linkdataset_example.nwb: links to no other file",
                "exported_linkcontainer_example.nwb: links to no other file",
                "family_nwb_file_%d.nwb: 3 members of 262144 bytes",
                "all files read back with the values written");
        assertThat(report).doesNotContain("DIFFER", "FAILED", "STILL LINKS", "NOT A SOFT LINK");
    }

    @Test
    void sampleStillPrintsTheBundledTree() {
        assertThat(demo("demo", "--sample")).contains("nwbj demo --sample", "acquisition/");
    }
}
