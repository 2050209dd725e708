package org.nwbj.nwb;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** One file holding every typed container nwb-io writes, for the Java and the pynwb tests. */
final class TypedFixtures {
    static final OffsetDateTime START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.UTC);

    private TypedFixtures() {
    }

    static float[] voltages() {
        float[] v = new float[50 * 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 0.5f;
        }
        return v;
    }

    static NWBFile rich() {
        NWBFile f = new NWBFile("typed-1", "every typed container", START);
        Device probe = new Device("probe").setDescription("a silicon probe").setManufacturer("acme");
        f.addDevice(probe);
        ElectrodeGroup shank = new ElectrodeGroup("shank0", "the first shank", "CA1", probe);
        f.addElectrodeGroup(shank);
        DynamicTable electrodes = DynamicTable.electrodes(new String[] {"CA1", "CA1", "CA3", "CA3"},
                Arrays.asList(shank, shank, shank, shank));
        f.setElectrodes(electrodes);
        f.addAcquisition(new ElectricalSeries("ElectricalSeries", ArrayData.of(voltages(), 50, 4), electrodes,
                new long[] {0, 1, 2, 3}).setFiltering("none").setConversion(1e-6).setRate(0.0, 1000.0));
        f.setSubject(new Subject().setSubjectId("mouse-1").setSpecies("Mus musculus").setSex("F").setAge("P90D")
                .setDescription("a mouse").setWeight("0.02 kg").setDateOfBirth(START.minusDays(90)));

        ProcessingModule behavior = new ProcessingModule("behavior", "processed behavior");
        double[] xy = new double[40];
        double[] times = new double[20];
        for (int i = 0; i < 20; i++) {
            xy[2 * i] = i;
            xy[2 * i + 1] = -i;
            times[i] = i * 0.1;
        }
        behavior.add(new SpatialSeries("position", ArrayData.of(xy, 20, 2), "meters").setReferenceFrame("corner")
                .setTimestamps(times));
        behavior.add(new DataInterfaceGroup("BehavioralEvents", "BehavioralEvents").add(new TimeSeries("licks",
                ArrayData.of(new int[] {1, 1, 1}), "n/a").setTimestamps(new double[] {0.3, 1.7, 2.2})));
        DynamicTable units = new DynamicTable("sorted", "spike sorting output", 3)
                .addColumn("quality", "isolation quality", ArrayData.of(new double[] {0.9, 0.7, 0.8}))
                .addRaggedColumn("spike_times", "spike times per unit",
                        ArrayData.of(new double[] {0.1, 0.2, 0.3, 0.4, 1.1, 1.2, 2.1, 2.2, 2.3}),
                        new long[] {4, 6, 9})
                .addRegionColumn("electrode", "main electrode", new long[] {0, 2, 3}, electrodes);
        behavior.add(units);
        f.addProcessingModule(behavior);

        f.addIntervals(new TimeIntervals("trials", "experimental trials", new double[] {0, 1, 2},
                new double[] {0.5, 1.5, 2.5}).addColumn("correct", "answered right", ArrayData.of(
                        new long[] {1, 0, 1})));
        f.addIntervals(new TimeIntervals("epochs", "experimental epochs", new double[] {0, 10},
                new double[] {10, 20}).addRaggedColumn("tags", "labels", new String[] {"a", "b", "c"},
                        new long[] {2, 3}));
        byte[] frames = new byte[5 * 4 * 4];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = (byte) i;
        }
        f.addStimulus(new ImageSeries("movie", ArrayData.of(frames, org.nwbj.hdf5.DatasetOptions.of(
                org.nwbj.hdf5.type.DataTypes.UINT8, 5, 4, 4)), "n.a.").setFormat("raw").setRate(0.0, 30.0));
        f.addAnalysis(new TimeSeries("derived", ArrayData.of(new double[] {1, 2, 3}), "a.u.")
                .setTimestamps(new double[] {0, 1, 2}).setControl(new byte[] {0, 1, 0}, new String[] {"off", "on"})
                .addSync("hardware_clock", new long[] {100, 200, 300}).addSync("source", new String[] {"daq-1"}));
        f.addScratch(new DynamicTable("notes", "scratch notes", 2).addColumn("text", "a note",
                new String[] {"first", "second"}));
        return f;
    }

    static Path writeRich(Path file) {
        NwbIO.write(rich(), file);
        return file;
    }
}
