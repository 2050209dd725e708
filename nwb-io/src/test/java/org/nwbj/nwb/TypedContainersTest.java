package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.Selection;

/** Typed containers written by nwb-io and read back with nwbj's reader (generic containers and typed reads). */
class TypedContainersTest {
    @TempDir
    Path dir;

    @Test
    void everyTypedContainerIsWrittenWhereNwbPutsIt() {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        try (NwbContainer root = NwbIO.open(p)) {
            assertThat(type(root, "general/devices/probe")).isEqualTo("Device");
            assertThat(root.get("general/devices/probe").attribute("manufacturer")).isEqualTo("acme");
            assertThat(type(root, "general/extracellular_ephys/shank0")).isEqualTo("ElectrodeGroup");
            NwbContainer shank = (NwbContainer) root.get("general/extracellular_ephys/shank0");
            assertThat(shank.links()).containsExactly(new NwbLink("device",
                    "/general/extracellular_ephys/shank0/device", null, "/general/devices/probe"));
            assertThat(type(root, "general/subject")).isEqualTo("Subject");
            assertThat(((NwbDataset) root.get("general/subject/age")).readValues()).containsExactly("P90D");
            assertThat(type(root, "processing/behavior")).isEqualTo("ProcessingModule");
            assertThat(type(root, "processing/behavior/position")).isEqualTo("SpatialSeries");
            assertThat(type(root, "intervals/trials")).isEqualTo("TimeIntervals");
            assertThat(type(root, "intervals/epochs/tags_index")).isEqualTo("VectorIndex");
            assertThat(type(root, "stimulus/presentation/movie")).isEqualTo("ImageSeries");
            assertThat(type(root, "analysis/derived")).isEqualTo("TimeSeries");
            assertThat(type(root, "scratch/notes")).isEqualTo("DynamicTable");
            for (String typed : new String[] {"general/devices/probe", "processing/behavior/sorted/spike_times",
                    "intervals/trials/id"}) {
                assertThat(root.get(typed).objectId()).as(typed).matches("[0-9a-f-]{36}");
            }
        }
    }

    @Test
    void tableColumnsIndexesAndRegionsPointWhereTheyShould() {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        try (Hdf5File h = Hdf5File.open(p); NwbContainer root = NwbIO.open(p)) {
            NwbContainer sorted = (NwbContainer) root.get("processing/behavior/sorted");
            assertThat(sorted.attribute("colnames")).isEqualTo(new Object[] {"quality", "spike_times", "electrode"});
            assertThat(sorted.dataset("id").readLongs()).containsExactly(0, 1, 2);
            assertThat(sorted.dataset("spike_times_index").readLongs()).containsExactly(4, 6, 9);
            assertThat(sorted.dataset("spike_times").readDoubles(Selection.rows(new long[] {9}, 4, 2)))
                    .containsExactly(1.1, 1.2);
            assertThat(target(h, sorted.dataset("spike_times_index"), "target"))
                    .isEqualTo("/processing/behavior/sorted/spike_times");
            assertThat(target(h, sorted.dataset("electrode"), "table"))
                    .isEqualTo("/general/extracellular_ephys/electrodes");
            NwbContainer es = (NwbContainer) root.get("acquisition/ElectricalSeries");
            assertThat(es.isA("TimeSeries")).isTrue();
            assertThat(target(h, es.dataset("electrodes"), "table")).isEqualTo("/general/extracellular_ephys/electrodes");
            Dataset groups = (Dataset) h.get("/general/extracellular_ephys/electrodes/group");
            for (Object ref : groups.readValues()) {
                assertThat(h.nodeAt(((ObjectReference) ref).address(), "?").address())
                        .isEqualTo(h.get("/general/extracellular_ephys/shank0").address());
            }
        }
    }

