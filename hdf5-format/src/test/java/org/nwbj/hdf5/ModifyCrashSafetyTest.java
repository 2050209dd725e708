package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.testing.FailingStorage;
import org.nwbj.hdf5.testing.RecordingStorage;

/**
 * Modify mode publishes through the same crash-safe flush as create mode: every prefix of a flush's writes holds
 * the previous or the new state, published headers are rewritten only after the superblock, unchanged headers not
 * at all, new headers sit within one page, a failed flush poisons the writer, and the file is locked while open.
 */
class ModifyCrashSafetyTest {
    @TempDir
    Path dir;

    /**
     * Like {@link #created()} in the latest format: "grow" has an extensible array index, and a filtered single
     * chunk dataset and a v2 B-tree indexed one (two unlimited dimensions) join it, which {@link #step} changes too;
     * {@link #step} also creates and grows a dataset of its own there ("fresh").
     */
    private static byte[] createdLatest() {
        try {
            Path p = Files.createTempFile("latest", ".h5");
            try {
                try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
                    w.root().createDataset("grow", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 4)
                            .maxDims(Dataspace.UNLIMITED).chunks(4)).writeAll(new long[] {0, 1, 2, 3});
                    w.root().createGroup("g").setAttribute("n", 0L);
                    w.root().createDataset("single", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 4)
                            .chunks(4).deflate(1).shuffle()).writeAll(new long[] {0, 0, 0, 0});
                    w.root().createDataset("bt2", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 1, 2)
                            .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(1, 2))
                            .writeAll(new long[] {0, 0});
                }
                return Files.readAllBytes(p);
            } finally {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file created by nwbj with a chunked growable dataset and a group, as bytes. */
    private static byte[] created() {
        RecordingStorage s = new RecordingStorage();
        try (Hdf5Writer w = Hdf5Writer.create(s)) {
            w.root().createDataset("grow", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 4)
                    .maxDims(Dataspace.UNLIMITED).chunks(4)).writeAll(new long[] {0, 1, 2, 3});
            w.root().createGroup("g").setAttribute("n", 0L);
        }
        return s.snapshot();
    }

    /** Opens {@code image} for modification in a recording storage. */
    private static RecordingStorage over(byte[] image) {
        RecordingStorage s = new RecordingStorage();
        s.write(0, java.nio.ByteBuffer.wrap(image));
        return s;
    }

    /** State k: "grow" holds 4 + 4k values, /g has attribute n = k and groups s1..sk. */
    private static void step(Hdf5Writer w, int k) {
        DatasetWriter d = w.root().dataset("grow");
        long n = d.dims()[0];
        d.resize(n + 4);
        d.write(Selection.rows(d.dims(), n, 4), new long[] {n, n + 1, n + 2, n + 3});
        GroupWriter g = w.root().group("g");
        g.setAttribute("n", (long) k);
        g.createGroup("s" + k);
        if (w.root().linkNames().contains("single")) { // the latest-format file: its other chunk indexes
            w.root().dataset("single").write(Selection.box(new long[] {0}, new long[] {1}), new long[] {k});
            DatasetWriter b = w.root().dataset("bt2");
            b.resize(k + 1, 2);
            b.write(Selection.box(new long[] {k, 0}, new long[] {1, 2}), new long[] {k, k});
            // a dataset created in modify mode gets the latest-format index (an extensible array), grown per flush
            DatasetWriter fresh = w.root().linkNames().contains("fresh") ? w.root().dataset("fresh")
                    : w.root().createDataset("fresh", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 0)
                            .maxDims(Dataspace.UNLIMITED).chunks(2));
            fresh.resize(2 * k);
            fresh.write(Selection.box(new long[] {2 * k - 2}, new long[] {2}), new long[] {k, k});
        }
    }

    /** Null when "fresh" (see {@link #step}) holds the values of state k (absent in state 0), else what is wrong. */
    private static String fresh(Hdf5File f, int k) {
        if (f.root().link("fresh") == null) {
            return k == 0 ? null : "no fresh in state " + k;
        }
        long[] v = ((Dataset) f.get("/fresh")).readLongs();
        if (v.length != 2 * k) {
            return "fresh has " + v.length + " values, not those of state " + k;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != i / 2 + 1) {
                return "fresh[" + i + "] = " + v[i];
            }
        }
        return null;
    }

    /**
     * Null when every object is in state k-1 or k (each header is rewritten by one write, so a cut flush may leave
     * some objects changed and others not, never a torn one), else what is wrong.
     */
    private static String check(Hdf5File f, int k) {
        long[] v = ((Dataset) f.get("/grow")).readLongs();
        if (v.length != 4 + 4 * k && (k == 0 || v.length != 4 * k)) {
            return "grow has " + v.length + " values, not those of state " + (k - 1) + " or " + k;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != i) {
                return "grow[" + i + "] = " + v[i];
            }
        }
        long n = ((Number) f.get("/g").attribute("n").readValues()[0]).longValue();
        if (n != k && n != k - 1) {
            return "n = " + n + ", not state " + (k - 1) + " or " + k;
        }
        for (int i = 1; i < k; i++) {
            if (!(f.get("/g/s" + i) instanceof Group)) {
                return "no /g/s" + i;
            }
        }
        if (f.root().link("single") != null) {
            long s = ((Dataset) f.get("/single")).readLongs()[0];
            if (s != k && s != k - 1) {
                return "single[0] = " + s + ", not state " + (k - 1) + " or " + k;
            }
            long[] b = ((Dataset) f.get("/bt2")).readLongs();
            if (b.length != 2 * (k + 1) && (k == 0 || b.length != 2 * k)) {
                return "bt2 has " + b.length / 2 + " rows, not those of state " + (k - 1) + " or " + k;
            }
            for (int i = 0; i < b.length; i++) {
                if (b[i] != i / 2) {
                    return "bt2 value " + i + " = " + b[i];
                }
            }
            if (fresh(f, k) != null && fresh(f, k - 1) != null) {
                return fresh(f, k) + "; " + fresh(f, k - 1);
            }
        }
        return null;
    }

    /** Null when the file holds exactly state k. */
    private static String exactly(Hdf5File f, int k) {
        String c = check(f, k);
        if (c != null) {
            return c;
        }
        long n = ((Number) f.get("/g").attribute("n").readValues()[0]).longValue();
        int values = ((Dataset) f.get("/grow")).readLongs().length;
        boolean latestDone = f.root().link("single") == null
                || ((Dataset) f.get("/single")).readLongs()[0] == k
                        && ((Dataset) f.get("/bt2")).readLongs().length == 2 * (k + 1) && fresh(f, k) == null;
        return n == k && values == 4 + 4 * k && (k == 0 || f.get("/g/s" + k) instanceof Group) && latestDone ? null
                : "not state " + k;
    }

    @Test
    void everyPrefixOfAModifyFlushHoldsThePreviousOrTheNewState() {
        everyPrefixHoldsThePreviousOrTheNewState(created());
    }

    /** The same through the rewritten extensible array, single chunk and v2 B-tree indexes of a latest file. */
    @Test
    void everyPrefixOfAFlushRewritingLatestIndexesHoldsThePreviousOrTheNewState() {
        byte[] image = createdLatest();
        RecordingStorage s = everyPrefixHoldsThePreviousOrTheNewState(image);
        MemoryStorage after = new MemoryStorage(s.snapshot(), "after");
        org.nwbj.hdf5.internal.engine.FileContext c = org.nwbj.hdf5.internal.engine.FileContext.open(after);
        try (Hdf5File f = Hdf5File.open(after)) {
            int[] expected = {ModifyTest.EXTENSIBLE_ARRAY, ModifyTest.SINGLE, ModifyTest.BTREE_V2,
                ModifyTest.EXTENSIBLE_ARRAY};
            String[] names = {"/grow", "/single", "/bt2", "/fresh"};
            for (int i = 0; i < names.length; i++) {
                assertThat(new org.nwbj.hdf5.internal.engine.DatasetReader(c, c.header(f.get(names[i]).address()))
                        .layout().indexType()).as(names[i]).isEqualTo(expected[i]);
            }
        }
    }

    private static RecordingStorage everyPrefixHoldsThePreviousOrTheNewState(byte[] image) {
        RecordingStorage s = over(image);
        int images = 0;
        try (Hdf5Writer w = Hdf5Writer.open(s)) {
            for (int k = 1; k <= 6; k++) {
                step(w, k);
                byte[] before = s.snapshot();
                long end = s.size();
                s.log.clear();
                s.recording = true;
                w.flush();
                s.recording = false;
                int superblock = -1;
                java.util.Set<Long> inPlace = new java.util.HashSet<>();
                for (int i = 0; i < s.log.size(); i++) {
                    RecordingStorage.Write wr = s.log.get(i);
                    if (wr.position() == 0) {
                        assertThat(superblock).as("one superblock write in flush %d", k).isEqualTo(-1);
                        superblock = i;
                    } else if (superblock == -1) {
                        if (isHeader(wr)) {
                            // a new header (fresh or reused space): kept within one page
                            assertThat(wr.position() / 4096).as("new header within one page")
                                    .isEqualTo((wr.position() + wr.bytes().length - 1) / 4096);
                        }
                    } else {
                        // after the superblock only the in-place header rewrites, one write each
                        assertThat(isHeader(wr)).as("write %d after the superblock in flush %d", i, k).isTrue();
                        assertThat(inPlace.add(wr.position())).as("one write per header").isTrue();
                        assertThat(wr.position()).isLessThan(end);
                    }
                }
                if (s.size() > end) {
                    // the end of allocation grew (no superblock write when all new blocks reused freed space)
                    assertThat(superblock).as("flush %d writes the superblock", k).isGreaterThanOrEqualTo(0);
                }
                for (int n = 0; n <= s.log.size(); n++) {
                    try (Hdf5File f = Hdf5File.open(new MemoryStorage(s.prefix(before, n), "prefix"))) {
                        assertThat(check(f, k)).as("flush %d cut after %d writes", k, n).isNull();
                        if (n == 0) {
                            assertThat(exactly(f, k - 1)).isNull();
                        }
                        if (n == s.log.size()) {
                            assertThat(exactly(f, k)).isNull();
                        }
                    }
                    images++;
                }
            }
        }
        assertThat(images).isGreaterThan(30);
        return s;
    }

    private static boolean isHeader(RecordingStorage.Write wr) {
        return wr.bytes().length >= 4
                && new String(wr.bytes(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OHDR");
    }

    @Test
    void aFlushWithoutChangesWritesNothing() {
        RecordingStorage s = over(created());
        try (Hdf5Writer w = Hdf5Writer.open(s)) {
            step(w, 1);
            w.flush();
            w.root().group("g");
            w.root().dataset("grow");
            s.log.clear();
            s.recording = true;
            w.flush();
            s.recording = false;
            assertThat(s.log).isEmpty();
        }
    }

    @Test
    void aFailedModifyFlushPoisonsTheWriterAndKeepsTheLastFlush() {
        byte[] image = created();
        FailingStorage counting = FailingStorage.failingWrite(over(image), Long.MAX_VALUE);
        Hdf5Writer probe = Hdf5Writer.open(counting);
        step(probe, 1);
        long dataWrites = counting.writes();
        probe.flush();
        long total = counting.writes();
        probe.close();
        assertThat(total - dataWrites).as("writes of the flush").isGreaterThan(2);
        for (long k = dataWrites + 1; k <= total; k++) {
            RecordingStorage disk = over(image);
            Hdf5Writer w = Hdf5Writer.open(FailingStorage.failingWrite(disk, k));
            step(w, 1);
            assertThatThrownBy(w::flush).isInstanceOf(Hdf5IoException.class)
                    .hasMessageStartingWith("cannot write ").hasMessageContaining(FailingStorage.DEVICE_ERROR);
            assertThatThrownBy(() -> w.root().createGroup("more")).isInstanceOf(Hdf5IoException.class)
                    .hasMessageContaining("refuses changes after a failed flush");
            w.close(); // no second attempt
            try (Hdf5File f = Hdf5File.open(new MemoryStorage(disk.snapshot(), "failed at write " + k))) {
                assertThat(check(f, 1)).as("write %d failing", k).isNull();
            }
        }
    }

    @Test
    void openTakesTheWriteLockLikeCreate() throws Exception {
        String env = System.getenv("HDF5_USE_FILE_LOCKING");
        assumeTrue(env == null || !(env.equalsIgnoreCase("FALSE") || env.equals("0")),
                "skipped: HDF5_USE_FILE_LOCKING=" + env + " turns locking off");
        Path p = dir.resolve("locked.h5");
        Files.write(p, created());
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            assertThatThrownBy(() -> Hdf5Writer.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            step(w, 1);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(exactly(f, 1)).isNull();
            assertThatThrownBy(() -> Hdf5Writer.open(p)).isInstanceOf(Hdf5FileLockedException.class);
        }
        byte[] before = Files.readAllBytes(p);
        try (Hdf5Writer w = Hdf5Writer.open(p, OpenOptions.defaults().withFileLocking(false));
                Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withFileLocking(false))) {
            assertThat(exactly(f, 1)).isNull();
        }
        assertThat(Arrays.equals(Files.readAllBytes(p), before)).as("nothing changed, nothing written").isTrue();
    }

    /** Files of the full writer (dense attributes, the latest format) modified through the same flush. */
    @Test
    void denseAttributesAndLatestFormatFilesAreModified() throws Exception {
        for (boolean latest : new boolean[] {false, true}) {
            Path p = dir.resolve("dense" + latest + ".h5");
            try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
                for (int i = 0; i < 12; i++) {
                    w.root().setAttribute("a" + i, (long) i); // past 8 attributes: dense storage
                }
                w.root().createDataset("grow", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT64, 4)
                        .maxDims(Dataspace.UNLIMITED).chunks(4)).writeAll(new long[] {0, 1, 2, 3});
            }
            byte[] before = Files.readAllBytes(p);
            try (Hdf5Writer w = Hdf5Writer.open(p)) {
                w.root().dataset("grow");
            }
            assertThat(Arrays.equals(Files.readAllBytes(p), before)).as("touched, unchanged: not rewritten")
                    .isTrue();
            try (Hdf5Writer w = Hdf5Writer.open(p)) {
                w.root().setAttribute("a12", 12L);
                w.root().deleteAttribute("a0");
                DatasetWriter d = w.root().dataset("grow");
                d.resize(8);
                d.write(Selection.rows(d.dims(), 4, 4), new long[] {4, 5, 6, 7});
            }
            try (Hdf5File f = Hdf5File.open(p)) {
                assertThat(f.root().hasAttribute("a0")).isFalse();
                for (int i = 1; i <= 12; i++) {
                    assertThat(((Number) f.root().attribute("a" + i).readValues()[0]).longValue()).isEqualTo(i);
                }
                assertThat(((Dataset) f.get("/grow")).readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
            }
        }
    }
}
