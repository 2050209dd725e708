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

/**
 * Files written by the C library (h5py, default and libver='latest' formats) and by our writer, opened with
 * {@link Hdf5Writer#open(Path)} and modified; h5py then reads everything old and new, and h5dump accepts the file.
 * Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class ModifyInteropTest {
    @TempDir
    Path dir;

    /** The h5py file every test modifies: old-style or latest-format groups, every kind of chunk index. */
    static String makeScript(boolean latest) {
        return String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'w'" + (latest ? ", libver='latest'" : "") + ") as f:",
                "    f.attrs['title'] = 'original'",
                "    f.attrs['count'] = 3",
                "    g = f.create_group('grp')",
                "    g.attrs['keep'] = np.arange(3)",
                "    g.attrs['drop'] = 'x'",
                "    sub = g.create_group('sub')",
                "    sub.create_dataset('x', data=np.arange(5, dtype='i4'))",
                "    f.create_dataset('contig', data=np.arange(100, dtype='f8').reshape(10, 10))",
                "    d = f.create_dataset('grow', shape=(0, 10), maxshape=(None, 10), chunks=(1000, 10), dtype='f4',"
                        + " compression='gzip')",
                "    d.resize((1500, 10))",
                "    d[:] = np.arange(15000, dtype='f4').reshape(1500, 10)",
                "    f.create_dataset('shrink', data=np.arange(40, dtype='i8').reshape(20, 2), maxshape=(None, 2),"
                        + " chunks=(4, 2))",
                "    f.create_dataset('fixed', data=np.arange(64, dtype='i2').reshape(8, 8), chunks=(4, 4),"
                        + " compression='gzip', shuffle=True)",
                "    f.create_dataset('two_unlimited', data=np.arange(16, dtype='i4').reshape(4, 4),"
                        + " maxshape=(None, None), chunks=(2, 2))",
                "    f['soft'] = h5py.SoftLink('/grp/sub/x')",
                "    f.create_group('tobedeleted').attrs['a'] = 1",
                "    m = f.create_group('many')",
                "    for i in range(12):",
                "        m.create_group('m%02d' % i)",
                "    a = f.create_dataset('attrs', data=[1, 2])",
                "    for i in range(12):",
                "        a.attrs['a%02d' % i] = i",
                "    a.attrs['s'] = 'vlen string'");
    }

    /** Checks in h5py what {@link #modify(Path)} left; prints OK. */
    static final String CHECK = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "assert f.attrs['title'] == 'modified', f.attrs['title']",
            "assert 'count' not in f.attrs",
            "assert list(f.attrs['added']) == [7, 8]",
            "g = f['grp']",
            "assert list(g.attrs['keep']) == [0, 1, 2] and 'drop' not in g.attrs and g.attrs['new'] == 1.5",
            "assert list(f['grp/sub/x'][:]) == [0, 1, 2, 3, 4]",
            "n = f['grp/sub/newgroup']",
            "assert n.attrs['a'] == 'b' and list(n['vals'][:]) == [1, 2, 3]",
            "assert list(f['soft'][:]) == [0, 1, 2, 3, 4] and list(f['soft2'][:]) == [0, 1, 2, 3, 4]",
            "assert f.get('ext', getlink=True).filename == 'other.h5'",
            "assert f['alias'] == f['grp/sub/x']",
            "assert 'tobedeleted' not in f",
            "assert sorted(f['many'].keys()) == ['m%02d' % i for i in range(12)] + ['m99']",
            "a = f['attrs']",
            "assert list(a[:]) == [1, 2] and a.attrs['a_new'] == 5 and a.attrs['a03'] == 3",
            "assert a.attrs['s'] == 'vlen string'",
            "c = np.arange(100, dtype='f8').reshape(10, 10)",
            "c[2:4, 3:7] = -1",
            "assert (f['contig'][...] == c).all()",
            "d = f['grow']",
            "assert d.shape == (6500, 10) and d.chunks == (1000, 10) and d.compression == 'gzip', d.shape",
            "assert (d[...].ravel() == np.arange(65000, dtype='f4')).all()",
            "s = f['shrink']",
            "assert s.shape == (14, 2), s.shape",
            "e = np.arange(28).reshape(14, 2)",
            "e[10:] = 0",
            "assert (s[...] == e).all(), s[...]",
            "x = np.arange(64, dtype='i2').reshape(8, 8)",
            "x[5, 6] = 1000",
            "assert (f['fixed'][...] == x).all()",
            "t = f['two_unlimited']",
            "assert t.shape == (5, 6)",
            "y = np.zeros((5, 6), dtype='i4')",
            "y[:4, :4] = np.arange(16).reshape(4, 4)",
            "y[4, :] = 9",
            "assert (t[...] == y).all(), t[...]",
            "print('OK')");

    /** The modifications, in two sessions (open, change, close; open again, append in a loop). */
    static void modify(Path p) {
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter root = w.root();
            root.setAttribute("title", "modified");
            root.deleteAttribute("count");
            root.setAttribute("added", new long[] {7, 8});
            GroupWriter g = root.group("grp");
            g.deleteAttribute("drop");
            g.setAttribute("new", 1.5);
            GroupWriter n = g.group("sub").createGroup("newgroup");
            n.setAttribute("a", "b");
            n.createDataset("vals", new int[] {1, 2, 3});
            root.createSoftLink("soft2", "/grp/sub/x");
            root.createExternalLink("ext", "other.h5", "/y");
            root.createHardLink("alias", root.dataset("grp/sub/x"));
            root.deleteLink("tobedeleted");
            root.group("many").createGroup("m99");
            root.dataset("attrs").setAttribute("a_new", 5L);
            root.dataset("contig").write(Selection.box(new long[] {2, 3}, new long[] {2, 4}), new double[] {-1, -1,
                -1, -1, -1, -1, -1, -1});
            DatasetWriter s = root.dataset("shrink");
            s.resize(10, 2);
            s.resize(14, 2); // grown back: rows 10..13 read the fill value, not the old data
            root.dataset("fixed").write(Selection.box(new long[] {5, 6}, new long[] {1, 1}), new short[] {1000});
            DatasetWriter t = root.dataset("two_unlimited");
            t.resize(5, 6);
            t.write(Selection.box(new long[] {4, 0}, new long[] {1, 6}), new int[] {9, 9, 9, 9, 9, 9});
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("grow");
            assertThat(d.dims()).containsExactly(1500, 10);
            // the seed's iterative write: append 1000 rows at a time, flushing after each
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

    /** Our own reader sees the same as h5py's check. */
    static void checkWithNwbj(Path p) {
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.root().attribute("title").readValues()).containsExactly("modified");
            assertThat(f.root().hasAttribute("count")).isFalse();
            Dataset d = (Dataset) f.get("/grow");
            assertThat(d.space().dims()).containsExactly(6500, 10);
            double[] v = d.readDoubles();
            for (int i = 0; i < v.length; i++) {
                if (v[i] != i) {
                    throw new AssertionError("grow[" + i + "] = " + v[i]);
                }
            }
            assertThat(((Dataset) f.get("/shrink")).readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                    11, 12, 13, 14, 15, 16, 17, 18, 19, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(((Dataset) f.get("/grp/sub/newgroup/vals")).readLongs()).containsExactly(1, 2, 3);
            assertThat(((Dataset) f.get("/alias")).readLongs()).containsExactly(0, 1, 2, 3, 4);
            assertThat(f.root().link("tobedeleted")).isNull();
        }
    }

    static void h5dump(Path p) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Path tool = Paths.get("/usr/bin/h5dump");
        if (!Files.isExecutable(tool) && ci) {
            throw new AssertionError("CI=true but h5dump is missing");
        }
        assumeTrue(Files.isExecutable(tool), "skipped: h5dump is not installed (apt-get install hdf5-tools)");
        Process proc = new ProcessBuilder(tool.toString(), p.toString()).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(proc.exitValue()).as(out.length() > 4000 ? out.substring(out.length() - 4000) : out).isZero();
    }

    private void modifyH5pyFile(boolean latest) throws Exception {
        Path p = dir.resolve(latest ? "latest.h5" : "default.h5");
        WriterInteropTest.python(makeScript(latest), p);
        modify(p);
        assertThat(WriterInteropTest.python(CHECK, p)).isEqualTo("OK");
        h5dump(p);
        checkWithNwbj(p);
    }

    @Test
    void modifiesADefaultH5pyFile() throws Exception {
        modifyH5pyFile(false);
    }

    @Test
    void modifiesALatestFormatH5pyFile() throws Exception {
        modifyH5pyFile(true);
        // the C library's 1.10 indexes keep their type (modified in place by the C library, rewritten by us)
        Path p = dir.resolve("latest.h5");
        assertThat(ModifyTest.indexType(p, "/grow")).isEqualTo(ModifyTest.EXTENSIBLE_ARRAY);
        assertThat(ModifyTest.indexType(p, "/shrink")).isEqualTo(ModifyTest.EXTENSIBLE_ARRAY);
        assertThat(ModifyTest.indexType(p, "/fixed")).isEqualTo(ModifyTest.FIXED_ARRAY);
        assertThat(ModifyTest.indexType(p, "/two_unlimited")).isEqualTo(ModifyTest.BTREE_V2);
    }

    /**
     * With h5py, libver='latest', the datasets of {@link ModifyTest#createLatest}: every HDF5 1.10 chunk index, the
     * implicit one through the low-level API (early allocation, no filters, fixed shape).
     */
    static final String LATEST_SCRIPT = String.join("\n",
            "import sys, h5py, numpy as np",
            "with h5py.File(sys.argv[1], 'w', libver='latest') as f:",
            "    f.create_dataset('ea', shape=(0, 4), maxshape=(None, 4), chunks=(3, 4), dtype='i8', compression='gzip')",
            "    f.create_dataset('bt2', data=np.arange(16, dtype='i4').reshape(4, 4), maxshape=(None, None),"
                    + " chunks=(2, 2))",
            "    fa = f.create_dataset('fa', shape=(8, 8), maxshape=(16, 16), chunks=(4, 4), dtype='i4',"
                    + " compression='gzip')",
            "    fa[0:4, 0:4] = np.arange(16).reshape(4, 4)",
            "    f.create_dataset('single', data=np.arange(25, dtype='i4').reshape(5, 5), chunks=(5, 5),"
                    + " compression='gzip', shuffle=True)",
            "    f.create_dataset('single_plain', data=np.arange(6, dtype='i4'), chunks=(6,))",
            "    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)",
            "    dcpl.set_chunk((4, 4))",
            "    dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)",
            "    space = h5py.h5s.create_simple((8, 8), (8, 8))",
            "    h5py.h5d.create(f.id, b'implicit', h5py.h5t.STD_I32LE, space, dcpl=dcpl)",
            "    f['implicit'][...] = np.arange(64).reshape(8, 8)");

    /** Checks in h5py what {@link ModifyTest#modifyLatest} left: old and new values; prints OK. */
    static final String LATEST_CHECK = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "ea = f['ea'][...]",
            "assert ea.shape == (45, 4) and (ea.ravel() == np.arange(180)).all(), ea",
            "e = np.zeros((7, 6), 'i4')",
            "e[:4, :4] = np.arange(16).reshape(4, 4)",
            "e[4, :] = 9",
            "e[6, 5] = 77",
            "assert (f['bt2'][...] == e).all(), f['bt2'][...]",
            "e = np.zeros((12, 12), 'i4')",
            "e[:4, :4] = np.arange(16).reshape(4, 4)",
            "e[4, 4] = -5",
            "e[10, 10] = -10",
            "assert (f['fa'][...] == e).all(), f['fa'][...]",
            "e = np.arange(25).reshape(5, 5)",
            "e[1:3, 1:3] = -1",
            "assert (f['single'][...] == e).all() and f['single'].compression == 'gzip', f['single'][...]",
            "assert list(f['single_plain'][...]) == [0, 1, 2, -3, 4, 5]",
            "e = np.arange(64).reshape(8, 8)",
            "e[2:6, 2:6] = -7",
            "assert (f['implicit'][...] == e).all(), f['implicit'][...]",
            "print('OK')");

    /**
     * h5py's latest-format file with every HDF5 1.10 chunk index: after appends in a flush loop, resizes and
     * partial rewrites each dataset has its index type still, and h5py and h5dump read old and new values.
     */
    @Test
    void h5pyLatestIndexesKeepTheirType() throws Exception {
        Path p = dir.resolve("indexes.h5");
        WriterInteropTest.python(LATEST_SCRIPT, p);
        assertThat(ModifyTest.indexType(p, "/ea")).isEqualTo(ModifyTest.EXTENSIBLE_ARRAY);
        assertThat(ModifyTest.indexType(p, "/bt2")).isEqualTo(ModifyTest.BTREE_V2);
        assertThat(ModifyTest.indexType(p, "/fa")).isEqualTo(ModifyTest.FIXED_ARRAY);
        assertThat(ModifyTest.indexType(p, "/single")).isEqualTo(ModifyTest.SINGLE);
        assertThat(ModifyTest.indexType(p, "/single_plain")).isEqualTo(ModifyTest.SINGLE);
        assertThat(ModifyTest.indexType(p, "/implicit")).isEqualTo(ModifyTest.IMPLICIT);
        long implicitAt = ModifyTest.layout(p, "/implicit").address();
        ModifyTest.modifyLatest(p);
        ModifyTest.checkLatest(p);
        assertThat(ModifyTest.layout(p, "/implicit").address()).isEqualTo(implicitAt);
        assertThat(WriterInteropTest.python(LATEST_CHECK, p)).isEqualTo("OK");
        h5dump(p);
        // the C library changes the indexes we rewrote in place, then both read its changes
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'a') as f:",
                "    ea = f['ea']",
                "    ea.resize((50, 4))",
                "    ea[45:] = np.arange(180, 200).reshape(5, 4)",
                "    f['bt2'].resize((8, 8))",
                "    f['bt2'][7, 7] = 88",
                "    f['fa'].resize((16, 16))",
                "    f['fa'][15, 15] = 15",
                "    f['single'][0, 0] = 100",
                "    f['implicit'][7, 7] = 100",
                "f = h5py.File(sys.argv[1], 'r')",
                "print(bool((f['ea'][...].ravel() == np.arange(200)).all()), f['bt2'][7, 7], f['bt2'][4, 5],"
                        + " f['fa'][15, 15], f['fa'][4, 4], f['single'][0, 0], f['single'][1, 1],"
                        + " f['implicit'][7, 7], f['implicit'][2, 2])"), p))
                .isEqualTo("True 88 9 15 -5 100 -1 100 -7");
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] ea = ((Dataset) f.get("/ea")).readLongs();
            assertThat(ea).hasSize(200);
            assertThat(ea[199]).isEqualTo(199);
            assertThat(((Dataset) f.get("/fa")).readLongs(Selection.box(new long[] {15, 15}, new long[] {1, 1})))
                    .containsExactly(15);
            assertThat(((Dataset) f.get("/implicit")).readLongs(Selection.box(new long[] {7, 6}, new long[] {1,
                2}))).containsExactly(62, 100);
        }
    }

    /**
     * Makes an h5py file with {@code makeScript} at {@code ours}, copies it to {@code theirs}, creates the datasets of
     * {@link ModifyTest#createInModifyMode} in ours with our writer and in theirs with h5py ('a' mode, default
     * bounds); checks both with our reader and that h5py reads ours equal to its own.
     */
    private static void createInBoth(String makeScript, Path ours, Path theirs) throws Exception {
        WriterInteropTest.python(makeScript, ours);
        Files.copy(ours, theirs);
        try (Hdf5Writer w = Hdf5Writer.open(ours)) {
            ModifyTest.createInModifyMode(w);
        }
        WriterInteropTest.python(CREATE_IN_A_MODE, theirs);
        ModifyTest.checkCreatedInModifyMode(ours);
        ModifyTest.checkCreatedInModifyMode(theirs); // the same content as h5py wrote it
        String names = "['new_contig', " + ModifyTest.CREATED_IN_MODIFY_MODE.keySet().stream()
                .map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ")) + "]";
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "ours = h5py.File(sys.argv[1], 'r')",
                "theirs = h5py.File(r'" + theirs + "', 'r')",
                "for n in " + names + ":",
                "    a, b = ours[n], theirs[n]",
                "    assert a.dtype == b.dtype and a.shape == b.shape and a.maxshape == b.maxshape, n",
                "    assert a.chunks == b.chunks and a.compression == b.compression and a.shuffle == b.shuffle, n",
                "    assert (a[...] == b[...]).all(), (n, a[...], b[...])",
                "print('OK')"), ours)).isEqualTo("OK");
        h5dump(ours);
    }

    /**
     * In a superblock 2 file (h5py libver='v108') the C library gives new datasets version 1 B-trees (layout version
     * 3), also with early allocation; so do we.
     */
    @Test
    void datasetsCreatedInAnH5pyV108FileGetVersion1BTreesAsH5pyGivesThem() throws Exception {
        Path ours = dir.resolve("ours-v108.h5");
        Path theirs = dir.resolve("h5py-v108.h5");
        createInBoth(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'w', libver='v108') as f:",
                "    f.create_dataset('old', data=np.arange(10), maxshape=(None,), chunks=(4,))"), ours, theirs);
        assertThat(ModifyTest.layout(ours, "/old").version()).isEqualTo(3);
        for (String name : ModifyTest.CREATED_IN_MODIFY_MODE.keySet()) {
            String path = "/" + name;
            assertThat(ModifyTest.indexType(ours, path)).as(path).isEqualTo(ModifyTest.indexType(theirs, path))
                    .isZero();
            assertThat(ModifyTest.layout(ours, path).version()).as(path)
                    .isEqualTo(ModifyTest.layout(theirs, path).version()).isEqualTo(3);
        }
    }

    /**
     * With h5py: what {@link ModifyTest#createInModifyMode} does, in a file h5py reopens in 'a' mode with its default
     * format bounds (growing in a loop, the implicit index through the low-level API with early allocation).
     */
    static final String CREATE_IN_A_MODE = String.join("\n",
            "import sys, h5py, numpy as np",
            "with h5py.File(sys.argv[1], 'a') as f:",
            "    ea = f.create_dataset('new_ea', shape=(0,), maxshape=(None,), chunks=(4,), dtype='i8')",
            "    f.create_dataset('new_ea_empty', shape=(0,), maxshape=(None,), chunks=(4,), dtype='i8')",
            "    ea2 = f.create_dataset('new_ea_2d', shape=(0, 3), maxshape=(None, 6), chunks=(2, 2), dtype='i4',"
                    + " compression='gzip', compression_opts=1)",
            "    bt = f.create_dataset('new_bt2', shape=(1, 1), maxshape=(None, None), chunks=(2, 2), dtype='i4')",
            "    f.create_dataset('new_fa', data=np.arange(100, dtype='i4').reshape(10, 10), chunks=(4, 4))",
            "    f.create_dataset('new_fa_deflate', data=np.arange(100, dtype='i4').reshape(10, 10), chunks=(4, 4),"
                    + " compression='gzip', compression_opts=1, shuffle=True)",
            "    f.create_dataset('new_single', data=np.arange(16, dtype='i4').reshape(4, 4), chunks=(4, 4))",
            "    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)",
            "    dcpl.set_chunk((4, 4))",
            "    dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)",
            "    h5py.h5d.create(f.id, b'new_implicit', h5py.h5t.STD_I32LE, h5py.h5s.create_simple((8, 8), (8, 8)),"
                    + " dcpl=dcpl)",
            "    f['new_implicit'][...] = np.arange(64).reshape(8, 8)",
            "    f.create_dataset('new_contig', data=np.array([1, 2, 3], 'i8'))",
            "    for k in range(1, 10):",
            "        n = ea.shape[0]",
            "        ea.resize((n + 5 - k % 2,))",
            "        ea[n:] = np.arange(n, ea.shape[0])",
            "        ea2.resize((2 * k, 3))",
            "        ea2[2 * k - 2:] = np.arange((2 * k - 2) * 3, 2 * k * 3).reshape(2, 3)",
            "        bt.resize((k, k))",
            "        bt[...] = np.arange(k)[:, None] * 100 + np.arange(k)[None, :]",
            "        f.flush()");

    /**
     * Datasets we create in an h5py libver='latest' file (superblock 3) get the chunk indexes h5py itself gives new
     * datasets of that file when it reopens it in 'a' mode (HDF5 1.10 raises its lower format bound for such files):
     * the same index type and layout version, dataset by dataset, and h5py reads ours equal to its own (values,
     * shapes, maximum shapes, chunks, filters); h5dump reads the file, and h5py then grows our new indexes in place.
     */
    @Test
    void datasetsCreatedInAnH5pyLatestFileGetTheIndexesH5pyGivesThem() throws Exception {
        Path ours = dir.resolve("ours-new.h5");
        Path theirs = dir.resolve("h5py-new.h5");
        createInBoth(LATEST_SCRIPT, ours, theirs);
        for (java.util.Map.Entry<String, Integer> e : ModifyTest.CREATED_IN_MODIFY_MODE.entrySet()) {
            String path = "/" + e.getKey();
            assertThat(ModifyTest.indexType(ours, path)).as(path).isEqualTo(ModifyTest.indexType(theirs, path))
                    .isEqualTo(e.getValue());
            assertThat(ModifyTest.layout(ours, path).version()).as(path)
                    .isEqualTo(ModifyTest.layout(theirs, path).version()).isEqualTo(4);
        }
        // the C library grows the indexes we wrote for the new datasets, in place; both read its changes
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'a') as f:",
                "    f['new_ea'].resize((1000,))",
                "    f['new_ea'][40:] = np.arange(40, 1000)",
                "    f['new_ea_empty'].resize((3,))",
                "    f['new_ea_empty'][:] = [7, 8, 9]",
                "    f['new_bt2'].resize((40, 40))",
                "    f['new_bt2'][39, 39] = 3939",
                "    f['new_fa'][9, 9] = -1",
                "f = h5py.File(sys.argv[1], 'r')",
                "print(bool((f['new_ea'][...] == np.arange(1000)).all()), list(f['new_ea_empty'][...]),"
                        + " f['new_bt2'][39, 39], f['new_bt2'][8, 8], f['new_fa'][9, 9])"), ours))
                .isEqualTo("True [7, 8, 9] 3939 808 -1");
        try (Hdf5File f = Hdf5File.open(ours)) {
            long[] ea = ((Dataset) f.get("/new_ea")).readLongs();
            assertThat(ea).hasSize(1000);
            assertThat(ea[999]).isEqualTo(999);
            assertThat(((Dataset) f.get("/new_bt2")).readLongs(Selection.box(new long[] {38, 38}, new long[] {2,
                2}))).containsExactly(0, 0, 0, 3939);
        }
        h5dump(ours);
    }

    /** The same with our own latest-format file (its implicit index from allocateEarly()). */
    @Test
    void ourLatestIndexesKeepTheirTypeForH5py() throws Exception {
        Path p = dir.resolve("ours-indexes.h5");
        ModifyTest.createLatest(p);
        ModifyTest.modifyLatest(p);
        ModifyTest.checkLatest(p);
        assertThat(WriterInteropTest.python(LATEST_CHECK, p)).isEqualTo("OK");
        h5dump(p);
    }


    @Test
    void modifiesAFileOurWriterCreated() throws Exception {
        Path p = dir.resolve("ours.h5");
        ModifyTest.createLikeH5py(p);
        modify(p);
        assertThat(WriterInteropTest.python(CHECK, p)).isEqualTo("OK");
        h5dump(p);
        checkWithNwbj(p);
    }

    /** A space-reusing flush loop (released chunks, indexes, continuation blocks, heap collections) stays valid. */
    @Test
    void aFileRewrittenInAFlushLoopStaysValid() throws Exception {
        Path p = dir.resolve("loop.h5");
        WriterInteropTest.python(makeScript(false), p);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("fixed");
            for (int i = 0; i < 20; i++) {
                short[] v = new short[64];
                java.util.Arrays.fill(v, (short) i);
                d.writeAll(v);
                d.setAttribute("counter", new long[] {i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i});
                w.root().setAttribute("note", "iteration " + i);
                w.flush();
            }
        }
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r')",
                "d = f['fixed']",
                "print(bool((d[...] == 19).all()), list(d.attrs['counter'])[:3], f.attrs['note'],"
                        + " list(f['grp/sub/x'][:]))"), p)).isEqualTo("True [19, 19, 19] iteration 19 [0, 1, 2, 3, 4]");
        h5dump(p);
    }

    @Test
    void h5pyCanModifyAFileWeModified() throws Exception {
        Path p = dir.resolve("again.h5");
        WriterInteropTest.python(makeScript(false), p);
        modify(p);
        String out = WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'a') as f:",
                "    f['grp'].attrs['by_h5py'] = 1",
                "    d = f['grow']",
                "    d.resize((7000, 10))",
                "    d[6500:] = 1",
                "    f['grp/sub'].create_group('h5py_group')",
                "f = h5py.File(sys.argv[1], 'r')",
                "print(f['grp'].attrs['by_h5py'], f['grow'].shape, 'h5py_group' in f['grp/sub'],"
                        + " f['grp'].attrs['new'])"), p);
        assertThat(out).isEqualTo("1 (7000, 10) True 1.5");
    }
}
