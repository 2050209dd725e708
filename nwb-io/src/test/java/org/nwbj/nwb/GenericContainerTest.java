package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.Selection;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.testing.SharedFolder;

/** Files pynwb wrote (the conformance kit's nwb folder) opened as generic containers. */
class GenericContainerTest {
    private static Path nwb(String name) {
        return SharedFolder.require("conformance/nwb").resolve(name);
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(SharedFolder.require("conformance/nwb"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nwb")).sorted()
                    .collect(Collectors.toList());
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyTypedGroupHasItsTypeInTheCachedSpecs(String name) {
        try (NwbContainer root = NwbIO.open(nwb(name))) {
            assertThat(root.neurodataType()).isEqualTo("NWBFile");
            assertThat(root.objectId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
            List<NwbContainer> typed = new ArrayList<>();
            collect(root, typed);
            for (NwbContainer c : typed) {
                assertThat(c.spec()).as(c.path()).isInstanceOf(GroupSpec.class);
                assertThat(c.objectId()).as(c.path()).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileAlsoReadsAsTypedContainers(String name) {
        try (NWBFile f = NwbIO.read(nwb(name)); NwbContainer root = NwbIO.open(nwb(name))) {
            NwbObject acq = root.get("acquisition");
            int members = acq instanceof NwbContainer c ? c.groups().size() : 0;
            assertThat(f.acquisition()).hasSize(members);
        }
    }

    @Test
    void theRichPynwbFileReadsTyped() {
        try (NWBFile f = NwbIO.read(nwb("rich.nwb"))) {
            assertThat(f.devices().keySet()).containsExactly("Microscope", "probe");
            assertThat(f.subject().species()).isNotNull();
            assertThat(f.electrodes().columnNames()).contains("location", "group", "group_name");
            assertThat(f.acquisition("ElectricalSeries")).isInstanceOf(ElectricalSeries.class);
            assertThat(f.acquisition("movie")).isInstanceOf(ImageSeries.class);
            assertThat(((ElectricalSeries) f.acquisition("ElectricalSeries")).electrodes()).isSameAs(f.electrodes());
            assertThat(f.intervals().keySet()).containsExactly("epochs", "trials");
            assertThat(f.processing().keySet()).containsExactly("behavior", "ophys");
            DataInterfaceGroup position = (DataInterfaceGroup) f.processing().get("behavior").dataInterfaces()
                    .get("Position");
            assertThat(position.series().get("position")).isInstanceOf(SpatialSeries.class);
            assertThat(f.processing().get("ophys").dataInterfaces()).containsKey("Fluorescence");
        }
    }

    private static void collect(NwbContainer g, List<NwbContainer> out) {
        for (NwbContainer c : g.groups().values()) {
            if (c.neurodataType() != null) {
                out.add(c);
            }
            if (c.link() == null && !c.path().equals("/specifications")) {
                collect(c, out);
            }
        }
    }

    @Test
    void richFileShowsTypesSubtypesAndSoftLinks() {
        try (NwbContainer root = NwbIO.open(nwb("rich.nwb"))) {
            NwbContainer es = (NwbContainer) root.get("acquisition/ElectricalSeries");
            assertThat(es.neurodataType()).isEqualTo("ElectricalSeries");
            assertThat(es.namespace()).isEqualTo("core");
            assertThat(es.isA("TimeSeries")).isTrue();
            assertThat(es.isA("ImageSeries")).isFalse();
            assertThat(es.path()).isEqualTo("/acquisition/ElectricalSeries");

            NwbDataset data = es.dataset("data");
            assertThat(data.dims()).containsExactly(50, 4);
            assertThat(data.attribute("unit")).isEqualTo("volts");
            assertThat(data.attribute("conversion")).isEqualTo(1e-6);
            double[] all = data.readDoubles();
            double[] rows = data.readDoubles(Selection.rows(data.dims(), 10, 5));
            assertThat(rows).containsExactly(java.util.Arrays.copyOfRange(all, 40, 60));

            NwbDataset electrodes = es.dataset("electrodes");
            assertThat(electrodes.neurodataType()).isEqualTo("DynamicTableRegion");
            assertThat(electrodes.namespace()).isEqualTo("hdmf-common");

            NwbContainer tps = (NwbContainer) root.get("acquisition/TwoPhotonSeries");
            NwbLink plane = tps.links().get(0);
            assertThat(plane.name()).isEqualTo("imaging_plane");
            assertThat(plane.isExternal()).isFalse();
            assertThat(plane.target()).isEqualTo("/general/optophysiology/ImagingPlane");
            NwbContainer viaLink = tps.group("imaging_plane");
            assertThat(viaLink.link()).isEqualTo(plane);
            assertThat(viaLink.neurodataType()).isEqualTo("ImagingPlane");

            NwbContainer trials = (NwbContainer) root.get("intervals/trials");
            assertThat(trials.neurodataType()).isEqualTo("TimeIntervals");
            assertThat(trials.isA("DynamicTable")).isTrue();
            assertThat(trials.attribute("colnames")).isInstanceOf(Object[].class);
            assertThat(root.get("no/such/thing")).isNull();
        }
    }

    @Test
    void externallyLinkedContainersAreMembersAndLinks() {
        try (NwbContainer root = NwbIO.open(nwb("external_linkcontainer_example.nwb"))) {
            NwbContainer acq = root.group("acquisition");
            assertThat(acq.links()).extracting(NwbLink::name).containsExactly("test_timeseries1", "test_timeseries2");
            assertThat(acq.links().get(0).file()).isEqualTo("external1_example.nwb");
            NwbContainer ts = acq.group("test_timeseries1");
            assertThat(ts.link().isExternal()).isTrue();
            assertThat(ts.neurodataType()).isEqualTo("TimeSeries");
            assertThat(ts.dataset("data").dims()).containsExactly(100, 10);
            assertThat(ts.dataset("data").link()).as("a hard member of a linked group").isNull();
        }
    }
}