    @Test
    void readFilesExposeEveryContainerAndSubtypesAsTimeSeries() {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        try (NWBFile f = NwbIO.read(p)) {
            TimeSeries es = f.acquisition("ElectricalSeries");
            assertThat(es.neurodataType()).isEqualTo("ElectricalSeries");
            assertThat(es.unit()).isEqualTo("volts");
            assertThat(es.data().readDoubles()).hasSize(200);
            NwbContainer all = f.contents();
            assertThat(all.get("general/subject/subject_id")).isInstanceOf(NwbDataset.class);
            assertThat(all.group("intervals").groups().keySet()).containsExactly("epochs", "trials");
        }
    }

    @Test
    void typedContainersReadBackAsTheirClasses() {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        NWBFile written = TypedFixtures.rich();
        try (NWBFile f = NwbIO.read(p)) {
            assertThat(f.devices().get("probe").manufacturer()).isEqualTo("acme");
            ElectrodeGroup shank = f.electrodeGroups().get("shank0");
            assertThat(shank.device()).isSameAs(f.devices().get("probe"));
            assertThat(shank.location()).isEqualTo("CA1");
            DynamicTable electrodes = f.electrodes();
            assertThat(electrodes.columnNames()).containsExactly("location", "group", "group_name");
            assertThat(f.subject().subjectId()).isEqualTo("mouse-1");
            assertThat(f.subject().age()).isEqualTo("P90D");
            assertThat(f.subject().dateOfBirth()).isEqualTo(written.subject().dateOfBirth());

            ElectricalSeries es = (ElectricalSeries) f.acquisition("ElectricalSeries");
            assertThat(es.electrodes()).isSameAs(electrodes);
            assertThat(es.electrodeRows()).containsExactly(0, 1, 2, 3);
            assertThat(es.filtering()).isEqualTo("none");
            assertThat(es.conversion()).isEqualTo(1e-6);
            assertThat(es.rate()).isEqualTo(1000.0);

            ProcessingModule behavior = f.processing().get("behavior");
            SpatialSeries position = (SpatialSeries) behavior.dataInterfaces().get("position");
            assertThat(position.referenceFrame()).isEqualTo("corner");
            assertThat(position.timestamps().readDoubles()).hasSize(20);
            DynamicTable sorted = (DynamicTable) behavior.dataInterfaces().get("sorted");
            assertThat(sorted.columnNames()).containsExactly("quality", "spike_times", "electrode");
            assertThat(sorted.objectId()).as("the id in the file is kept")
                    .isEqualTo(f.contents().get("processing/behavior/sorted").objectId());

            DataInterfaceGroup events = (DataInterfaceGroup) behavior.dataInterfaces().get("BehavioralEvents");
            assertThat(events.neurodataType()).isEqualTo("BehavioralEvents");
            assertThat(events.series().get("licks").timestamps().readDoubles()).containsExactly(0.3, 1.7, 2.2);

            TimeIntervals trials = f.intervals().get("trials");
            assertThat(trials.rows()).isEqualTo(3);
            assertThat(trials.columnNames()).containsExactly("start_time", "stop_time", "correct");
            assertThat(f.intervals().get("epochs").columnNames()).contains("tags");
            ImageSeries movie = (ImageSeries) f.stimulus().get("movie");
            assertThat(movie.format()).isEqualTo("raw");
            assertThat(f.analysis().keySet()).containsExactly("derived");
            TimeSeries derived = (TimeSeries) f.analysis().get("derived");
            assertThat(derived.control()).containsExactly(0, 1, 0);
            assertThat((long[]) derived.sync().get("hardware_clock")).containsExactly(100, 200, 300);
            assertThat((String[]) derived.sync().get("source")).containsExactly("daq-1");
            assertThat(derived.controlDescription()).containsExactly("off", "on");
            assertThat(f.scratch().keySet()).containsExactly("notes");
        }
    }

    @Test
    void aReadFileWrittenAgainKeepsItsTypedContainers() {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        Path again = dir.resolve("again.nwb");
        try (NWBFile f = NwbIO.read(p)) {
            NWBFile copy = new NWBFile("again", "written from a read file", f.sessionStartTime());
            copy.addDevice(new Device("probe2").setDescription(f.devices().get("probe").description()));
            copy.setSubject(f.subject());
            NwbIO.write(copy, again);
        }
        try (NWBFile g = NwbIO.read(again)) {
            assertThat(g.devices().get("probe2").description()).isEqualTo("a silicon probe");
            assertThat(g.subject().species()).isEqualTo("Mus musculus");
        }
    }

