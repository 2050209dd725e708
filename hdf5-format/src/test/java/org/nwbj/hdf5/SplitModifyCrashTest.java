package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.testing.RecordingStorage;

/**
 * Modify flushes of a split pair keep the crash-safe order across both members: dataset elements (raw member) and
 * new metadata first, then the superblock with the multi driver block (one write), then the in-place header
 * rewrites; every prefix of a flush's writes, applied to both members in the order they were made, opens with the
 * previous or the new state of every object.
 */
class SplitModifyCrashTest {
    @TempDir
    Path dir;

    /** One write to one member. */
    record Entry(int member, long position, byte[] bytes) {
    }

    /** A member of the pair: an in-memory file whose writes go into the pair's shared log while recording. */
    static final class Member implements Storage {
        final RecordingStorage s = new RecordingStorage();
        final int id;
        final List<Entry> log;
        final boolean[] recording;

        Member(int id, byte[] image, List<Entry> log, boolean[] recording) {
            this.id = id;
            this.log = log;
            this.recording = recording;
            s.write(0, ByteBuffer.wrap(image));
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            return s.read(position, dst);
        }

        @Override
        public void write(long position, ByteBuffer src) {
            byte[] b = new byte[src.remaining()];
            src.get(b);
            if (recording[0]) {
                log.add(new Entry(id, position, b));
            }
            s.write(position, ByteBuffer.wrap(b));
        }

        @Override
        public long size() {
            return s.size();
        }

        @Override
        public String describe() {
            return "member " + id;
        }

        @Override
        public void close() {
        }
    }

    /** State k: grow has 150 + 100 (k + 1) rows, /g has n = k, label "step k" and groups s0..sk, c_k exists. */
    private static void step(Hdf5Writer w, int k) {
        DatasetWriter d = w.root().dataset("grow");
        long rows = d.dims()[0];
        d.resize(rows + 100, 10);
        d.write(Selection.rows(d.dims(), rows, 100), SplitModifyTest.floats((int) rows * 10, 1000));
        GroupWriter g = w.root().group("g");
        g.setAttribute("n", (long) k);
        g.setAttribute("label", "step " + k); // a variable-length string: a global heap collection, raw member
        g.createGroup("s" + k);
        w.root().createDataset("c" + k, new long[] {k, k + 1, k + 2});
    }

