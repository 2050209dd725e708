package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.ReaderView;

/**
 * Split pairs written by the C library (h5py {@code driver='split'}) and by our writer, modified with
 * {@code Hdf5Writer.open(base, OpenOptions.split())}: h5py reads everything old and new through its split driver,
 * {@code h5dump --filedriver=split} accepts the pair, h5py can go on modifying it, and our reader sees what h5py
 * sees. Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class SplitModifyInteropTest {
    @TempDir
    Path dir;

    /** The h5py pair: groups, a growable gzip dataset, a contiguous one, string attributes, vlen strings. */
    static final String MAKE = String.join("\n",
            "import sys, h5py, numpy as np",
            "with h5py.File(sys.argv[1], 'w', driver='split') as f:",
            "    f.attrs['title'] = 'original'",
            "    f.attrs['count'] = 3",
            "    g = f.create_group('grp')",
            "    g.attrs['unit'] = 'volts'",
            "    g.attrs['drop'] = 'x'",
            "    g.create_group('sub').create_dataset('x', data=np.arange(5, dtype='i4'))",
            "    f.create_dataset('contig', data=np.arange(100, dtype='f8').reshape(10, 10))",
            "    d = f.create_dataset('grow', shape=(0, 10), maxshape=(None, 10), chunks=(1000, 10), dtype='f4',"
                    + " compression='gzip')",
            "    d.resize((1500, 10))",
            "    d[:] = np.arange(15000, dtype='f4').reshape(1500, 10)",
            "    f['names'] = np.array(['alpha', 'beta', 'gamma'], dtype=h5py.string_dtype())",
            "    f.create_group('tobedeleted').attrs['a'] = 1",
            "print('ok')");

    /** What {@link #modify} leaves, checked by h5py through its split driver; prints OK. */
    static final String CHECK = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r', driver='split')",
            "assert f.attrs['title'] == 'modified', f.attrs['title']",
            "assert 'count' not in f.attrs",
            "g = f['grp']",
            "assert g.attrs['unit'] == 'volts' and 'drop' not in g.attrs and g.attrs['added'] == 'new attribute'",
            "assert list(g.attrs['tags']) == ['one', 'two'], g.attrs['tags']",
            "assert list(f['grp/sub/x'][:]) == [0, 1, 2, 3, 4]",
            "c = np.arange(100, dtype='f8').reshape(10, 10)",
            "c[2:4, 3:7] = -1",
            "assert (f['contig'][...] == c).all()",
            "d = f['grow']",
            "assert d.shape == (6500, 10) and d.chunks == (1000, 10) and d.compression == 'gzip', d.shape",
            "assert (d[...].ravel() == np.arange(65000, dtype='f4')).all()",
            "assert [s.decode() for s in f['names'][:]] == ['alpha', 'beta', 'gamma']",
            "n = f['grp/new']",
            "assert list(n['vals'][:]) == list(range(1000)) and n.attrs['a'] == 'b'",
            "assert [s.decode() for s in n['words'][:]] == ['vlen', 'in', 'the', 'raw', 'member']",
            "assert 'tobedeleted' not in f",
            "assert list(f['soft'][:]) == [0, 1, 2, 3, 4] and f['alias'] == f['grp/sub/x']",
            "assert f.get('ext', getlink=True).filename == 'other.h5'",
            "assert sorted(n['vals'].attrs.keys()) == sorted('a%d' % i for i in range(12))",
            "assert [int(n['vals'].attrs['a%d' % i]) for i in range(12)] == list(range(12))",
            "print('OK')");

    /** One session of changes, then another appending 1000 rows in a loop with a flush each. */
    static void modify(Path base) {
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            GroupWriter root = w.root();
            root.setAttribute("title", "modified");
            root.deleteAttribute("count");
            GroupWriter g = root.group("grp");
            g.deleteAttribute("drop");
            g.setAttribute("added", "new attribute");
            g.setAttribute("tags", new String[] {"one", "two"});
            GroupWriter n = g.createGroup("new");
            n.setAttribute("a", "b");
            long[] vals = new long[1000];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = i;
            }
            n.createDataset("vals", vals);
            n.createDataset("words", new String[] {"vlen", "in", "the", "raw", "member"});
            root.deleteLink("tobedeleted");
            root.createSoftLink("soft", "/grp/sub/x");
            root.createExternalLink("ext", "other.h5", "/y");
            root.createHardLink("alias", root.dataset("grp/sub/x"));
            DatasetWriter many = n.dataset("vals");
            for (int i = 0; i < 12; i++) {
                many.setAttribute("a" + i, (long) i); // past 8: dense storage (fractal heap, v2 B-tree)
            }
            root.dataset("contig").write(Selection.box(new long[] {2, 3}, new long[] {2, 4}), new double[] {-1, -1,
                -1, -1, -1, -1, -1, -1});
        }
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            DatasetWriter d = w.root().dataset("grow");
            assertThat(d.dims()).containsExactly(1500, 10);
            for (long rows = 1500; rows < 6500; rows += 1000) {
                d.resize(rows + 1000, 10);
                float[] v = new float[10_000];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rows * 10 + i;
                }
                d.write(Selection.rows(d.dims(), rows, 1000), v);
                w.flush();
            }
        }
    }

    /** {@code h5dump --filedriver=split BASE} exits 0. */
    static void h5dumpSplit(Path base) throws Exception {
        Path tool = Paths.get("/usr/bin/h5dump");
        if (!Files.isExecutable(tool) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but h5dump is missing");
        }
        assumeTrue(Files.isExecutable(tool), "skipped: h5dump is not installed (apt-get install hdf5-tools)");
        Process p = new ProcessBuilder(tool.toString(), "--filedriver=split", base.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out.length() > 4000 ? out.substring(out.length() - 4000) : out).isZero();
    }

    private void checkEverywhere(Path base) throws Exception {
        assertThat(WriterInteropTest.python(CHECK, base)).isEqualTo("OK");
        h5dumpSplit(base);
        assertThat(ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), base)))
                .isEqualTo(ReaderView.of(base, OpenOptions.split()));
        SplitModifyTest.assertEndsCoverMembers(base);
    }

    @Test
    void modifiesAnH5pySplitPair() throws Exception {
        Path base = dir.resolve("h5py");
        assertThat(WriterInteropTest.python(MAKE, base)).isEqualTo("ok");
        long rawBefore = Files.size(SplitModifyTest.member(base, "r"));
        modify(base);
        checkEverywhere(base);
        assertThat(Files.size(SplitModifyTest.member(base, "r"))).as("appended chunks went to the raw member")
                .isGreaterThan(rawBefore);
    }

    @Test
    void modifiesAPairOurWriterCreated() throws Exception {
        Path base = dir.resolve("ours");
        // the same content as MAKE, written by createSplit
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            GroupWriter root = w.root();
            root.setAttribute("title", "original");
            root.setAttribute("count", 3L);
            GroupWriter g = root.createGroup("grp");
            g.setAttribute("unit", "volts");
            g.setAttribute("drop", "x");
            g.createGroup("sub").createDataset("x", new int[] {0, 1, 2, 3, 4});
            double[] c = new double[100];
            for (int i = 0; i < c.length; i++) {
                c[i] = i;
            }
            root.createDataset("contig", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.FLOAT64, 10, 10))
                    .writeAll(c);
            DatasetWriter d = root.createDataset("grow", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.FLOAT32, 0,
                    10).maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4));
            d.resize(1500, 10);
            d.writeAll(SplitModifyTest.floats(0, 15000));
            root.createDataset("names", new String[] {"alpha", "beta", "gamma"});
            root.createGroup("tobedeleted").setAttribute("a", 1L);
        }
        modify(base);
        checkEverywhere(base);
    }

    @Test
    void aRewriteLoopReusingSpaceInBothMembers_staysValidForH5py() throws Exception {
        Path base = dir.resolve("loop");
        assertThat(WriterInteropTest.python(MAKE, base)).isEqualTo("ok");
        try (Hdf5Writer w = Hdf5Writer.open(base, OpenOptions.split())) {
            DatasetWriter d = w.root().dataset("grow");
            for (int i = 0; i < 15; i++) {
                float[] v = new float[10_000];
                java.util.Arrays.fill(v, i);
                d.write(Selection.rows(d.dims(), 0, 1000), v);
                w.root().setAttribute("title", "iteration " + i);
                w.root().group("grp").setAttribute("tags", new String[] {"t" + i, "u" + i});
                w.flush();
            }
        }
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r', driver='split')",
                "d = f['grow']",
                "print(bool((d[:1000] == 14).all()), bool((d[1000:].ravel() == np.arange(10000, 15000)).all()),"
                        + " f.attrs['title'], list(f['grp'].attrs['tags']), [s.decode() for s in f['names'][:]])"),
                base)).isEqualTo("True True iteration 14 ['t14', 'u14'] ['alpha', 'beta', 'gamma']");
        h5dumpSplit(base);
        SplitModifyTest.assertEndsCoverMembers(base);
    }

    @Test
    void aPairCreatedWithSpaceReuse_staysValidForH5py() throws Exception {
        Path base = dir.resolve("created");
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            DatasetWriter d = w.root().createDataset("grow", DatasetOptions.of(
                    org.nwbj.hdf5.type.DataTypes.FLOAT32, 0, 10).maxDims(Dataspace.UNLIMITED, 10).chunks(100, 10)
                    .deflate(4));
            d.resize(300, 10);
            for (int i = 0; i < 12; i++) {
                float[] v = new float[3000];
                java.util.Arrays.fill(v, i);
                d.writeAll(v);
                w.root().setAttribute("title", "iteration " + i);
                w.flush();
            }
        }
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r', driver='split')",
                "print(bool((f['grow'][...] == 11).all()), f['grow'].shape, f.attrs['title'])"), base))
                .isEqualTo("True (300, 10) iteration 11");
        h5dumpSplit(base);
        SplitModifyTest.assertEndsCoverMembers(base);
    }

    @Test
    void h5pyCanModifyAPairWeModified() throws Exception {
        Path base = dir.resolve("again");
        assertThat(WriterInteropTest.python(MAKE, base)).isEqualTo("ok");
        modify(base);
        String out = WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'a', driver='split') as f:",
                "    f['grp'].attrs['by_h5py'] = 1",
                "    d = f['grow']",
                "    d.resize((7000, 10))",
                "    d[6500:] = 1",
                "    f['grp/new'].create_group('h5py_group')",
                "f = h5py.File(sys.argv[1], 'r', driver='split')",
                "print(f['grp'].attrs['by_h5py'], f['grow'].shape, 'h5py_group' in f['grp/new'],"
                        + " list(f['grp/new/vals'][:3]), float(f['grow'][6499, 9]))"), base);
        assertThat(out).isEqualTo("1 (7000, 10) True [0, 1, 2] 64999.0");
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/grow")).space().dims()).containsExactly(7000, 10);
            assertThat(f.get("/grp/new/h5py_group")).isInstanceOf(Group.class);
        }
    }
}
