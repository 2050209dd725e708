package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.testing.SharedFolder;

class NwbRoundTripTest {
    static final OffsetDateTime START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static long[] counting(int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 7L - 300;
        }
        return v;
    }

    static double[] times(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.5;
        }
        return t;
    }

    @Test
    void writtenFileReadsBackWithEveryField() {
        Path p = dir.resolve("a.nwb");
        OffsetDateTime created = OffsetDateTime.of(2024, 1, 15, 12, 30, 0, 123456000, ZoneOffset.ofHours(-5));
        NWBFile f = new NWBFile("tutorial-1", "demonstrate external files", START)
                .setTimestampsReferenceTime(START.plusSeconds(5))
                .setFileCreateDate(Collections.singletonList(created));
        f.addAcquisition(new TimeSeries("ts1", ArrayData.of(counting(1000), 100, 10), "SIunit")
                .setTimestamps(times(100)).setConversion(2.5).setResolution(0.1).setOffset(-1)
                .setDescription("déjà vu").setComments("c").setContinuity("continuous"));
        f.addAcquisition(new TimeSeries("ts2", ArrayData.of(new double[] {1, 2, 3}), "m").setRate(1.5, 10));
        NwbIO.write(f, p);

        try (NWBFile back = NwbIO.read(p)) {
            assertThat(back.identifier()).isEqualTo("tutorial-1");
            assertThat(back.sessionDescription()).isEqualTo("demonstrate external files");
            assertThat(back.sessionStartTime()).isEqualTo(START);
            assertThat(back.timestampsReferenceTime()).isEqualTo(START.plusSeconds(5));
            assertThat(back.fileCreateDate()).containsExactly(created);
            assertThat(back.objectId()).isEqualTo(f.objectId());
            assertThat(back.acquisition()).containsOnlyKeys("ts1", "ts2");

            TimeSeries ts1 = back.acquisition("ts1");
            assertThat(ts1.data()).isInstanceOf(ArrayData.Stored.class);
            assertThat(ts1.data().dims()).containsExactly(100, 10);
            assertThat(ts1.data().readLongs()).containsExactly(counting(1000));
            assertThat(ts1.timestamps().readDoubles()).containsExactly(times(100));
            assertThat(ts1.startingTime()).isNull();
            assertThat(ts1.unit()).isEqualTo("SIunit");
            assertThat(ts1.conversion()).isEqualTo(2.5);
            assertThat(ts1.resolution()).isEqualTo(0.1);
            assertThat(ts1.offset()).isEqualTo(-1.0);
            assertThat(ts1.description()).isEqualTo("déjà vu");
            assertThat(ts1.comments()).isEqualTo("c");
            assertThat(ts1.continuity()).isEqualTo("continuous");
            assertThat(ts1.objectId()).isEqualTo(f.acquisition("ts1").objectId());

            TimeSeries ts2 = back.acquisition("ts2");
            assertThat(ts2.data().readDoubles()).containsExactly(1, 2, 3);
            assertThat(ts2.timestamps()).isNull();
            assertThat(ts2.startingTime()).isEqualTo(1.5);
            assertThat(ts2.rate()).isEqualTo(10.0);
            assertThat(ts2.continuity()).isNull();
            assertThat(ts2.description()).isEqualTo("no description");
        }
    }

    @Test
    void layoutMatchesPynwb() {
        Path p = dir.resolve("layout.nwb");
        NWBFile f = new NWBFile("id", "desc", START);
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(new long[] {1, 2}), "V").setTimestamps(new double[] {0, 1}));
        NwbIO.write(f, p);
        try (Hdf5File h = Hdf5File.open(p)) {
            Group root = h.root();
            assertThat(names(root)).containsExactly("acquisition", "analysis", "file_create_date", "general",
                    "identifier", "processing", "session_description", "session_start_time", "specifications",
                    "stimulus", "timestamps_reference_time");
            assertThat(names((Group) root.get("stimulus"))).containsExactly("presentation", "templates");
            assertThat(root.attribute("nwb_version").readValues()).containsExactly("2.7.0");
            assertThat(root.attribute("neurodata_type").readValues()).containsExactly("NWBFile");
            assertThat((String) root.attribute("object_id").readValues()[0])
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            ObjectReference specloc = (ObjectReference) root.attribute(".specloc").readValues()[0];
            assertThat(specloc.address()).isEqualTo(root.get("specifications").address());
            assertThat(names((Group) root.get("specifications")))
                    .containsExactly("core", "hdmf-common", "hdmf-experimental");
            assertThat(names((Group) root.get("specifications/core/2.7.0"))).contains("namespace", "nwb.base");

            Dataset start = (Dataset) root.get("session_start_time");
            assertThat(start.readValues()).containsExactly("2017-04-03T11:00:00+00:00");
            assertThat(((StringType) start.type()).charset()).isEqualTo(StringType.Charset.ASCII);
            StringType identifierType = (StringType) ((Dataset) root.get("identifier")).type();
            assertThat(identifierType.charset()).isEqualTo(StringType.Charset.UTF8);
            assertThat(identifierType.isVariable()).isTrue();
            assertThat(((Dataset) root.get("file_create_date")).space().dims()).containsExactly(1);

            Group ts = (Group) root.get("acquisition/ts");
            assertThat(attributeNames(ts)).containsExactly("comments", "description", "namespace",
                    "neurodata_type", "object_id");
            assertThat(attributeNames(ts.get("data"))).containsExactly("conversion", "offset", "resolution", "unit");
            assertThat(ts.get("timestamps").attribute("interval").readValues()).containsExactly(1L);
            assertThat(ts.get("timestamps").attribute("unit").readValues()).containsExactly("seconds");
        }
    }

    @Test
    void readsAFilePynwbWrote() {
        Path p = SharedFolder.require("conformance/nwb/external1_example.nwb");
        try (NWBFile f = NwbIO.read(p)) {
            assertThat(f.identifier()).isEqualTo("tutorial-1");
            assertThat(f.sessionStartTime()).isEqualTo(START);
            TimeSeries ts = f.acquisition("test_timeseries1");
            assertThat(ts.unit()).isEqualTo("SIunit");
            assertThat(ts.data().dims()).containsExactly(100, 10);
            assertThat(ts.timestamps().dims()).containsExactly(100);
            assertThat(ts.data().readLongs()).hasSize(1000);
        }
    }

    @Test
    void dataReadFromAnotherFileIsWrittenAsAnExternalLink() {
        Path p1 = dir.resolve("external1.nwb");
        NWBFile f1 = new NWBFile("one", "desc", START);
        f1.addAcquisition(new TimeSeries("test_timeseries1", ArrayData.of(counting(1000), 100, 10), "SIunit")
                .setTimestamps(times(100)));
        NwbIO.write(f1, p1);
        Path p4 = dir.resolve("sub").resolve("linkdataset.nwb");
        try (NWBFile one = NwbIO.read(p1)) {
            NWBFile f4 = new NWBFile("four", "desc", START);
            f4.addAcquisition(new TimeSeries("test_timeseries4", one.acquisition("test_timeseries1").data(),
                    "SIunit").setTimestamps(times(100)));
            f4.addAcquisition(new TimeSeries("test_timeseries5",
                    new ArrayData.External(p1, "/acquisition/test_timeseries1/data"), "SIunit")
                    .setTimestamps(times(100)));
            java.nio.file.Files.createDirectories(p4.getParent());
            NwbIO.write(f4, p4);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Hdf5File h = Hdf5File.open(p4)) {
            for (String ts : new String[] {"test_timeseries4", "test_timeseries5"}) {
                Link l = ((Group) h.get("/acquisition/" + ts)).link("data");
                assertThat(l).isEqualTo(new Link.External("data", "../external1.nwb",
                        "/acquisition/test_timeseries1/data", -1));
            }
        }
        try (NWBFile four = NwbIO.read(p4)) {
            ArrayData.Stored data = (ArrayData.Stored) four.acquisition("test_timeseries4").data();
            assertThat(data.file().toAbsolutePath().normalize()).isEqualTo(p1.toAbsolutePath().normalize());
            assertThat(data.objectPath()).isEqualTo("/acquisition/test_timeseries1/data");
            assertThat(data.readLongs()).containsExactly(counting(1000));
            assertThat(four.acquisition("test_timeseries5").data().dims()).containsExactly(100, 10);
            assertThat(four.acquisition("test_timeseries5").unit()).isEqualTo("SIunit");
        }
    }

    @Test
    void aSeriesReadFromAnotherFileIsWrittenAsAnExternalLinkToItsGroup() {
        Path p1 = dir.resolve("external1.nwb");
        NWBFile f1 = new NWBFile("one", "desc", START);
        f1.addAcquisition(new TimeSeries("test_timeseries1", ArrayData.of(counting(1000), 100, 10), "SIunit")
                .setTimestamps(times(100)).setDescription("first"));
        NwbIO.write(f1, p1);
        Path p3 = dir.resolve("linkcontainer.nwb");
        try (NWBFile one = NwbIO.read(p1)) {
            NwbIO.write(new NWBFile("three", "desc", START).addAcquisition(one.acquisition("test_timeseries1")), p3);
            assertThatThrownBy(() -> NwbIO.write(one, p1)).isInstanceOf(NwbException.class)
                    .hasMessageContaining("another path");
        }
        try (Hdf5File h = Hdf5File.open(p3)) {
            assertThat(((Group) h.get("/acquisition")).link("test_timeseries1")).isEqualTo(
                    new Link.External("test_timeseries1", "external1.nwb", "/acquisition/test_timeseries1", -1));
        }
        try (NWBFile three = NwbIO.read(p3)) {
            TimeSeries ts = three.acquisition("test_timeseries1");
            assertThat(ts.description()).isEqualTo("first");
            assertThat(ts.data().readLongs()).containsExactly(counting(1000));
            assertThat(((ArrayData.Stored) ts.timestamps()).objectPath())
                    .isEqualTo("/acquisition/test_timeseries1/timestamps");
        }
    }

    @Test
    void readsPynwbsLinkedContainersAndDatasets() {
        Path dir = SharedFolder.require("conformance/nwb");
        try (NWBFile f = NwbIO.read(dir.resolve("external_linkdataset_example.nwb"))) {
            ArrayData.Stored d = (ArrayData.Stored) f.acquisition("test_timeseries4").data();
            assertThat(d.file().getFileName().toString()).isEqualTo("external1_example.nwb");
            assertThat(d.objectPath()).isEqualTo("/acquisition/test_timeseries1/data");
            assertThat(d.dims()).containsExactly(100, 10);
        }
        try (NWBFile f = NwbIO.read(dir.resolve("external_linkcontainer_example.nwb"))) {
            ArrayData.Stored d = (ArrayData.Stored) f.acquisition("test_timeseries2").data();
            assertThat(d.file().getFileName().toString()).isEqualTo("external2_example.nwb");
            assertThat(d.objectPath()).isEqualTo("/acquisition/test_timeseries2/data");
            assertThat(d.readLongs()).hasSize(1000);
        }
    }

    @Test
    void readsEveryConformanceFile() throws java.io.IOException {
        Path dir = SharedFolder.require("conformance/nwb");
        java.util.Map<String, String> seen = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".nwb"))::iterator) {
                try (NWBFile f = NwbIO.read(p)) {
                    StringBuilder b = new StringBuilder();
                    for (TimeSeries ts : f.acquisition().values()) {
                        b.append(ts.neurodataType()).append(java.util.Arrays.toString(ts.data().dims())).append(' ');
                    }
                    seen.put(p.getFileName().toString(), b.toString().trim());
                }
            }
        }
        assertThat(seen).containsEntry("minimal.nwb", "")
                .containsEntry("rich.nwb", "ElectricalSeries[50, 4] TwoPhotonSeries[5, 8, 8] ImageSeries[0, 0, 0]")
                .containsEntry("iterative_write.nwb", "TimeSeries[40, 2] TimeSeries[40, 4]")
                .hasSize(9);
    }

    @Test
    void dataWrittenChunkedAndCompressedAsTheOptionsSay() {
        Path p = dir.resolve("chunked.nwb");
        NWBFile f = new NWBFile("id", "desc", START);
        DatasetOptions options = DatasetOptions.of(DataTypes.INT32, 100, 10).chunks(25, 10).deflate(4).shuffle();
        int[] values = new int[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 17;
        }
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(values, options), "V").setRate(0, 30));
        NwbIO.write(f, p);
        try (NWBFile back = NwbIO.read(p)) {
            Dataset d = ((ArrayData.Stored) back.acquisition("ts").data()).dataset();
            assertThat(d.chunkDims()).containsExactly(25, 10);
            assertThat(d.type()).isEqualTo(DataTypes.INT32);
            assertThat(back.acquisition("ts").data().readLongs()).containsExactly(
                    java.util.Arrays.stream(values).asLongStream().toArray());
        }
    }

    @Test
    void aSeriesNeedsTimestampsOrRate() {
        NWBFile f = new NWBFile("id", "desc", START);
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(new long[] {1}), "V"));
        assertThatThrownBy(() -> NwbIO.write(f, dir.resolve("x.nwb"))).isInstanceOf(NwbException.class)
                .hasMessageContaining("timestamps");
    }

    @Test
    void timestampsMustMatchTheFirstDimensionAndNoFileIsLeft() {
        NWBFile f = new NWBFile("id", "desc", START);
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(new long[6], 3, 2), "V").setTimestamps(new double[2]));
        Path p = dir.resolve("y.nwb");
        assertThatThrownBy(() -> NwbIO.write(f, p)).isInstanceOf(NwbException.class)
                .hasMessageContaining("[2]").hasMessageContaining("[3, 2]");
        assertThat(p).doesNotExist();
    }

    @Test
    void dataMustFillItsDimensions() {
        assertThatThrownBy(() -> ArrayData.of(new long[] {1, 2, 3}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrayData.of(new boolean[2], DatasetOptions.of(DataTypes.INT8, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static java.util.List<String> names(Group g) {
        return g.links().stream().map(Link::name).sorted().collect(Collectors.toList());
    }

    static java.util.List<String> attributeNames(org.nwbj.hdf5.Node n) {
        return n.attributes().stream().map(a -> a.name()).sorted().collect(Collectors.toList());
    }
}