    /** Null when every object holds state k - 1 or k, else what is wrong. */
    static String check(Hdf5File f, int k) {
        double[] v = ((Dataset) f.get("/grow")).readDoubles();
        if (v.length != (250 + 100 * k) * 10 && v.length != (150 + 100 * k) * 10) {
            return "grow has " + v.length / 10 + " rows, not those of state " + (k - 1) + " or " + k;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != i) {
                return "grow[" + i + "] = " + v[i];
            }
        }
        Group g = (Group) f.get("/g");
        long n = ((Number) g.attribute("n").readValues()[0]).longValue();
        Object label = g.attribute("label").readValues()[0];
        if ((n != k && n != k - 1) || !("step " + n).equals(label) && !("step " + (k - 1)).equals(label)
                && !("step " + k).equals(label)) {
            return "n = " + n + ", label " + label + ": not state " + (k - 1) + " or " + k;
        }
        for (int i = 0; i < k; i++) {
            if (!(f.get("/g/s" + i) instanceof Group) || ((Dataset) f.get("/c" + i)).readLongs()[2] != i + 2) {
                return "no /g/s" + i + " or /c" + i;
            }
        }
        return null;
    }

    static boolean exactly(Hdf5File f, int k) {
        return check(f, k) == null && ((Dataset) f.get("/grow")).space().dims()[0] == 250 + 100 * k
                && ((Number) f.get("/g").attribute("n").readValues()[0]).longValue() == k
                && f.get("/g").attribute("label").readValues()[0].equals("step " + k)
                && f.root().link("c" + k) != null && ((Group) f.get("/g")).link("s" + k) != null;
    }

    interface PrefixVisitor {
        void visit(byte[] meta, byte[] raw, int flush, int writes, int total) throws Exception;
    }

    /** Runs flushes 1..4 of the workload on a pair createSplit made, visiting every prefix of each. */
    private void forEachPrefix(PrefixVisitor visitor) throws Exception {
        Path base = SplitModifyTest.createPair(dir.resolve("source"));
        List<Entry> log = new ArrayList<>();
        boolean[] recording = {false};
        Member meta = new Member(0, Files.readAllBytes(SplitModifyTest.member(base, "m")), log, recording);
        Member raw = new Member(1, Files.readAllBytes(SplitModifyTest.member(base, "r")), log, recording);
        try (Hdf5Writer w = Hdf5Writer.openSplit(meta, raw)) {
            step(w, 0);
            w.flush();
            for (int k = 1; k <= 4; k++) {
                step(w, k);
                byte[][] before = {meta.s.snapshot(), raw.s.snapshot()};
                log.clear();
                recording[0] = true;
                w.flush();
                recording[0] = false;
                checkOrder(log, k);
                for (int n = 0; n <= log.size(); n++) {
                    byte[][] image = {before[0].clone(), before[1].clone()};
                    for (int i = 0; i < n; i++) {
                        Entry e = log.get(i);
                        image[e.member()] = apply(image[e.member()], e.position(), e.bytes());
                    }
                    visitor.visit(image[0], image[1], k, n, log.size());
                }
            }
        }
    }

    /** Raw data and new blocks, then one superblock + driver block write, then header rewrites only. */
    private static void checkOrder(List<Entry> log, int k) {
        int superblock = -1;
        for (int i = 0; i < log.size(); i++) {
            Entry e = log.get(i);
            if (e.member() == 0 && e.position() == 0) {
                assertThat(superblock).as("one superblock write in flush %d", k).isEqualTo(-1);
                assertThat(new String(e.bytes(), 0, e.bytes().length, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as("the superblock write carries the multi driver block").contains("NCSAmult");
                superblock = i;
            } else if (superblock >= 0) {
                assertThat(e.member()).as("write %d after the superblock in flush %d", i, k).isZero();
                assertThat(new String(e.bytes(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as("only header rewrites after the superblock").isEqualTo("OHDR");
            }
        }
        assertThat(superblock).as("flush %d publishes new ends of allocation", k).isPositive();
    }

    private static byte[] apply(byte[] image, long position, byte[] bytes) {
        int end = (int) position + bytes.length;
        byte[] out = end > image.length ? java.util.Arrays.copyOf(image, end) : image;
        System.arraycopy(bytes, 0, out, (int) position, bytes.length);
        return out;
    }

    private Path writePair(String name, byte[] meta, byte[] raw) throws Exception {
        Path base = dir.resolve(name);
        Files.write(SplitModifyTest.member(base, "m"), meta);
        Files.write(SplitModifyTest.member(base, "r"), raw);
        return base;
    }

    @Test
    void everyPrefixOfASplitModifyFlushHoldsThePreviousOrTheNewState() throws Exception {
        int[] images = {0};
        forEachPrefix((meta, raw, k, n, total) -> {
            Path base = writePair("prefix", meta, raw);
            try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
                assertThat(check(f, k)).as("flush %d cut after %d of %d writes", k, n, total).isNull();
                if (n == 0) {
                    assertThat(exactly(f, k - 1)).as("flush %d before any write", k).isTrue();
                }
                if (n == total) {
                    assertThat(exactly(f, k)).as("flush %d complete", k).isTrue();
                    SplitModifyTest.assertEndsCoverMembers(base);
                }
            }
            images[0]++;
        });
        assertThat(images[0]).isGreaterThan(20);
    }

    @Tag("interop")
    @Test
    void h5pyOpensEveryPrefixWithThePreviousOrTheNewState() throws Exception {
        List<String> args = new ArrayList<>();
        forEachPrefix((meta, raw, k, n, total) -> {
            writePair("p" + k + "-" + n, meta, raw);
            args.add(dir.resolve("p" + k + "-" + n) + ":" + k);
        });
        Path list = dir.resolve("prefixes.txt");
        Files.write(list, args);
        String out = WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "bad = []",
                "for line in open(sys.argv[1]).read().split():",
                "    base, k = line.rsplit(':', 1)",
                "    k = int(k)",
                "    try:",
                "        with h5py.File(base, 'r', driver='split') as f:",
                "            v = f['grow'][...].ravel()",
                "            assert len(v) in ((250 + 100 * k) * 10, (150 + 100 * k) * 10), len(v)",
                "            assert (v == np.arange(len(v))).all()",
                "            n = int(f['g'].attrs['n'])",
                "            assert n in (k - 1, k), n",
                "            assert f['g'].attrs['label'] in ('step %d' % (k - 1), 'step %d' % k)",
                "            for i in range(k):",
                "                assert ('s%d' % i) in f['g'] and list(f['c%d' % i][:]) == [i, i + 1, i + 2]",
                "    except Exception as e:",
                "        bad.append('%s: %r' % (base, e))",
                "print(len(bad), bad[:3])"), list);
        assertThat(out).isEqualTo("0 []");
        assertThat(args.size()).isGreaterThan(20);
    }
}
