package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;

/**
 * The tutorial's "a container placed at two places": the series is written once, at its first place, and linked
 * from the second with a soft link, as pynwb writes it; reading gives one series object at both places.
 */
class SeriesAtTwoPlacesTest {
    @TempDir
    Path dir;

    private static TimeSeries series(String name) {
        return new TimeSeries(name, ArrayData.of(ModularStorageTest.data(), 100, 10), "SIunit")
                .setTimestamps(ModularStorageTest.stamps(0));
    }

    @Test
    void aSeriesInAcquisitionAndAProcessingModuleIsASoftLinkAtItsSecondPlace() {
        TimeSeries ts = series("ts");
        NWBFile f = ModularStorageTest.newFile();
        f.addAcquisition(ts);
        f.addProcessingModule(new ProcessingModule("shared", "the same series again").add(ts));
        Path p = dir.resolve("two_places.nwb");
        NwbIO.write(f, p);

        try (Hdf5File h = Hdf5File.open(p)) {
            Link l = ((Group) h.get("/processing/shared")).link("ts");
            assertThat(l).isInstanceOf(Link.Soft.class);
            assertThat(((Link.Soft) l).target()).isEqualTo("/acquisition/ts");
            assertThat(((Group) h.get("/acquisition")).link("ts")).isInstanceOf(Link.Hard.class);
            assertThat(((Dataset) h.get("/processing/shared/ts/data")).readLongs())
                    .containsExactly(ModularStorageTest.data());
        }
        try (NWBFile back = NwbIO.read(p)) {
            Object there = back.processing().get("shared").dataInterfaces().get("ts");
            assertThat(there).isSameAs(back.acquisition("ts"));
            assertThat(back.acquisition("ts").data().readLongs()).containsExactly(ModularStorageTest.data());

            // writing what was read keeps one series at two places
            Path again = dir.resolve("again.nwb");
            NwbIO.write(back, again);
            try (Hdf5File h = Hdf5File.open(again)) {
                assertThat(((Group) h.get("/processing/shared")).link("ts")).isInstanceOf(Link.Soft.class);
            }
        }
    }

    @Test
    void aSeriesInTwoProcessingModulesIsWrittenAtTheFirst() {
        TimeSeries ts = series("ts");
        NWBFile f = ModularStorageTest.newFile();
        f.addProcessingModule(new ProcessingModule("first", "holds it").add(ts));
        f.addProcessingModule(new ProcessingModule("second", "links to it").add(ts));
        Path p = dir.resolve("modules.nwb");
        NwbIO.write(f, p);
        try (Hdf5File h = Hdf5File.open(p)) {
            assertThat(((Group) h.get("/processing/first")).link("ts")).isInstanceOf(Link.Hard.class);
            Link l = ((Group) h.get("/processing/second")).link("ts");
            assertThat(l).isInstanceOf(Link.Soft.class);
            assertThat(((Link.Soft) l).target()).isEqualTo("/processing/first/ts");
        }
    }

    @Test
    void aShallowCopyKeepsTheProcessingModules() {
        TimeSeries ts = series("ts");
        NWBFile f = ModularStorageTest.newFile();
        f.addAcquisition(ts);
        f.addProcessingModule(new ProcessingModule("shared", "the same series again").add(ts));
        Path p = dir.resolve("source.nwb");
        NwbIO.write(f, p);
        Path copy = dir.resolve("copy.nwb");
        try (NWBFile one = NwbIO.read(p)) {
            NwbIO.write(one.copy(), copy);
        }
        try (Hdf5File h = Hdf5File.open(copy)) {
            assertThat(((Group) h.get("/acquisition")).link("ts")).isInstanceOf(Link.External.class);
            assertThat(((Group) h.get("/processing")).link("shared")).isNotNull();
            assertThat(((Group) h.get("/processing/shared")).link("ts")).isInstanceOf(Link.Soft.class);
        }
        try (NWBFile back = NwbIO.read(copy)) {
            assertThat(back.processing().get("shared").dataInterfaces().get("ts"))
                    .isSameAs(back.acquisition("ts"));
        }
    }
}
