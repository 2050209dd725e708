package org.nwbj.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.storage.FamilyStorage;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.ExportOptions;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbFileWriter;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.NwbWriteOptions;
import org.nwbj.nwb.ProcessingModule;
import org.nwbj.nwb.TimeSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj demo [DIR]}: pynwb's tutorial "Modular data storage using external files", step by step with nwbj:
 * two files, links to datasets and to whole series, soft links, a shallow copy, a self-contained export, a family
 * grown in place and an iterative write. Every file is read back with nwbj and checked against what was written.
 */
@Command(name = "demo", description = "Run pynwb's modular-storage tutorial in Java: write the files into DIR "
        + "(default: a new temporary directory), read each back and report.")
final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "where to write the files (created if missing)")
    Path dir;

    @Option(names = "--sample", description = "instead, print the tree of the bundled NWB sample (written by pynwb)")
    boolean sample;

    /** Member size of the family file: small, so that the demo's 400 KB of data spans several members. */
    static final long FAMILY_MEMBER_SIZE = 256 * 1024;

    static final OffsetDateTime START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.ofHours(2));
    private static final String DESCRIPTION = "demonstrate external files";

    private final PrintStream out = System.out;
    private int failures;

    @Override
    public Integer call() throws Exception {
        if (sample) {
            return printSample();
        }
        Path d = dir != null ? dir : Files.createTempDirectory("nwbj-demo");
        Files.createDirectories(d);
        out.println("nwbj demo: pynwb's \"modular data storage using external files\" tutorial in pure Java, "
                + "files in " + d.toAbsolutePath());
        run(d);
        out.println(failures == 0 ? "all files read back with the values written"
                : failures + " check(s) FAILED");
        return failures == 0 ? 0 : 1;
    }

    private void run(Path d) throws IOException {
        long[] data = new long[1000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        double[] timestamps = new double[100];
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = i;
        }

        // 1. two files, each with one TimeSeries
        step("1. two files, each with one TimeSeries (int64 100x10, float64 timestamps)");
        Path f1 = d.resolve("external1_example.nwb");
        Path f2 = d.resolve("external2_example.nwb");
        for (Object[] w : new Object[][] {{f1, "test_timeseries1"}, {f2, "test_timeseries2"}}) {
            NWBFile f = newFile();
            f.addAcquisition(new TimeSeries((String) w[1], ArrayData.of(data, 100, 10), "SIunit")
                    .setTimestamps(timestamps));
            NwbIO.write(f, (Path) w[0]);
        }
        report(f1, "test_timeseries1", data, timestamps);
        report(f2, "test_timeseries2", data, timestamps);

        // 2. link datasets: implicitly, explicitly per dataset, and by the file-wide default
        step("2. link to a dataset of another file (its own timestamps): implicit, explicit, file-wide default");
        Path f4 = d.resolve("external_linkdataset_example.nwb");
        Path fCopy = d.resolve("external_copydataset_example.nwb");
        double[] shifted = new double[100];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = i + 0.5;
        }
        try (NWBFile one = NwbIO.read(f1)) {
            ArrayData source = one.acquisition("test_timeseries1").data();
            NWBFile four = newFile();
            four.addAcquisition(new TimeSeries("test_timeseries4", source, "SIunit").setTimestamps(shifted));
            four.addAcquisition(new TimeSeries("test_timeseries5", ArrayData.link(source), "SIunit")
                    .setTimestamps(shifted));
            NwbIO.write(four, f4, NwbWriteOptions.defaults().linkData(true));

            NWBFile copied = newFile();
            copied.addAcquisition(new TimeSeries("test_timeseries6", source, "SIunit").setTimestamps(shifted));
            copied.addAcquisition(new TimeSeries("test_timeseries7", ArrayData.link(source), "SIunit")
                    .setTimestamps(shifted));
            NwbIO.write(copied, fCopy, NwbWriteOptions.defaults().linkData(false));
        }
        out.println("  test_timeseries4: implicit link; test_timeseries5: ArrayData.link; file written with "
                + "linkData(true)");
        report(f4, "test_timeseries4", data, shifted);
        report(f4, "test_timeseries5", data, shifted);
        out.println("  test_timeseries6: copied by the file-wide linkData(false); test_timeseries7: ArrayData.link "
                + "overrides it");
        report(fCopy, "test_timeseries6", data, shifted);
        report(fCopy, "test_timeseries7", data, shifted);

        // 3. link whole containers
        step("3. link whole TimeSeries of the two files");
        Path f3 = d.resolve("external_linkcontainer_example.nwb");
        try (NWBFile one = NwbIO.read(f1); NWBFile two = NwbIO.read(f2)) {
            NWBFile three = newFile();
            three.addAcquisition(one.acquisition("test_timeseries1"));
            three.addAcquisition(two.acquisition("test_timeseries2"));
            NwbIO.write(three, f3);
        }
        report(f3, "test_timeseries1", data, timestamps);
        report(f3, "test_timeseries2", data, timestamps);

        // 4. soft links within one file
        step("4. soft links: a series sharing another's timestamps, one sharing another's data, one series at two "
                + "places (acquisition and a processing module)");
        Path fSoft = d.resolve("soft_links_example.nwb");
        NWBFile soft = newFile();
        TimeSeries a = new TimeSeries("test_timeseries_a", ArrayData.of(data, 100, 10), "SIunit")
                .setTimestamps(timestamps);
        long[] other = new long[100];
        for (int i = 0; i < other.length; i++) {
            other[i] = 3L * i;
        }
        soft.addAcquisition(a);
        soft.addAcquisition(new TimeSeries("test_timeseries_b", ArrayData.of(other), "SIunit")
                .setTimestamps(ArrayData.timestampsOf(a)));
        soft.addAcquisition(new TimeSeries("test_timeseries_c", ArrayData.dataOf(a), "SIunit")
                .setTimestamps(shifted));
        // the same container placed a second time: written once, linked from its second place
        soft.addProcessingModule(new ProcessingModule(MODULE, "a series placed at two places").add(a));
        NwbIO.write(soft, fSoft);
        report(fSoft, "test_timeseries_a", data, timestamps);
        report(fSoft, "test_timeseries_b", other, timestamps);
        report(fSoft, "test_timeseries_c", data, shifted);
        reportTwoPlaces(fSoft, "test_timeseries_a", data);

        // 5. shallow copy
        step("5. shallow copy of external1_example.nwb (NWBFile.copy): links to every container");
        Path fShallow = d.resolve("shallow_copy_example.nwb");
        try (NWBFile one = NwbIO.read(f1)) {
            NwbIO.write(one.copy(), fShallow);
        }
        report(fShallow, "test_timeseries1", data, timestamps);

        // 6. export to self-contained files
        step("6. export: every external link replaced by a copy of its target, streamed");
        Path eDataset = d.resolve("exported_linkdataset_example.nwb");
        Path eContainer = d.resolve("exported_linkcontainer_example.nwb");
        NwbIO.export(f4, eDataset, ExportOptions.defaults().blockBytes(16 * 1024));
        NwbIO.export(f3, eContainer, ExportOptions.defaults().blockBytes(16 * 1024).deflate(4)
                .chunks("/acquisition/test_timeseries1/data", 25, 10));
        out.println("  exported_linkcontainer_example.nwb: recompressed (shuffle + deflate 4), "
                + "test_timeseries1/data rechunked to 25x10");
        for (Path e : new Path[] {eDataset, eContainer}) {
            List<String> left = NwbIO.externalLinks(e);
            out.println("  " + e.getFileName() + ": " + (left.isEmpty() ? "links to no other file" : "STILL LINKS "
                    + left));
            if (!left.isEmpty()) {
                failures++;
            }
        }
        report(eDataset, "test_timeseries4", data, shifted);
        report(eDataset, "test_timeseries5", data, shifted);
        report(eContainer, "test_timeseries1", data, timestamps);
        report(eContainer, "test_timeseries2", data, timestamps);

        // 7. family driver
        step("7. family file: an empty float32 (0, 10) series grown in 10 steps of 1000 rows");
        Path family = d.resolve("family_nwb_file_%d.nwb");
        NWBFile fam = new NWBFile(UUID.randomUUID().toString(), "example file family", START);
        fam.addAcquisition(new TimeSeries("example_timeseries", ArrayData.empty(
                DatasetOptions.of(DataTypes.FLOAT32, 0, 10).maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10)),
                "mV").setRate(0.0, 1.0));
        try (NwbFileWriter w = NwbIO.create(fam, family,
                NwbWriteOptions.defaults().family(FAMILY_MEMBER_SIZE))) {
            DatasetWriter ds = w.dataset("/acquisition/example_timeseries/data");
            for (int i = 0; i < 10; i++) {
                ds.resize((i + 1) * 1000L, 10);
                float[] block = new float[1000 * 10];
                Arrays.fill(block, i);
                ds.write(Selection.rows(ds.dims(), i * 1000L, 1000), block);
            }
        }
        double[] familyValues = new double[10000 * 10];
        for (int i = 0; i < familyValues.length; i++) {
            familyValues[i] = i / 10000;
        }
        int members = 0;
        long familyBytes = 0;
        while (Files.exists(Paths.get(FamilyStorage.memberName(family.toString(), members)))) {
            familyBytes += Files.size(Paths.get(FamilyStorage.memberName(family.toString(), members)));
            members++;
        }
        out.println("  " + family.getFileName() + ": " + members + " members of " + FAMILY_MEMBER_SIZE
                + " bytes (the last shorter), " + familyBytes + " bytes in all; read back with the member size "
                + "detected:");
        try (NWBFile back = NwbIO.read(family, OpenOptions.family(0))) {
            TimeSeries ts = back.acquisition("example_timeseries");
            check(family, "example_timeseries", "data float32 " + dims(ts.data().dims()) + ", rate "
                    + ts.rate() + " Hz", Arrays.equals(ts.data().readDoubles(), familyValues));
        }

        // 8. iterative write
        step("8. iterative write: 100 blocks of 1000x10 float64 from a Java stream, written as they come");
        Path fIter = d.resolve("iterative_write_example.nwb");
        NWBFile iter = newFile();
        Iterator<double[]> blocks = IntStream.range(0, 100).mapToObj(DemoCommand::block).iterator();
        iter.addAcquisition(new TimeSeries("iterative_timeseries",
                ArrayData.fromBlocks(blocks, DataTypes.FLOAT64, 10), "SIunit").setRate(0.0, 1000.0));
        NwbIO.write(iter, fIter);
        try (NWBFile back = NwbIO.read(fIter)) {
            TimeSeries ts = back.acquisition("iterative_timeseries");
            double[] all = ts.data().readDoubles();
            boolean ok = all.length == 100 * 1000 * 10;
            for (int k = 0; ok && k < 100; k++) {
                ok = Arrays.equals(Arrays.copyOfRange(all, k * 10000, (k + 1) * 10000), block(k));
            }
            long[] chunks = ((org.nwbj.nwb.ArrayData.Stored) ts.data()).dataset().chunkDims();
            check(fIter, "iterative_timeseries", "data float64 " + dims(ts.data().dims()) + " in chunks "
                    + dims(chunks) + ", maxshape " + dims(((org.nwbj.nwb.ArrayData.Stored) ts.data()).dataset()
                    .space().maxDims()).replace("-1", "None"), ok);
        }
    }

    /** Block k of the iterative write: element e (C order) of the whole series holds the value e. */
    static double[] block(int k) {
        double[] b = new double[1000 * 10];
        for (int i = 0; i < b.length; i++) {
            b[i] = k * 10000.0 + i;
        }
        return b;
    }

    private static NWBFile newFile() {
        return new NWBFile(UUID.randomUUID().toString(), DESCRIPTION, START);
    }

    private void step(String title) {
        out.println();
        out.println(title);
    }

    /** Reads the series back with nwbj, compares its values, and prints the file's size and links. */
    private void report(Path file, String series, long[] data, double[] timestamps) throws IOException {
        try (NWBFile back = NwbIO.read(file)) {
            TimeSeries ts = back.acquisition(series);
            boolean ok = Arrays.equals(ts.data().readLongs(), data)
                    && Arrays.equals(ts.timestamps().readDoubles(), timestamps);
            check(file, series, "data " + dims(ts.data().dims()) + " " + where(file, series, "data")
                    + ", timestamps " + where(file, series, "timestamps"), ok);
        }
    }

    /** The processing module of step 4, which holds an acquisition series a second time. */
    static final String MODULE = "shared";

    /**
     * Checks that a series of acquisition is also in the processing module: a soft link in the file, and the same
     * series object when nwbj reads it back (as pynwb reads it).
     */
    private void reportTwoPlaces(Path file, String series, long[] data) throws IOException {
        String second = "/processing/" + MODULE + "/" + series;
        Link l;
        try (Hdf5File f = Hdf5File.open(file)) {
            l = ((Group) f.get("/processing/" + MODULE)).link(series);
        }
        try (NWBFile back = NwbIO.read(file)) {
            ProcessingModule m = back.processing().get(MODULE);
            Object there = m == null ? null : m.dataInterfaces().get(series);
            boolean ok = l instanceof Link.Soft s && s.target().equals("/acquisition/" + series)
                    && there == back.acquisition(series)
                    && Arrays.equals(((TimeSeries) there).data().readLongs(), data);
            check(file, second, (l instanceof Link.Soft s ? "soft link -> " + s.target() : "NOT A SOFT LINK: " + l)
                    + ", read back as the same series as in acquisition", ok);
        }
    }

    /** How the file holds a series' dataset: stored in it, or through which link. */
    private static String where(Path file, String series, String field) {
        try (Hdf5File f = Hdf5File.open(file)) {
            Link group = ((Group) f.get("/acquisition")).link(series);
            if (group instanceof Link.External e) {
                return "in the linked group " + e.file() + ":" + e.target();
            }
            if (group instanceof Link.Soft s) {
                return "in the soft-linked group " + s.target();
            }
            Link l = ((Group) f.get("/acquisition/" + series)).link(field);
            if (l instanceof Link.External e) {
                return "external link -> " + e.file() + ":" + e.target();
            }
            if (l instanceof Link.Soft s) {
                return "soft link -> " + s.target();
            }
            Dataset ds = (Dataset) f.get("/acquisition/" + series + "/" + field);
            String filters = ds.filters().isEmpty() ? "" : ", filters " + filterNames(ds.filters());
            return "stored" + (ds.chunkDims() == null ? "" : " (chunks " + dims(ds.chunkDims()) + filters + ")");
        }
    }

    private static String filterNames(List<org.nwbj.hdf5.FilterInfo> filters) {
        StringBuilder b = new StringBuilder();
        for (org.nwbj.hdf5.FilterInfo f : filters) {
            b.append(b.length() == 0 ? "" : "+").append(f.name());
        }
        return b.toString();
    }

    private void check(Path file, String series, String what, boolean ok) throws IOException {
        long size = file.toString().contains("%") ? -1 : Files.size(file);
        out.println("  " + file.getFileName() + (size >= 0 ? " (" + size + " bytes)" : "") + " " + series + ": "
                + what + (ok ? ", values as written" : ", VALUES DIFFER"));
        if (!ok) {
            failures++;
        }
    }

    private static String dims(long[] d) {
        StringBuilder b = new StringBuilder();
        for (long x : d) {
            b.append(b.length() == 0 ? "" : "x").append(x);
        }
        return b.toString();
    }

    // ---- the former demo: the tree of the bundled sample

    private Integer printSample() throws IOException {
        Path p = Files.createTempFile("nwbj-sample", ".nwb");
        p.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream("sample.nwb")) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        out.println("nwbj demo --sample: the bundled NWB file (written by pynwb), read in pure Java");
        try (Hdf5File f = Hdf5File.open(p)) {
            out.println("superblock v" + f.info().superblockVersion() + ", " + Walker.count(f));
            print(f.root(), "");
        }
        return 0;
    }

    private void print(Group g, String indent) {
        for (Link l : g.links()) {
            if (l instanceof Link.Soft s) {
                out.println(indent + l.name() + " -> " + s.target() + " (soft link)");
                continue;
            }
            if (l instanceof Link.External e) {
                out.println(indent + l.name() + " -> " + e.file() + ":" + e.target() + " (external link)");
                continue;
            }
            Node n = g.get(l.name());
            String type = n.hasAttribute("neurodata_type") ? " <" + first(n.attribute("neurodata_type")) + ">" : "";
            if (n instanceof Dataset ds) {
                String value = ds.space().elementCount() == 1 ? " = " + shorten(String.valueOf(ds.readValues()[0]))
                        : "";
                out.println(indent + l.name() + type + " " + ds.space() + value);
            } else if (n instanceof Group child) {
                out.println(indent + l.name() + "/" + type);
                print(child, indent + "  ");
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static Object first(Attribute a) {
        Object[] v = a.readValues();
        return v.length == 0 ? "" : v[0];
    }
}
