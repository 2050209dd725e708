package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5Writer;

/** Adding series to existing files: what is refused is refused before the file is opened for writing. */
class AddAcquisitionTest {
    @TempDir
    Path dir;

    private static TimeSeries series(String name) {
        return new TimeSeries(name, ArrayData.of(new double[] {1, 2, 3}), "m").setTimestamps(new double[] {0, 1, 2});
    }

    @Test
    void refusalsLeaveTheFileAsItWas() throws Exception {
        Path nwb = TypedFixtures.writeRich(dir.resolve("ours.nwb"));
        byte[] before = Files.readAllBytes(nwb);
        assertThatThrownBy(() -> NwbIO.addAcquisition(nwb, series("ElectricalSeries")))
                .isInstanceOf(NwbException.class).hasMessageContaining("already has ElectricalSeries");
        assertThatThrownBy(() -> NwbIO.addAcquisition(nwb, series("x"), series("x")))
                .isInstanceOf(NwbException.class).hasMessageContaining("already has x");
        assertThat(Files.readAllBytes(nwb)).isEqualTo(before);

        Path plain = dir.resolve("plain.h5");
        try (Hdf5Writer w = Hdf5Writer.create(plain)) {
            w.root().createGroup("acquisition");
        }
        assertThatThrownBy(() -> NwbIO.addAcquisition(plain, series("x")))
                .isInstanceOf(NwbException.class).hasMessageContaining("is not an NWB file");
    }

    @Test
    void addedSeriesAreReadBackBesideTheOldOnes() {
        Path nwb = TypedFixtures.writeRich(dir.resolve("ours.nwb"));
        NwbIO.addAcquisition(nwb, series("added"));
        try (NWBFile f = NwbIO.read(nwb)) {
            assertThat(f.acquisition().keySet()).containsExactly("ElectricalSeries", "added");
            assertThat(f.acquisition("added").data().readDoubles()).containsExactly(1, 2, 3);
            assertThat(f.acquisition("ElectricalSeries").data().readDoubles()).containsExactly(
                    toDoubles(TypedFixtures.voltages()));
        }
    }

    @Test
    void electricalSeriesRefersToTheFilesOwnElectrodesTable() {
        Path nwb = TypedFixtures.writeRich(dir.resolve("ours.nwb"));
        ElectricalSeries es;
        try (NWBFile f = NwbIO.read(nwb)) {
            es = new ElectricalSeries("more", ArrayData.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2), f.electrodes(),
                    new long[] {1, 3});
            es.setRate(0.0, 100.0);
        }
        ElectricalSeries foreign = new ElectricalSeries("foreign", ArrayData.of(new double[] {1, 2}, 1, 2),
                DynamicTable.electrodes(new String[] {"a", "b"}, java.util.Arrays.asList(
                        new ElectrodeGroup("g", "d", "l", new Device("x")), new ElectrodeGroup("g", "d", "l",
                                new Device("x")))), new long[] {0, 1});
        foreign.setRate(0.0, 1.0);
        assertThatThrownBy(() -> NwbIO.addAcquisition(nwb, foreign)).isInstanceOf(NwbException.class)
                .hasMessageContaining("must refer to the electrodes table");

        NwbIO.addAcquisition(nwb, es);
        try (NWBFile f = NwbIO.read(nwb)) {
            ElectricalSeries back = (ElectricalSeries) f.acquisition("more");
            assertThat(back.electrodes()).isSameAs(f.electrodes());
            assertThat(back.electrodeRows()).containsExactly(1, 3);
            assertThat(back.data().readDoubles()).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
