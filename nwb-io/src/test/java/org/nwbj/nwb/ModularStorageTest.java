package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.storage.FamilyStorage;
import org.nwbj.hdf5.type.DataTypes;

/** The steps of pynwb's "modular data storage using external files" tutorial, each read back with nwbj. */
class ModularStorageTest {
    static final OffsetDateTime START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.ofHours(2));

    @TempDir
    Path dir;

    static long[] data() {
        long[] v = new long[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return v;
    }

    static double[] stamps(double shift) {
        double[] t = new double[100];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + shift;
        }
        return t;
    }

    static NWBFile newFile() {
        return new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", START);
    }

    Path writeSource(String file, String series) {
        Path p = dir.resolve(file);
        NWBFile f = newFile();
        f.addAcquisition(new TimeSeries(series, ArrayData.of(data(), 100, 10), "SIunit").setTimestamps(stamps(0)));
        NwbIO.write(f, p);
        return p;
    }

    static Link link(Path file, String path) {
        try (Hdf5File f = Hdf5File.open(file)) {
            int slash = path.lastIndexOf('/');
            return ((Group) f.get(path.substring(0, slash))).link(path.substring(slash + 1));
        }
    }

    static void assertSeries(Path file, String name, long[] data, double[] timestamps) {
        try (NWBFile back = NwbIO.read(file)) {
            TimeSeries ts = back.acquisition(name);
            assertThat(ts.data().dims()).containsExactly(100, 10);
            assertThat(ts.data().readLongs()).containsExactly(data);
            assertThat(ts.timestamps().readDoubles()).containsExactly(timestamps);
            assertThat(ts.unit()).isEqualTo("SIunit");
        }
    }

    @Test
    void step1TwoFilesEachWithOneSeries() {
        Path one = writeSource("external1_example.nwb", "test_timeseries1");
        try (Hdf5File f = Hdf5File.open(one)) {
            Dataset d = (Dataset) f.get("/acquisition/test_timeseries1/data");
            assertThat(d.type()).isEqualTo(DataTypes.INT64);
            assertThat(((Dataset) f.get("/acquisition/test_timeseries1/timestamps")).type())
                    .isEqualTo(DataTypes.FLOAT64);
        }
        assertSeries(one, "test_timeseries1", data(), stamps(0));
    }

    @Test
    void step2DatasetsOfAnotherFileLinkByDefaultAndCopyOnRequest() {
        Path one = writeSource("external1_example.nwb", "test_timeseries1");
        Path linked = dir.resolve("linked.nwb");
        Path copied = dir.resolve("copied.nwb");
        try (NWBFile f1 = NwbIO.read(one)) {
            ArrayData source = f1.acquisition("test_timeseries1").data();
            NWBFile a = newFile();
            a.addAcquisition(new TimeSeries("implicit", source, "SIunit").setTimestamps(stamps(0.5)));
            a.addAcquisition(new TimeSeries("explicit_link", ArrayData.link(source), "SIunit")
                    .setTimestamps(stamps(0.5)));
            a.addAcquisition(new TimeSeries("explicit_copy", ArrayData.copy(source), "SIunit")
                    .setTimestamps(stamps(0.5)));
            NwbIO.write(a, linked, NwbWriteOptions.defaults().linkData(true));

            NWBFile b = newFile();
            b.addAcquisition(new TimeSeries("by_default", source, "SIunit").setTimestamps(stamps(0.5)));
            b.addAcquisition(new TimeSeries("explicit_link", ArrayData.link(source), "SIunit")
                    .setTimestamps(stamps(0.5)));
            b.addAcquisition(new TimeSeries("external_record", new ArrayData.External(one,
                    "/acquisition/test_timeseries1/data"), "SIunit").setTimestamps(stamps(0.5)));
            // one row per block: the copy must not depend on holding the dataset whole
            NwbIO.write(b, copied, NwbWriteOptions.defaults().linkData(false).blockBytes(1));
        }
        Link.External expected = new Link.External("data", "external1_example.nwb",
                "/acquisition/test_timeseries1/data", 0);
        for (String s : new String[] {"implicit", "explicit_link"}) {
            assertThat(link(linked, "/acquisition/" + s + "/data")).usingRecursiveComparison()
                    .ignoringFields("creationOrder").isEqualTo(expected);
        }
        assertThat(link(linked, "/acquisition/explicit_copy/data")).isInstanceOf(Link.Hard.class);
        assertThat(link(copied, "/acquisition/by_default/data")).isInstanceOf(Link.Hard.class);
        assertThat(link(copied, "/acquisition/external_record/data")).isInstanceOf(Link.Hard.class);
        assertThat(link(copied, "/acquisition/explicit_link/data")).isInstanceOf(Link.External.class);
        for (String s : new String[] {"implicit", "explicit_link", "explicit_copy"}) {
            assertSeries(linked, s, data(), stamps(0.5));
        }
        for (String s : new String[] {"by_default", "explicit_link", "external_record"}) {
            assertSeries(copied, s, data(), stamps(0.5));
        }
        // a copy is this series' own dataset: it carries this series' unit and conversion
        try (Hdf5File f = Hdf5File.open(copied)) {
            Dataset d = (Dataset) f.get("/acquisition/by_default/data");
            assertThat(d.attribute("unit").readValues()).containsExactly("SIunit");
            assertThat(d.type()).isEqualTo(DataTypes.INT64);
        }
    }

    @Test
    void step3WholeSeriesOfOtherFilesAreExternalLinksToTheirGroups() {
        Path one = writeSource("external1_example.nwb", "test_timeseries1");
        Path two = writeSource("external2_example.nwb", "test_timeseries2");
        Path three = dir.resolve("external_linkcontainer_example.nwb");
        try (NWBFile f1 = NwbIO.read(one); NWBFile f2 = NwbIO.read(two)) {
            NWBFile f3 = newFile();
            f3.addAcquisition(f1.acquisition("test_timeseries1"));
            f3.addAcquisition(f2.acquisition("test_timeseries2"));
            NwbIO.write(f3, three);
        }
        assertThat(NwbIO.externalLinks(three)).containsExactly(
                "/acquisition/test_timeseries1 -> external1_example.nwb:/acquisition/test_timeseries1",
                "/acquisition/test_timeseries2 -> external2_example.nwb:/acquisition/test_timeseries2");
        assertSeries(three, "test_timeseries1", data(), stamps(0));
        assertSeries(three, "test_timeseries2", data(), stamps(0));
    }

    @Test
    void step4SharedDataAndTimestampsWithinOneFileAreSoftLinks() {
        Path p = dir.resolve("soft.nwb");
        NWBFile f = newFile();
        TimeSeries a = new TimeSeries("a", ArrayData.of(data(), 100, 10), "SIunit").setTimestamps(stamps(0));
        // b comes first: the link is to where a will be, whatever the order of writing
        f.addAcquisition(new TimeSeries("b", ArrayData.dataOf(a), "SIunit").setTimestamps(stamps(0.5)));
        f.addAcquisition(a);
        f.addAcquisition(new TimeSeries("c", ArrayData.of(new long[100]), "SIunit")
                .setTimestamps(ArrayData.timestampsOf(a)));
        NwbIO.write(f, p);
        assertThat(NwbIO.links(p)).containsExactly(
                "/acquisition/b/data -> /acquisition/a/data (soft)",
                "/acquisition/c/timestamps -> /acquisition/a/timestamps (soft)");
        assertSeries(p, "b", data(), stamps(0.5));
        try (NWBFile back = NwbIO.read(p)) {
            assertThat(back.acquisition("c").timestamps().readDoubles()).containsExactly(stamps(0));
        }
    }

    @Test
    void step4SharingWithASeriesOutsideTheFileFailsBeforeWriting() {
        TimeSeries elsewhere = new TimeSeries("a", ArrayData.of(data(), 100, 10), "SIunit").setTimestamps(stamps(0));
        NWBFile f = newFile();
        f.addAcquisition(new TimeSeries("b", ArrayData.dataOf(elsewhere), "SIunit").setTimestamps(stamps(0)));
        Path p = dir.resolve("bad.nwb");
        assertThatThrownBy(() -> NwbIO.write(f, p)).isInstanceOf(NwbException.class)
                .hasMessageContaining("a is neither in this file nor read from one");
    }

    @Test
    void step5ShallowCopyLinksToEveryContainerOfTheSource() {
        Path one = writeSource("external1_example.nwb", "test_timeseries1");
        Path copy = dir.resolve("shallow.nwb");
        String sourceId;
        try (NWBFile f1 = NwbIO.read(one)) {
            sourceId = f1.objectId();
            NWBFile c = f1.copy();
            assertThat(c.identifier()).isEqualTo(f1.identifier());
            assertThat(c.objectId()).isNotEqualTo(f1.objectId());
            NwbIO.write(c, copy);
        }
        assertThat(NwbIO.externalLinks(copy)).containsExactly(
                "/acquisition/test_timeseries1 -> external1_example.nwb:/acquisition/test_timeseries1");
        try (NWBFile back = NwbIO.read(copy)) {
            assertThat(back.objectId()).isNotEqualTo(sourceId);
        }
        assertSeries(copy, "test_timeseries1", data(), stamps(0));
    }

    /** Writes a file linking datasets and a file linking groups, as steps 2 and 3. */
    private Path[] linkedFiles() {
        Path one = writeSource("external1_example.nwb", "test_timeseries1");
        Path two = writeSource("external2_example.nwb", "test_timeseries2");
        Path datasets = dir.resolve("linkdataset.nwb");
        Path groups = dir.resolve("linkcontainer.nwb");
        try (NWBFile f1 = NwbIO.read(one); NWBFile f2 = NwbIO.read(two)) {
            NWBFile d = newFile();
            d.addAcquisition(new TimeSeries("ts4", f1.acquisition("test_timeseries1").data(), "SIunit")
                    .setTimestamps(stamps(0.5)));
            d.addAcquisition(new TimeSeries("ts5", ArrayData.link(f1.acquisition("test_timeseries1").data()),
                    "SIunit").setTimestamps(ArrayData.timestampsOf(f2.acquisition("test_timeseries2"))));
            NwbIO.write(d, datasets);
            NWBFile g = newFile();
            g.addAcquisition(f1.acquisition("test_timeseries1"));
            g.addAcquisition(f2.acquisition("test_timeseries2"));
            TimeSeries own = new TimeSeries("own", ArrayData.of(data(), 100, 10), "SIunit").setTimestamps(stamps(0));
            g.addAcquisition(own);
            g.addAcquisition(new TimeSeries("shares", ArrayData.dataOf(own), "SIunit").setTimestamps(stamps(1)));
            NwbIO.write(g, groups);
        }
        return new Path[] {datasets, groups, one, two};
    }

    @Test
    void step6ExportCopiesEveryLinkedDatasetAndGroupIn() throws Exception {
        Path[] p = linkedFiles();
        Path e1 = dir.resolve("out").resolve("exported_datasets.nwb");
        Path e2 = dir.resolve("out").resolve("exported_groups.nwb");
        Files.createDirectories(e1.getParent());
        // 16 bytes: a block of at most one row of the 100x10 data
        NwbIO.export(p[0], e1, ExportOptions.defaults().blockBytes(16));
        NwbIO.export(p[1], e2, ExportOptions.defaults().blockBytes(16));
        // the sources gone, the exports still hold everything
        for (int i = 0; i < p.length; i++) {
            Files.delete(p[i]);
        }
        assertThat(NwbIO.externalLinks(e1)).isEmpty();
        assertThat(NwbIO.externalLinks(e2)).isEmpty();
        assertSeries(e1, "ts4", data(), stamps(0.5));
        assertSeries(e1, "ts5", data(), stamps(0));
        assertSeries(e2, "test_timeseries1", data(), stamps(0));
        assertSeries(e2, "test_timeseries2", data(), stamps(0));
        assertSeries(e2, "shares", data(), stamps(1));
        // a soft link within the file stays one; two links to one dataset give one copy
        assertThat(NwbIO.links(e2)).containsExactly("/acquisition/shares/data -> /acquisition/own/data (soft)");
        try (Hdf5File f = Hdf5File.open(e1)) {
            assertThat(f.get("/acquisition/ts4/data").address()).isEqualTo(f.get("/acquisition/ts5/data").address());
            assertThat(f.get("/specifications")).isNotNull();
            assertThat(f.root().attribute(".specloc").readValues()[0])
                    .isEqualTo(new org.nwbj.hdf5.ObjectReference(f.get("/specifications").address()));
        }
    }

    @Test
    void step6ExportRechunksAndRecompressesOnTheWay() {
        Path[] p = linkedFiles();
        Path e = dir.resolve("exported.nwb");
        NwbIO.export(p[1], e, ExportOptions.defaults().deflate(6).chunks("/acquisition/test_timeseries1/data", 30, 5));
        try (Hdf5File f = Hdf5File.open(e)) {
            Dataset d = (Dataset) f.get("/acquisition/test_timeseries1/data");
            assertThat(d.chunkDims()).containsExactly(30, 5);
            assertThat(d.filters()).extracting(org.nwbj.hdf5.FilterInfo::id).containsExactly(2, 1);
            assertThat(d.filters().get(1).deflateLevel()).isEqualTo(6);
            Dataset small = (Dataset) f.get("/identifier");
            assertThat(small.filters()).isEmpty();
        }
        assertSeries(e, "test_timeseries1", data(), stamps(0));
        NwbIO.export(p[1], dir.resolve("plain.nwb"), ExportOptions.defaults().uncompressed());
        try (Hdf5File f = Hdf5File.open(dir.resolve("plain.nwb"))) {
            assertThat(((Dataset) f.get("/acquisition/own/data")).filters()).isEmpty();
        }
    }

    @Test
    void step6ExportOfABrokenLinkFailsAndLeavesNoFile() throws Exception {
        Path[] p = linkedFiles();
        Files.delete(p[3]);
        Path e = dir.resolve("exported.nwb");
        assertThatThrownBy(() -> NwbIO.export(p[1], e, ExportOptions.defaults()))
                .isInstanceOf(Hdf5Exception.class).hasMessageContaining("external2_example.nwb");
        assertThat(e).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void step6ExportOntoOneOfItsSourcesReplacesItOnlyWhenComplete() {
        Path[] p = linkedFiles();
        // the export replaces the file it reads: the copy is complete before the source goes
        NwbIO.export(p[1], p[1], ExportOptions.defaults());
        assertThat(NwbIO.externalLinks(p[1])).isEmpty();
        assertSeries(p[1], "test_timeseries2", data(), stamps(0));
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void step7FamilyGrownInPlaceReadsBackWithTheMemberSizeDetected() throws Exception {
        Path pattern = dir.resolve("family_nwb_file_%d.nwb");
        NWBFile f = new NWBFile(UUID.randomUUID().toString(), "example file family", START);
        f.addAcquisition(new TimeSeries("example_timeseries", ArrayData.empty(DatasetOptions.of(DataTypes.FLOAT32,
                0, 10).maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10)), "mV").setRate(0.0, 1.0));
        long member = 64 * 1024;
        try (NwbFileWriter w = NwbIO.create(f, pattern, NwbWriteOptions.defaults().family(member))) {
            DatasetWriter d = w.dataset("/acquisition/example_timeseries/data");
            assertThat(d.dims()).containsExactly(0, 10);
            for (int i = 0; i < 10; i++) {
                d.resize((i + 1) * 1000L, 10);
                float[] block = new float[10000];
                Arrays.fill(block, i);
                d.write(Selection.rows(d.dims(), i * 1000L, 1000), block);
            }
            assertThatThrownBy(() -> w.dataset("/acquisition/nothing/data")).isInstanceOf(NwbException.class);
        }
        List<Long> sizes = new ArrayList<>();
        for (int k = 0; Files.exists(Paths.get(FamilyStorage.memberName(pattern.toString(), k))); k++) {
            sizes.add(Files.size(Paths.get(FamilyStorage.memberName(pattern.toString(), k))));
        }
        assertThat(sizes.size()).isGreaterThan(5);
        assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(member);
        try (NWBFile back = NwbIO.read(pattern, OpenOptions.family(0))) {
            TimeSeries ts = back.acquisition("example_timeseries");
            assertThat(ts.data().dims()).containsExactly(10000, 10);
            double[] v = ts.data().readDoubles();
            for (int i = 0; i < v.length; i += 997) {
                assertThat(v[i]).as("element %d", i).isEqualTo(i / 10000);
            }
            Dataset d = ((ArrayData.Stored) ts.data()).dataset();
            assertThat(d.space().maxDims()).containsExactly(Dataspace.UNLIMITED, 10);
            assertThat(d.chunkDims()).containsExactly(1000, 10);
        }
    }

    @Test
    void step8BlocksOfAnyRowCountAreWrittenInWholeChunks() {
        int[] rows = {7, 1000, 3, 0, 64, 250};
        List<double[]> blocks = new ArrayList<>();
        int total = 0;
        for (int r : rows) {
            double[] b = new double[r * 10];
            for (int i = 0; i < b.length; i++) {
                b[i] = total * 10 + i;
            }
            total += r;
            blocks.add(b);
        }
        DatasetOptions o = DatasetOptions.of(DataTypes.FLOAT64, 0, 10).maxDims(Dataspace.UNLIMITED, 10).chunks(64, 10);
        NWBFile f = newFile();
        f.addAcquisition(new TimeSeries("it", ArrayData.fromBlocks(blocks.iterator(), o), "SIunit").setRate(0, 30));
        f.addAcquisition(new TimeSeries("streamed", ArrayData.fromStream(blocks.stream(), o), "SIunit")
                .setRate(0, 30));
        f.addAcquisition(new TimeSeries("with_times", ArrayData.fromBlocks(blocks.iterator(), o), "SIunit")
                .setTimestamps(ArrayData.fromBlocks(Stream.of(new double[] {0, 1}, new double[total - 2])
                        .iterator(), DataTypes.FLOAT64)));
        f.addAcquisition(new TimeSeries("guessed", ArrayData.fromBlocks(blocks.iterator(), DataTypes.FLOAT32, 10),
                "SIunit").setRate(0, 30));
        Path p = dir.resolve("iterative.nwb");
        NwbIO.write(f, p);
        double[] expected = new double[total * 10];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i;
        }
        try (NWBFile back = NwbIO.read(p)) {
            assertThat(back.acquisition("with_times").timestamps().dims()).containsExactly(total);
            assertThat(back.acquisition("with_times").timestamps().readDoubles()[1]).isEqualTo(1.0);
            for (String s : new String[] {"it", "streamed", "with_times", "guessed"}) {
                TimeSeries ts = back.acquisition(s);
                assertThat(ts.data().dims()).containsExactly(total, 10);
                assertThat(ts.data().readDoubles()).as(s).containsExactly(expected);
                Dataset d = ((ArrayData.Stored) ts.data()).dataset();
                assertThat(d.space().maxDims()).containsExactly(Dataspace.UNLIMITED, 10);
            }
            assertThat(((ArrayData.Stored) back.acquisition("guessed").data()).dataset().chunkDims())
                    .containsExactly(26214, 10);
        }
    }

    @Test
    void step8BadBlocksFailWithTheBlockNamed() {
        DatasetOptions o = DatasetOptions.of(DataTypes.INT32, 0, 3).maxDims(Dataspace.UNLIMITED, 3).chunks(4, 3);
        ArrayData.Blocks blocks = ArrayData.fromBlocks(Arrays.asList(new int[6], new int[4]).iterator(), o);
        NWBFile f = newFile();
        f.addAcquisition(new TimeSeries("it", blocks, "SIunit").setRate(0, 1));
        assertThatThrownBy(() -> NwbIO.write(f, dir.resolve("bad.nwb"))).isInstanceOf(NwbException.class)
                .hasMessageContaining("block 1 of data holds 4 values, not whole rows of 3");
        assertThatThrownBy(() -> NwbIO.write(f, dir.resolve("again.nwb"))).isInstanceOf(NwbException.class)
                .hasMessageContaining("written already");
        assertThatThrownBy(blocks::readDoubles).isInstanceOf(NwbException.class);
        NWBFile g = newFile();
        g.addAcquisition(new TimeSeries("it", ArrayData.fromStream(Stream.of("not an array"), o), "SIunit")
                .setRate(0, 1));
        assertThatThrownBy(() -> NwbIO.write(g, dir.resolve("bad2.nwb"))).isInstanceOf(NwbException.class)
                .hasMessageContaining("not a primitive Java array");
    }
}
