package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.ReaderView;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.testing.SharedFolder;

/**
 * Split pairs opened with {@code Hdf5Writer.open(base, OpenOptions.split())}: new metadata in {@code base-m.h5},
 * new dataset elements in {@code base-r.h5}, both members' ends of allocation kept in the multi driver block, space
 * reused per member.
 */
class SplitModifyTest {
    @TempDir
    Path dir;

    /** A pair as createSplit writes it: a group with attributes, contiguous, chunked and string datasets. */
    static Path createPair(Path base) {
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            GroupWriter g = w.root().createGroup("g");
            g.setAttribute("note", "original");
            g.setAttribute("count", 3L);
            long[] v = new long[100];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            g.createDataset("contiguous", v);
            DatasetWriter c = w.root().createDataset("grow", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(100, 10).deflate(4));
            c.resize(150, 10);
            c.writeAll(floats(0, 1500));
            w.root().createDataset("names", new String[] {"a", "bc"});
            w.root().createGroup("doomed").setAttribute("x", 1L);
        }
        return base;
    }

    static float[] floats(int from, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return v;
    }

    /** Appends 100 rows {@code times} times, one flush each. */
    static void appendLoop(Hdf5Writer w, int times) {
        DatasetWriter d = w.root().dataset("grow");
        for (int k = 0; k < times; k++) {
            long rows = d.dims()[0];
            d.resize(rows + 100, 10);
            d.write(Selection.rows(d.dims(), rows, 100), floats((int) rows * 10, 1000));
            w.flush();
        }
    }

    static void modify(Path base) {
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            GroupWriter g = w.root().group("g");
            g.setAttribute("note", "overwritten");
            g.deleteAttribute("count");
            g.setAttribute("added", new String[] {"x", "yz"});
            GroupWriter n = w.root().createGroup("new");
            n.setAttribute("when", "now");
            long[] v = new long[500];
            for (int i = 0; i < v.length; i++) {
                v[i] = 0x5A5A_0000_0000L + i;
            }
            n.createDataset("elements", v);
            n.createDataset("strings", new String[] {"vlen", "in", "split"});
            w.root().deleteLink("doomed");
            w.root().createSoftLink("soft", "/g/contiguous");
            w.root().createHardLink("alias", g.dataset("contiguous"));
            DatasetWriter names = w.root().dataset("names");
            for (int i = 0; i < 10; i++) {
                names.setAttribute("a" + i, "value " + i); // dense attribute storage, vlen strings
            }
            g.dataset("contiguous").write(Selection.rows(new long[] {100}, 10, 3), new long[] {-1, -2, -3});
            appendLoop(w, 5);
        }
    }

    @Test
    void modifiedPair_readsOldAndNew_withNewElementsInTheRawMember() throws Exception {
        Path base = createPair(dir.resolve("pair"));
        modify(base);
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            Group g = (Group) f.get("/g");
            assertThat(g.attribute("note").readValues()).containsExactly("overwritten");
            assertThat(g.hasAttribute("count")).isFalse();
            assertThat(g.attribute("added").readValues()).containsExactly("x", "yz");
            long[] c = ((Dataset) f.get("/g/contiguous")).readLongs();
            assertThat(c).hasSize(100).startsWith(0, 1, 2);
            assertThat(new long[] {c[10], c[11], c[12], c[13]}).containsExactly(-1, -2, -3, 13);
            Dataset grow = (Dataset) f.get("/grow");
            assertThat(grow.space().dims()).containsExactly(650, 10);
            double[] d = grow.readDoubles();
            for (int i = 0; i < d.length; i++) {
                assertThat(d[i]).as("grow[%d]", i).isEqualTo(i);
            }
            assertThat(((Dataset) f.get("/names")).readValues()).containsExactly("a", "bc");
            assertThat(((Dataset) f.get("/new/strings")).readValues()).containsExactly("vlen", "in", "split");
            assertThat(((Dataset) f.get("/new/elements")).readLongs()).hasSize(500).endsWith(0x5A5A_0000_0000L + 499);
            assertThat(((Group) f.get("/new")).attribute("when").readValues()).containsExactly("now");
            assertThat(f.root().link("doomed")).isNull();
            assertThat(((Dataset) f.get("/soft")).readLongs()).isEqualTo(c);
            assertThat(f.get("/alias").address()).isEqualTo(f.get("/g/contiguous").address());
            Dataset names = (Dataset) f.get("/names");
            for (int i = 0; i < 10; i++) {
                assertThat(names.attribute("a" + i).readValues()).containsExactly("value " + i);
            }
        }
        byte[] elements = new byte[500 * 8];
        ByteBuffer.wrap(elements).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(
                java.util.stream.LongStream.range(0, 500).map(i -> 0x5A5A_0000_0000L + i).toArray());
        assertThat(TestFiles.indexOf(Files.readAllBytes(member(base, "r")), elements)).isNotNegative();
        assertThat(TestFiles.indexOf(Files.readAllBytes(member(base, "m")), elements)).isNegative();
        assertEndsCoverMembers(base);
    }

    static Path member(Path base, String which) {
        return Paths.get(base + "-" + which + ".h5");
    }

    /**
     * The superblock's end of allocation is the metadata member's and the driver block's two ends cover each
     * member's bytes (the C library refuses addresses past them).
     */
    static void assertEndsCoverMembers(Path base) throws Exception {
        long[] ends = ends(base);
        assertThat(ends[0]).as("superblock end of allocation = the metadata member's").isEqualTo(ends[1]);
        assertThat(ends[1]).as("metadata end of allocation").isGreaterThanOrEqualTo(Files.size(member(base, "m")));
        assertThat(ends[2]).as("raw end of allocation").isGreaterThanOrEqualTo(Files.size(member(base, "r")));
    }

    /** The superblock's end of allocation, then the driver block's metadata and raw ends. */
    static long[] ends(Path base) throws Exception {
        ByteBuffer m = ByteBuffer.wrap(Files.readAllBytes(member(base, "m"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(m.get(8)).as("superblock version").isZero();
        long eoa = m.getLong(40);
        int block = (int) m.getLong(48);
        assertThat(new String(m.array(), block + 8, 8, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("NCSAmult");
        return new long[] {eoa, m.getLong(block + 16 + 8 + 8), m.getLong(block + 16 + 8 + 24)};
    }

    @Test
    void rewritesInAFlushLoopKeepBothMembersFlat() throws Exception {
        Path base = createPair(dir.resolve("loop"));
        long[] after5 = null;
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            DatasetWriter d = w.root().createDataset("fixed", DatasetOptions.of(DataTypes.INT32, 40, 10)
                    .chunks(10, 10));
            for (int k = 0; k < 20; k++) {
                int[] v = new int[400];
                java.util.Arrays.fill(v, 0x7E7E0000 + k);
                d.writeAll(v);
                w.root().group("g").setAttribute("note", "iteration " + k);
                w.flush();
                if (k == 5) {
                    after5 = new long[] {Files.size(member(base, "m")), Files.size(member(base, "r"))};
                }
            }
        }
        assertThat(new long[] {Files.size(member(base, "m")), Files.size(member(base, "r"))})
                .as("member sizes after 20 rewrites vs after 6").containsExactly(after5);
        byte[] chunk = new byte[400];
        ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(filled(100, 0x7E7E0000 + 19));
        assertThat(TestFiles.indexOf(Files.readAllBytes(member(base, "r")), chunk)).isNotNegative();
        assertThat(TestFiles.indexOf(Files.readAllBytes(member(base, "m")), chunk)).as("no raw data reused metadata space")
                .isNegative();
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/fixed")).readLongs()).hasSize(400).containsOnly(0x7E7E0000L + 19);
            assertThat(((Group) f.get("/g")).attribute("note").readValues()).containsExactly("iteration 19");
        }
        assertEndsCoverMembers(base);
    }

    private static int[] filled(int n, int value) {
        int[] v = new int[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    @Test
    void aPairWeCreated_reusesSpacePerMemberWhileBeingCreated() throws Exception {
        Path base = dir.resolve("created");
        long[] after5 = null;
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            DatasetWriter d = w.root().createDataset("fixed", DatasetOptions.of(DataTypes.INT32, 40, 10)
                    .chunks(10, 10));
            for (int k = 0; k < 20; k++) {
                d.writeAll(filled(400, k));
                w.root().setAttribute("note", "iteration " + k);
                w.flush();
                if (k == 5) {
                    after5 = new long[] {Files.size(member(base, "m")), Files.size(member(base, "r"))};
                }
            }
        }
        assertThat(new long[] {Files.size(member(base, "m")), Files.size(member(base, "r"))}).containsExactly(
                after5);
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/fixed")).readLongs()).containsOnly(19L);
            assertThat(f.root().attribute("note").readValues()).containsExactly("iteration 19");
        }
        assertEndsCoverMembers(base);
    }

    @Test
    void shrinkingAndGrowingBack_refillsAndReusesRawSpace() throws Exception {
        Path base = createPair(dir.resolve("shrink"));
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            DatasetWriter d = w.root().dataset("grow");
            d.resize(50, 10);
            w.flush();
            d.resize(150, 10); // rows 50..149 read the fill value (0), not the old data
            w.flush();
            long raw = Files.size(member(base, "r"));
            d.write(Selection.rows(d.dims(), 100, 50), floats(1000, 500));
            w.flush();
            assertThat(Files.size(member(base, "r"))).as("the new chunk reuses the space of those cut off")
                    .isEqualTo(raw);
        }
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            double[] v = ((Dataset) f.get("/grow")).readDoubles();
            assertThat(v).hasSize(1500);
            assertThat(v[499]).isEqualTo(499);
            assertThat(v[500]).isZero();
            assertThat(v[999]).isZero();
            assertThat(v[1000]).isEqualTo(1000);
            assertThat(v[1499]).isEqualTo(1499);
        }
        assertEndsCoverMembers(base);
    }

    @Test
    void reopenedManyTimes_keepsEverything() throws Exception {
        Path base = createPair(dir.resolve("again"));
        for (int session = 0; session < 3; session++) {
            try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
                w.root().createGroup("s" + session).setAttribute("n", (long) session);
                appendLoop(w, 2);
            }
            assertEndsCoverMembers(base);
        }
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/grow")).space().dims()).containsExactly(750, 10);
            double[] d = ((Dataset) f.get("/grow")).readDoubles();
            assertThat(d[7499]).isEqualTo(7499);
            assertThat(((Group) f.get("/s2")).attribute("n").readValues()).containsExactly(2L);
        }
    }

    /** Copies the pair {@code src} (a base name) to {@code dir/name}. */
    private Path copyPair(Path src, String name) throws Exception {
        Path base = dir.resolve(name);
        for (String m : new String[] {"m", "r"}) {
            Files.copy(member(src, m), member(base, m));
            member(base, m).toFile().setWritable(true);
        }
        return base;
    }

    /** The C library's pair of the test corpus (h5py driver='split'): its global heaps live in the raw member. */
    @Test
    void anH5pyPair_getsNewHeapCollectionsInTheRawMember() throws Exception {
        Path base = copyPair(TestFiles.corpus("split"), "h5py");
        com.fasterxml.jackson.databind.JsonNode before = ReaderView.of(base, OpenOptions.split());
        byte[] metaBefore = Files.readAllBytes(member(base, "m"));
        int rawGcols = count(Files.readAllBytes(member(base, "r")), "GCOL");
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            w.root().createGroup("added").setAttribute("words", new String[] {"heap", "in", "raw"});
        }
        int gcolsBefore = count(metaBefore, "GCOL");
        assertThat(count(Files.readAllBytes(member(base, "m")), "GCOL")).isEqualTo(gcolsBefore);
        assertThat(count(Files.readAllBytes(member(base, "r")), "GCOL")).isEqualTo(rawGcols + 1);
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Group) f.get("/added")).attribute("words").readValues()).containsExactly("heap", "in",
                    "raw");
        }
        com.fasterxml.jackson.databind.node.ObjectNode after = (com.fasterxml.jackson.databind.node.ObjectNode)
                ReaderView.of(base, OpenOptions.split()).deepCopy();
        after.remove("/added");
        ((com.fasterxml.jackson.databind.node.ObjectNode) after.get("/").get("links")).remove("added");
        assertThat(after).as("everything else as it was").isEqualTo(before);
        assertEndsCoverMembers(base);
    }

    /**
     * The HDF Group's old split file maps global heaps to the metadata member: new variable-length data goes there
     * (from the shared conformance kit; skipped without it).
     */
    @Test
    void anOldPairMappingHeapsToTheMetadataMember_keepsThemThere() throws Exception {
        SharedFolder.require("conformance/corpus/hdfgroup/tsplit_file-m.h5");
        Path base = copyPair(SharedFolder.root().resolve("conformance/corpus/hdfgroup/tsplit_file"), "old");
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            w.root().setAttribute("words", new String[] {"heap", "with", "metadata"});
            w.root().createDataset("more", new long[] {1, 2, 3});
        }
        assertThat(count(Files.readAllBytes(member(base, "m")), "GCOL")).isEqualTo(1);
        assertThat(count(Files.readAllBytes(member(base, "r")), "GCOL")).isZero();
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(f.root().attribute("words").readValues()).containsExactly("heap", "with", "metadata");
            assertThat(((Dataset) f.get("/more")).readLongs()).containsExactly(1, 2, 3);
            assertThat(((Dataset) f.get("/dset1")).space().dims()).containsExactly(10, 15);
        }
        assertEndsCoverMembers(base);
    }

    private static int count(byte[] hay, String what) {
        byte[] needle = what.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int n = 0;
        for (int from = 0; ; ) {
            int i = TestFiles.indexOf(java.util.Arrays.copyOfRange(hay, from, hay.length), needle);
            if (i < 0) {
                return n;
            }
            n++;
            from += i + 1;
        }
    }

    @Test
    void theMetadataMemberOpenedAsOneFile_isRefusedWithTheWayToOpenIt() {
        Path base = createPair(dir.resolve("single"));
        assertThatThrownBy(() -> Hdf5Writer.open(member(base, "m"))).isInstanceOf(Hdf5UnsupportedException.class)
                .hasMessageContaining("OpenOptions.split()");
    }

    @Test
    void aMissingRawMember_isNotFound() throws Exception {
        Path base = createPair(dir.resolve("half"));
        Files.delete(member(base, "r"));
        assertThatThrownBy(() -> Hdf5Writer.open(base, OpenOptions.split()))
                .isInstanceOf(Hdf5NotFoundException.class).hasMessageContaining("half-r.h5");
        assertThatThrownBy(() -> Hdf5Writer.open(dir.resolve("none"), OpenOptions.split()))
                .isInstanceOf(Hdf5NotFoundException.class);
    }

    @Test
    void openLocksBothMembers() {
        String env = System.getenv("HDF5_USE_FILE_LOCKING");
        org.junit.jupiter.api.Assumptions.assumeTrue(env == null || !(env.equalsIgnoreCase("FALSE")
                || env.equals("0")), "skipped: HDF5_USE_FILE_LOCKING=" + env + " turns locking off");
        Path base = createPair(dir.resolve("locked"));
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            assertThatThrownBy(() -> Hdf5File.open(base, OpenOptions.split()))
                    .isInstanceOf(Hdf5FileLockedException.class);
            assertThatThrownBy(() -> Hdf5File.open(member(base, "r"))).isInstanceOf(Hdf5FileLockedException.class);
            assertThatThrownBy(() -> Hdf5Writer.open(base, OpenOptions.split()))
                    .isInstanceOf(Hdf5FileLockedException.class);
        }
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(f.get("/g")).isInstanceOf(Group.class);
        }
    }

    @Test
    void aSingleFileOpenedAsASplitPair_isRefused() throws Exception {
        Path base = dir.resolve("plain");
        try (Hdf5Writer w = Hdf5Writer.create(member(base, "m"))) {
            w.root().createGroup("g");
        }
        Files.write(member(base, "r"), new byte[0]);
        assertThatThrownBy(() -> Hdf5Writer.open(base, OpenOptions.split())).isInstanceOf(Hdf5Exception.class)
                .hasMessageContaining("no multi driver block");
    }
}