    @Test
    void copyTypedIntoCarriesEveryContainerBeyondAcquisition() {
        NWBFile source = TypedFixtures.rich();
        NWBFile c = new NWBFile("c", "copy", source.sessionStartTime());
        source.copyTypedInto(c);
        assertThat(c.devices()).isEqualTo(source.devices());
        assertThat(c.electrodeGroups()).isEqualTo(source.electrodeGroups());
        assertThat(c.electrodes()).isSameAs(source.electrodes());
        assertThat(c.subject()).isSameAs(source.subject());
        assertThat(c.processing()).isEqualTo(source.processing());
        assertThat(c.analysis()).isEqualTo(source.analysis());
        assertThat(c.stimulus()).isEqualTo(source.stimulus());
        assertThat(c.stimulusTemplates()).isEqualTo(source.stimulusTemplates());
        assertThat(c.intervals()).isEqualTo(source.intervals());
        assertThat(c.scratch()).isEqualTo(source.scratch());
        assertThat(c.acquisition()).isEmpty();
    }

    @Test
    void containersOutsideTheFileAreRefusedBeforeWriting() {
        NWBFile f = new NWBFile("x", "y", OffsetDateTime.now());
        Device elsewhere = new Device("probe");
        f.addElectrodeGroup(new ElectrodeGroup("g", "d", "l", elsewhere));
        Path p = dir.resolve("bad.nwb");
        assertThatThrownBy(() -> NwbIO.write(f, p)).isInstanceOf(NwbException.class).hasMessageContaining("addDevice");
        assertThat(Files.exists(p)).isFalse();

        DynamicTable t = new DynamicTable("t", "d", 2);
        assertThatThrownBy(() -> t.addColumn("c", "d", ArrayData.of(new long[] {1, 2, 3})))
                .hasMessageContaining("3 rows");
        assertThatThrownBy(() -> t.addRaggedColumn("r", "d", ArrayData.of(new long[] {1, 2, 3}), new long[] {2, 1}))
                .hasMessageContaining("rise");
        assertThatThrownBy(() -> t.addRegionColumn("g", "d", new long[] {0, 5}, t)).hasMessageContaining("row 5");
        assertThatThrownBy(() -> new DataInterfaceGroup("Position", "p").add(new TimeSeries("t",
                ArrayData.of(new double[] {1}), "m").setTimestamps(new double[] {0})))
                .hasMessageContaining("holds [SpatialSeries], not TimeSeries");
        assertThatThrownBy(() -> new DataInterfaceGroup("Device", "d")).hasMessageContaining("not a data interface");
        assertThatThrownBy(() -> new TimeSeries("t", ArrayData.of(new double[] {1}), "m")
                .setControl(new byte[] {2}, new String[] {"a", "b"})).hasMessageContaining("control value 2");
        assertThatThrownBy(() -> DynamicTable.electrodes(new String[] {"a"}, Collections.emptyList()))
                .hasMessageContaining("1 locations");
    }

    private static String type(NwbContainer root, String path) {
        NwbObject o = root.get(path);
        assertThat(o).as(path).isNotNull();
        return o.neurodataType();
    }

    private static String target(Hdf5File h, NwbDataset d, String attribute) {
        Object ref = d.attribute(attribute);
        assertThat(ref).as(attribute).isInstanceOf(ObjectReference.class);
        return h.nodeAt(((ObjectReference) ref).address(), "?") == null ? null
                : pathOf(h, ((ObjectReference) ref).address());
    }

    private static String pathOf(Hdf5File h, long address) {
        for (String candidate : new String[] {"/processing/behavior/sorted/spike_times",
                "/general/extracellular_ephys/electrodes", "/general/extracellular_ephys/shank0"}) {
            if (h.get(candidate).address() == address) {
                return candidate;
            }
        }
        return "@" + address;
    }
}
