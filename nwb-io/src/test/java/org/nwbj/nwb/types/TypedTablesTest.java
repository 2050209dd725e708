package org.nwbj.nwb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NwbIO;
import org.nwbj.testing.SharedFolder;

/** Tables read like pynwb's (values checked against what pynwb 2.8.3 prints for rich.nwb) and are built by row. */
class TypedTablesTest {
    @TempDir
    Path dir;

    private static Path rich() {
        return SharedFolder.require("conformance/nwb").resolve("rich.nwb");
    }

    @Test
    void unitsReadLikePynwb() {
        try (NWBFile nwb = TypedIO.read(rich())) {
            Units units = nwb.units();
            assertThat(units.rowCount()).isEqualTo(3);
            // pynwb: [list(nwb.units['spike_times'][i]) for i in range(3)]
            assertThat(units.spikeTimes(0)).containsExactly(2.7555, 7.817);
            assertThat(units.spikeTimes(1)).containsExactly(4.6755, 8.2338, 9.4259);
            assertThat(units.column("spike_times").getDoubles(2)).containsExactly(2.7559, 3.2483, 5.0995, 6.2101);
            assertThat(units.column("quality").get(1)).isEqualTo("mua");
            assertThat(units.columnNames()).contains("spike_times", "quality", "electrodes");
            // a ragged region: unit 0's electrodes are rows [0] of the electrodes table
            TableColumn electrodes = units.column("electrodes");
            assertThat(electrodes.isRagged()).isTrue();
            assertThat((long[]) electrodes.get(0)).containsExactly(0);
            assertThat(electrodes.target().name()).isEqualTo("electrodes");
            assertThat(electrodes.targetRows(0)).hasSize(1);
            Map<String, Object> row = units.row(2);
            assertThat(row.get("quality")).isEqualTo("good");
            assertThat(nwb.experimenter()).containsExactly("Doe, Jane");
            assertThat(nwb.lab()).isEqualTo("Lab");
            assertThat(nwb.institution()).isEqualTo("Institute");
            assertThat(nwb.keywords()).containsExactly("ecephys", "ophys", "behavior");
            assertThatThrownBy(() -> units.column("nope")).hasMessageContaining("no column nope");
        }
    }

    @Test
    void nwbFileHasPynwbsFlattenedFields() {
        // pynwb 2.8.3 on rich.nwb: len(f.electrodes), sorted(f.electrode_groups), sorted(f.imaging_planes), ...
        try (NWBFile nwb = TypedIO.read(rich())) {
            assertThat(nwb.electrodes().rowCount()).isEqualTo(4);
            assertThat(nwb.electrodeGroups()).containsOnlyKeys("shank0");
            assertThat(nwb.imagingPlanes()).containsOnlyKeys("ImagingPlane");
            assertThat(nwb.devices()).containsOnlyKeys("Microscope", "probe");
            assertThat(nwb.timeIntervals()).containsOnlyKeys("epochs", "trials");
            assertThat(nwb.trials().rowCount()).isEqualTo(3);
            assertThat(nwb.epochs().columnNames()).containsExactly("start_time", "stop_time", "tags", "timeseries");
            assertThat(nwb.invalidTimes()).isNull();
            assertThat(nwb.labMetaData()).isEmpty();
            assertThat(nwb.ogenSites()).isEmpty();
            assertThat(nwb.icephysElectrodes()).isEmpty();
            assertThat(nwb.intracellularRecordings()).isNull();
            assertThat(nwb.sessionId()).isEqualTo("rich0");
            assertThat(nwb.experimentDescription()).isEqualTo("conformance test data");
            assertThat(nwb.pharmacology()).isNull();
            assertThat(nwb.sourceScript()).isNull();
            assertThat(nwb.subject().subjectId()).isEqualTo("mouse-0");
            assertThat(nwb.stimulusPresentation()).isEmpty();
            assertThat(nwb.stimulusTemplate()).isEmpty();
        }
    }

    @Test
    void theHandWrittenFileGivesUnitsAndGeneralToo() {
        try (org.nwbj.nwb.NWBFile f = NwbIO.read(rich())) {
            assertThat(f.units().spikeTimes(1)).containsExactly(4.6755, 8.2338, 9.4259);
            assertThat(f.experimenter()).containsExactly("Doe, Jane");
            assertThat(f.lab()).isEqualTo("Lab");
            assertThat(f.typed().acquisition()).isNotEmpty();
        }
    }

    @Test
    void tablesBuiltRowByRowAndColumnByColumnReadBack() {
        NWBFile nwb = newFile("built");
        Units units = new Units("units");
        units.set("description", "sorted units");
        for (int u = 0; u < 4; u++) {
            Map<String, Object> row = new LinkedHashMap<>();
            double[] spikes = new double[u + 1];
            for (int k = 0; k <= u; k++) {
                spikes[k] = u + k / 10.0;
            }
            row.put("spike_times", spikes);
            row.put("quality", u % 2 == 0 ? "good" : "mua");
            units.addRow(row);
        }
        units.addColumn("depth", "depth in um", Arrays.asList(10.0, 20.0, 30.0, 40.0));
        nwb.setUnits(units);
        Path out = dir.resolve("built.nwb");
        TypedIO.write(nwb, out);
        try (NWBFile back = TypedIO.read(out)) {
            Units u = back.units();
            assertThat(u.rowCount()).isEqualTo(4);
            assertThat(u.spikeTimes(3)).containsExactly(3.0, 3.1, 3.2, 3.3);
            assertThat(u.spikeTimesIndex()).isNotNull();
            assertThat(u.column("quality").get(1)).isEqualTo("mua");
            assertThat(u.column("depth").get(2)).isEqualTo(30.0);
            assertThat(u.columnNames()).containsExactly("spike_times", "quality", "depth");
            // appended in memory, written again
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("spike_times", List.of(9.5));
            row.put("quality", "good");
            row.put("depth", 50.0);
            u.addRow(row);
            Path again = dir.resolve("again.nwb");
            TypedIO.write(back, again);
            try (NWBFile third = TypedIO.read(again)) {
                assertThat(third.units().rowCount()).isEqualTo(5);
                assertThat(third.units().spikeTimes(4)).containsExactly(9.5);
                assertThat(third.units().spikeTimes(0)).containsExactly(0.0);
            }
        }
    }

    static NWBFile newFile(String id) {
        NWBFile nwb = new NWBFile();
        nwb.setIdentifier(id).setSessionDescription("a session").setSessionStartTime("2024-01-02T03:04:05+00:00")
                .setTimestampsReferenceTime("2024-01-02T03:04:05+00:00");
        nwb.set("file_create_date", new String[] {"2024-01-02T03:04:05+00:00"});
        return nwb;
    }

    @Test
    void everyCoreTypeHasItsClass() {
        List<String> missing = new ArrayList<>();
        for (String ns : new String[] {"core", "hdmf-common"}) {
            for (String type : TypedIO.coreCatalog().definedTypes(ns)) {
                TypedObject o = CoreTypes.create(type, "x");
                if (o == null || !o.getClass().getSimpleName().equals(type) || !type.equals(o.neurodataType())) {
                    missing.add(type);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(new TimeSeries("ts").setData(ArrayData.of(new double[] {1, 2})).data().dims()).containsExactly(2);
    }
}
