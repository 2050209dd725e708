package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.links.LinkInspector;
import org.nwbj.hdf5.links.LinkStatus;
import org.nwbj.hdf5.links.LinkStatus.Verdict;

/** NWB's expectations of link targets, and the identities repair uses. */
class NwbLinkRulesTest {
    @TempDir
    Path dir;

    private static NWBFile file(String id) {
        return new NWBFile(id, "links", OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void linksMustReachTheKindAndTypeTheSpecPlacesThere() throws Exception {
        Path source = dir.resolve("source.nwb");
        NWBFile s = file("id-source");
        s.addAcquisition(new TimeSeries("ts", ArrayData.of(new double[] {1, 2, 3}), "V").setRate(0, 1));
        NwbIO.write(s, source);
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("plain.h5"))) {
            w.root().createDataset("values", new double[] {1, 2});
            w.root().createGroup("untyped");
        }
        Path linking = dir.resolve("linking.nwb");
        NWBFile l = file("id-linking");
        l.addAcquisition(new TimeSeries("own", ArrayData.of(new double[] {4, 5}), "V").setRate(0, 1));
        NwbIO.write(l, linking);
        try (Hdf5Writer w = Hdf5Writer.open(linking)) {
            w.root().group("acquisition").createExternalLink("good", "source.nwb", "/acquisition/ts");
            w.root().group("acquisition").createExternalLink("dataset_in_acquisition", "plain.h5", "/values");
            w.root().group("acquisition").createExternalLink("untyped_group", "plain.h5", "/untyped");
            w.root().group("acquisition/own").deleteLink("data");
            w.root().group("acquisition/own").createExternalLink("data", "plain.h5", "/untyped");
        }
        NwbLinkRules rules = new NwbLinkRules();
        LinkInspector inspector = new LinkInspector(OpenOptions.defaults(), rules);
        Map<String, LinkStatus> byPath = inspector.inspect(List.of(linking), false).links().stream()
                .collect(Collectors.toMap(st -> st.link().linkPath(), st -> st));
        assertThat(byPath.get("/acquisition/good").verdict()).isEqualTo(Verdict.OK);
        assertThat(byPath.get("/acquisition/dataset_in_acquisition").verdict()).isEqualTo(Verdict.WRONG_TYPE);
        assertThat(byPath.get("/acquisition/dataset_in_acquisition").detail()).contains("should reach group",
                "NWBDataInterface", "found dataset");
        assertThat(byPath.get("/acquisition/untyped_group").detail()).contains("found group without neurodata_type");
        assertThat(byPath.get("/acquisition/own/data").verdict()).isEqualTo(Verdict.WRONG_TYPE);
        assertThat(byPath.get("/acquisition/own/data").detail()).contains("should reach dataset", "found group");
        // the same links judged as plain HDF5: all resolve
        assertThat(new LinkInspector().inspect(List.of(linking), false).broken()).isEmpty();

        try (Hdf5File f = Hdf5File.open(source)) {
            assertThat(rules.fileIdentity(f)).isEqualTo("id-source");
            assertThat(rules.objectIdentity(f.get("/acquisition/ts"))).isNotBlank();
        }
        try (Hdf5File f = Hdf5File.open(dir.resolve("plain.h5"))) {
            assertThat(rules.fileIdentity(f)).isNull();
        }
    }
}
