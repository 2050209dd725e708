package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nwbj.testing.SharedFolder;

/** ls, info and timeseries on NWB files pynwb wrote: types, shapes, links with their targets. */
class NwbListingTest {
    private static Path nwb(String name) {
        return SharedFolder.require("conformance/nwb/" + name);
    }

    private static String run(String... args) {
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

    @Test
    void lsShowsTypesShapesAndLinks() {
        String out = run("ls", "-r", nwb("external_linkdataset_example.nwb").toString());
        assertThat(out).containsPattern("(?m)^/acquisition/test_timeseries4 +TimeSeries  data int64 100x10$");
        assertThat(out).contains("/acquisition/test_timeseries4/data External Link "
                + "{external1_example.nwb//acquisition/test_timeseries1/data}");
        String rich = run("ls", "-r", nwb("rich.nwb").toString());
        assertThat(rich).contains("/acquisition/TwoPhotonSeries/imaging_plane Soft Link "
                + "{/general/optophysiology/ImagingPlane}  -> ImagingPlane");
        assertThat(rich).containsPattern("(?m)^/general/extracellular_ephys/electrodes/id +ElementIdentifiers  int64 4$");
        String plain = run("ls", "-r", "--plain", nwb("rich.nwb").toString());
        assertThat(plain).doesNotContain("ElectricalSeries  data").contains("Dataset {50, 4}");
    }

    @Test
    void infoCountsTypesAndListsLinks() {
        String out = run("info", nwb("external_linkcontainer_example.nwb").toString());
        assertThat(out).contains("nwb_version:        2.6.0");
        assertThat(out).containsPattern("(?m)^  NWBFile +1$");
        assertThat(out).contains("  /acquisition/test_timeseries1  External Link "
                + "{external1_example.nwb//acquisition/test_timeseries1}");
    }

    @Test
    void timeseriesReportsLinkedSeries() {
        String out = run("timeseries", nwb("external_linkcontainer_example.nwb").toString());
        assertThat(out).contains("\"path\": \"/acquisition/test_timeseries1\"")
                .contains("\"link\": {\"kind\": \"external\", \"file\": \"external1_example.nwb\", "
                        + "\"target\": \"/acquisition/test_timeseries1\"}")
                .contains("\"shape\": [100, 10], \"dtype\": \"int64\"");
    }
}
