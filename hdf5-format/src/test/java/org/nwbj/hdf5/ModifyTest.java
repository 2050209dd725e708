package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.testing.FailingStorage;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.testing.SharedFolder;

/** {@link Hdf5Writer#open(Path)} on our own files and the C library's, checked with our reader. */
class ModifyTest {
    @TempDir
    Path dir;

    /** With our writer, the file {@link ModifyInteropTest#makeScript} makes with h5py. */
    static void createLikeH5py(Path p) {
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter root = w.root();
            root.setAttribute("title", "original");
            root.setAttribute("count", 3L);
            GroupWriter g = root.createGroup("grp");
            g.setAttribute("keep", new long[] {0, 1, 2});
            g.setAttribute("drop", "x");
            g.createGroup("sub").createDataset("x", new int[] {0, 1, 2, 3, 4});
            double[] c = new double[100];
            for (int i = 0; i < c.length; i++) {
                c[i] = i;
            }
            root.createDataset("contig", DatasetOptions.of(DataTypes.FLOAT64, 10, 10)).writeAll(c);
            DatasetWriter grow = root.createDataset("grow", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4));
            grow.resize(1500, 10);
            float[] v = new float[15_000];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            grow.writeAll(v);
            long[] s = new long[40];
            for (int i = 0; i < s.length; i++) {
                s[i] = i;
            }
            root.createDataset("shrink", DatasetOptions.of(DataTypes.INT64, 20, 2).maxDims(Dataspace.UNLIMITED, 2)
                    .chunks(4, 2)).writeAll(s);
            short[] x = new short[64];
            for (int i = 0; i < x.length; i++) {
                x[i] = (short) i;
            }
            root.createDataset("fixed", DatasetOptions.of(DataTypes.INT16, 8, 8).chunks(4, 4).deflate(4).shuffle())
                    .writeAll(x);
            int[] t = new int[16];
            for (int i = 0; i < t.length; i++) {
                t[i] = i;
            }
            root.createDataset("two_unlimited", DatasetOptions.of(DataTypes.INT32, 4, 4)
                    .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(2, 2)).writeAll(t);
            root.createSoftLink("soft", "/grp/sub/x");
            root.createGroup("tobedeleted").setAttribute("a", 1L);
            GroupWriter many = root.createGroup("many");
            for (int i = 0; i < 12; i++) {
                many.createGroup(String.format("m%02d", i));
            }
            DatasetWriter a = root.createDataset("attrs", new long[] {1, 2});
            for (int i = 0; i < 12; i++) {
                a.setAttribute(String.format("a%02d", i), (long) i);
            }
            a.setAttribute("s", "vlen string");
        }
    }

    @Test
    void modifiesAFileOurWriterCreated() {
        Path p = dir.resolve("ours.h5");
        createLikeH5py(p);
        ModifyInteropTest.modify(p);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().dataset("soft").setAttribute("via", "soft link"); // "soft" -> /grp/sub/x
        }
        ModifyInteropTest.checkWithNwbj(p);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/contig")).readDoubles(Selection.box(new long[] {2, 2}, new long[] {1, 3})))
                    .containsExactly(22, -1, -1);
            assertThat(((Dataset) f.get("/two_unlimited")).space().dims()).containsExactly(5, 6);
            assertThat(f.get("/attrs").attribute("a_new").readValues()).containsExactly(5L);
            assertThat(f.get("/attrs").attribute("s").readValues()).containsExactly("vlen string");
            assertThat(f.get("/grp/sub/x").attribute("via").readValues()).containsExactly("soft link");
            assertThat(f.get("/grp").hasAttribute("drop")).isFalse();
            assertThat(((Group) f.get("/many")).links()).hasSize(13);
        }
    }

    /** The chunk index type of a dataset's layout message (Layout.INDEX_*: 0 v1 B-tree ... 5 v2 B-tree). */
    static int indexType(Path p, String path) {
        return layout(p, path).indexType();
    }

    static org.nwbj.hdf5.internal.format.Layout layout(Path p, String path) {
        long address;
        try (Hdf5File f = Hdf5File.open(p)) {
            address = f.get(path).address();
        }
        try (FileStorage s = FileStorage.openReadOnly(p, false)) {
            org.nwbj.hdf5.internal.engine.FileContext c = org.nwbj.hdf5.internal.engine.FileContext.open(s);
            return new org.nwbj.hdf5.internal.engine.DatasetReader(c, c.header(address)).layout();
        }
    }

    static final int SINGLE = 1;
    static final int IMPLICIT = 2;
    static final int FIXED_ARRAY = 3;
    static final int EXTENSIBLE_ARRAY = 4;
    static final int BTREE_V2 = 5;

    /** A latest-format file of ours with a dataset of every HDF5 1.10 chunk index. */
    static void createLatest(Path p) {
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            GroupWriter root = w.root();
            root.createDataset("ea", DatasetOptions.of(DataTypes.INT64, 0, 4).maxDims(Dataspace.UNLIMITED, 4)
                    .chunks(3, 4).deflate(1));
            root.createDataset("bt2", DatasetOptions.of(DataTypes.INT32, 4, 4)
                    .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(2, 2)).writeAll(iota(16));
            // only the first of the 4 x 4 cells of the maximum shape is stored
            root.createDataset("fa", DatasetOptions.of(DataTypes.INT32, 8, 8).maxDims(16, 16).chunks(4, 4)
                    .deflate(1)).write(Selection.box(new long[] {0, 0}, new long[] {4, 4}), iota(16));
            root.createDataset("single", DatasetOptions.of(DataTypes.INT32, 5, 5).chunks(5, 5).deflate(1).shuffle())
                    .writeAll(iota(25));
            root.createDataset("single_plain", DatasetOptions.of(DataTypes.INT32, 6).chunks(6)).writeAll(iota(6));
            root.createDataset("implicit", DatasetOptions.of(DataTypes.INT32, 8, 8).chunks(4, 4).allocateEarly())
                    .writeAll(iota(64));
        }
    }

    static int[] iota(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    /** The changes {@link #latestIndexesKeepTheirType} makes, in two sessions with flushes in between. */
    static void modifyLatest(Path p) {
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter root = w.root();
            DatasetWriter ea = root.dataset("ea");
            for (int k = 0; k < 5; k++) { // appended in a flush loop: 35 rows, 12 chunks
                appendRows(ea, 7);
                w.flush();
            }
            DatasetWriter bt = root.dataset("bt2");
            bt.resize(5, 6);
            bt.write(Selection.box(new long[] {4, 0}, new long[] {1, 6}), new int[] {9, 9, 9, 9, 9, 9});
            DatasetWriter fa = root.dataset("fa");
            fa.write(Selection.box(new long[] {4, 4}, new long[] {1, 1}), new int[] {-5}); // an unallocated cell
            fa.resize(12, 12);
            fa.write(Selection.box(new long[] {10, 10}, new long[] {1, 1}), new int[] {-10});
            assertThatThrownBy(() -> fa.resize(17, 16)).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("beyond its maximum 16");
            root.dataset("single").write(Selection.box(new long[] {1, 1}, new long[] {2, 2}), new int[] {-1, -1, -1,
                -1});
            root.dataset("single_plain").write(Selection.box(new long[] {3}, new long[] {1}), new int[] {-3});
            root.dataset("implicit").write(Selection.box(new long[] {2, 2}, new long[] {4, 4}), new int[] {-7, -7,
                -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7});
            w.flush();
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            appendRows(w.root().dataset("ea"), 10);
            w.flush();
            DatasetWriter bt = w.root().dataset("bt2");
            bt.resize(7, 6); // grown again in another session
            bt.write(Selection.box(new long[] {6, 5}, new long[] {1, 1}), new int[] {77});
        }
    }

    /** Rows {@code n * 4 + c} of "ea": every value is its own flat index. */
    private static void appendRows(DatasetWriter ea, int rows) {
        long from = ea.dims()[0];
        ea.resize(from + rows, 4);
        long[] v = new long[rows * 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = from * 4 + i;
        }
        ea.write(Selection.rows(ea.dims(), from, rows), v);
    }

    /** What {@link #modifyLatest} leaves, read with our reader; every dataset still has its index type. */
    static void checkLatest(Path p) {
        assertThat(indexType(p, "/ea")).isEqualTo(EXTENSIBLE_ARRAY);
        assertThat(indexType(p, "/bt2")).isEqualTo(BTREE_V2);
        assertThat(indexType(p, "/fa")).isEqualTo(FIXED_ARRAY);
        assertThat(indexType(p, "/single")).isEqualTo(SINGLE);
        assertThat(indexType(p, "/single_plain")).isEqualTo(SINGLE);
        assertThat(indexType(p, "/implicit")).isEqualTo(IMPLICIT);
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] ea = ((Dataset) f.get("/ea")).readLongs();
            assertThat(ea).hasSize(45 * 4);
            for (int i = 0; i < ea.length; i++) {
                assertThat(ea[i]).as("ea[%d]", i).isEqualTo(i);
            }
            long[] bt = ((Dataset) f.get("/bt2")).readLongs();
            long[] btExpected = new long[42];
            for (int i = 0; i < 16; i++) {
                btExpected[(i / 4) * 6 + i % 4] = i;
            }
            Arrays.fill(btExpected, 24, 30, 9);
            btExpected[41] = 77;
            assertThat(bt).containsExactly(btExpected);
            long[] fa = ((Dataset) f.get("/fa")).readLongs();
            assertThat(fa).hasSize(144);
            for (int r = 0; r < 12; r++) {
                for (int c = 0; c < 12; c++) {
                    long expected = r < 4 && c < 4 ? r * 4 + c : r == 4 && c == 4 ? -5 : r == 10 && c == 10 ? -10 : 0;
                    assertThat(fa[r * 12 + c]).as("fa[%d][%d]", r, c).isEqualTo(expected);
                }
            }
            long[] single = ((Dataset) f.get("/single")).readLongs();
            for (int i = 0; i < 25; i++) {
                int r = i / 5;
                int c = i % 5;
                assertThat(single[i]).isEqualTo(r >= 1 && r <= 2 && c >= 1 && c <= 2 ? -1 : i);
            }
            assertThat(((Dataset) f.get("/single_plain")).readLongs()).containsExactly(0, 1, 2, -3, 4, 5);
            long[] implicit = ((Dataset) f.get("/implicit")).readLongs();
            for (int i = 0; i < 64; i++) {
                int r = i / 8;
                int c = i % 8;
                assertThat(implicit[i]).isEqualTo(r >= 2 && r < 6 && c >= 2 && c < 6 ? -7 : i);
            }
        }
    }

    /**
     * An existing file's HDF5 1.10 chunk indexes keep their type when modify mode rewrites them (as the C library
     * changes them in place); implicitly indexed chunks are overwritten where they are.
     */
    @Test
    void latestIndexesKeepTheirType() {
        Path p = dir.resolve("latest.h5");
        createLatest(p);
        assertThat(indexType(p, "/ea")).isEqualTo(EXTENSIBLE_ARRAY);
        assertThat(indexType(p, "/fa")).isEqualTo(FIXED_ARRAY);
        assertThat(indexType(p, "/single")).isEqualTo(SINGLE);
        assertThat(indexType(p, "/implicit")).isEqualTo(IMPLICIT);
        long implicitAt = layout(p, "/implicit").address();
        modifyLatest(p);
        checkLatest(p);
        assertThat(layout(p, "/implicit").address()).as("implicit chunks stay in place").isEqualTo(implicitAt);
        assertThat(layout(p, "/single").flags() & 2).as("filtered single chunk").isEqualTo(2);
    }

    /**
     * The datasets {@link #createInModifyMode} adds, by name, with the index type the C library (1.10) gives them
     * in a superblock 3 file it opens for writing with its default format bounds (checked against h5py in
     * ModifyInteropTest).
     */
    static final Map<String, Integer> CREATED_IN_MODIFY_MODE = new TreeMap<>(Map.of("new_ea", EXTENSIBLE_ARRAY,
            "new_ea_empty", EXTENSIBLE_ARRAY, "new_ea_2d", EXTENSIBLE_ARRAY, "new_bt2", BTREE_V2, "new_fa",
            FIXED_ARRAY, "new_fa_deflate", FIXED_ARRAY, "new_single", SINGLE, "new_implicit", IMPLICIT));

    /**
     * Adds the datasets of {@link #CREATED_IN_MODIFY_MODE} (and a contiguous one) to an existing file, then grows the
     * growable ones in a loop of flushes: "new_ea" (rank 1) to 40 values, "new_ea_2d" to 18 x 3 (a fixed maximum
     * for its second dimension), "new_bt2" to 9 x 9; each element holds its flat index (new_bt2: row * 100 + col).
     */
    static void createInModifyMode(Hdf5Writer w) {
        GroupWriter root = w.root();
        DatasetWriter ea = root.createDataset("new_ea", DatasetOptions.of(DataTypes.INT64, 0)
                .maxDims(Dataspace.UNLIMITED).chunks(4));
        root.createDataset("new_ea_empty", DatasetOptions.of(DataTypes.INT64, 0).maxDims(Dataspace.UNLIMITED)
                .chunks(4));
        DatasetWriter ea2 = root.createDataset("new_ea_2d", DatasetOptions.of(DataTypes.INT32, 0, 3)
                .maxDims(Dataspace.UNLIMITED, 6).chunks(2, 2).deflate(1));
        DatasetWriter bt = root.createDataset("new_bt2", DatasetOptions.of(DataTypes.INT32, 1, 1)
                .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(2, 2));
        int[] fa = new int[100];
        for (int i = 0; i < fa.length; i++) {
            fa[i] = i;
        }
        root.createDataset("new_fa", DatasetOptions.of(DataTypes.INT32, 10, 10).chunks(4, 4)).writeAll(fa);
        root.createDataset("new_fa_deflate", DatasetOptions.of(DataTypes.INT32, 10, 10).chunks(4, 4).deflate(1)
                .shuffle()).writeAll(fa);
        root.createDataset("new_single", DatasetOptions.of(DataTypes.INT32, 4, 4).chunks(4, 4)).writeAll(iota(16));
        root.createDataset("new_implicit", DatasetOptions.of(DataTypes.INT32, 8, 8).chunks(4, 4).allocateEarly())
                .writeAll(iota(64));
        root.createDataset("new_contig", new long[] {1, 2, 3});
        for (int k = 1; k <= 9; k++) {
            long n = ea.dims()[0];
            ea.resize(n + 5 - k % 2);
            long[] v = new long[(int) (ea.dims()[0] - n)];
            for (int i = 0; i < v.length; i++) {
                v[i] = n + i;
            }
            ea.write(Selection.box(new long[] {n}, new long[] {v.length}), v);
            ea2.resize(2 * k, 3);
            int[] rows = new int[6];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (2 * k - 2) * 3 + i;
            }
            ea2.write(Selection.rows(ea2.dims(), 2 * k - 2, 2), rows);
            bt.resize(k, k);
            int[] all = new int[k * k];
            for (int i = 0; i < all.length; i++) {
                all[i] = i / k * 100 + i % k;
            }
            bt.writeAll(all);
            w.flush();
        }
    }

    /** What {@link #createInModifyMode} wrote, read with our reader. */
    static void checkCreatedInModifyMode(Path p) {
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] ea = ((Dataset) f.get("/new_ea")).readLongs();
            assertThat(ea).hasSize(40);
            for (int i = 0; i < ea.length; i++) {
                assertThat(ea[i]).as("new_ea[%d]", i).isEqualTo(i);
            }
            assertThat(((Dataset) f.get("/new_ea_empty")).readLongs()).isEmpty();
            long[] ea2 = ((Dataset) f.get("/new_ea_2d")).readLongs();
            assertThat(ea2).hasSize(54);
            for (int i = 0; i < ea2.length; i++) {
                assertThat(ea2[i]).as("new_ea_2d[%d]", i).isEqualTo(i);
            }
            long[] bt = ((Dataset) f.get("/new_bt2")).readLongs();
            assertThat(bt).hasSize(81);
            for (int i = 0; i < bt.length; i++) {
                assertThat(bt[i]).as("new_bt2[%d]", i).isEqualTo(i / 9 * 100 + i % 9);
            }
            long[] fa = ((Dataset) f.get("/new_fa")).readLongs();
            long[] faDeflate = ((Dataset) f.get("/new_fa_deflate")).readLongs();
            for (int i = 0; i < 100; i++) {
                assertThat(fa[i]).as("new_fa[%d]", i).isEqualTo(i);
                assertThat(faDeflate[i]).as("new_fa_deflate[%d]", i).isEqualTo(i);
            }
            long[] single = ((Dataset) f.get("/new_single")).readLongs();
            long[] implicit = ((Dataset) f.get("/new_implicit")).readLongs();
            for (int i = 0; i < 64; i++) {
                assertThat(implicit[i]).as("new_implicit[%d]", i).isEqualTo(i);
                if (i < 16) {
                    assertThat(single[i]).as("new_single[%d]", i).isEqualTo(i);
                }
            }
            assertThat(((Dataset) f.get("/new_contig")).readLongs()).containsExactly(1, 2, 3);
        }
    }

    /**
     * Datasets created in modify mode get what the C library gives them: in a superblock 3 file (ours from {@code
     * create(path, true)}) the HDF5 1.10 index its latest setting chooses, rewritten over a loop of flushes and
     * kept when a later session grows them; in a superblock 2 file a version 1 B-tree (layout version 3).
     */
    @Test
    void datasetsCreatedInModifyModeGetTheIndexesTheCLibraryGives() {
        Path p = dir.resolve("latest-new.h5");
        createLatest(p);
        modifyLatest(p);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            createInModifyMode(w);
        }
        checkCreatedInModifyMode(p);
        checkLatest(p); // the existing datasets keep their indexes and content
        for (Map.Entry<String, Integer> e : CREATED_IN_MODIFY_MODE.entrySet()) {
            assertThat(indexType(p, "/" + e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(layout(p, "/" + e.getKey()).version()).as(e.getKey()).isEqualTo(4);
        }
        assertThat(layout(p, "/new_ea_empty").address()).as("no chunk: no index").isEqualTo(-1);
        // a later session finds them as the C library would (their index types kept while they grow)
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter bt = w.root().dataset("new_bt2");
            bt.resize(10, 10);
            bt.write(Selection.box(new long[] {9, 9}, new long[] {1, 1}), new int[] {909});
            DatasetWriter ea = w.root().dataset("new_ea_empty");
            ea.resize(9);
            ea.writeAll(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        }
        assertThat(indexType(p, "/new_bt2")).isEqualTo(BTREE_V2);
        assertThat(indexType(p, "/new_ea_empty")).isEqualTo(EXTENSIBLE_ARRAY);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/new_bt2")).readLongs(Selection.box(new long[] {8, 8}, new long[] {2, 2})))
                    .containsExactly(808, 0, 0, 909);
            assertThat(((Dataset) f.get("/new_ea_empty")).readLongs()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        }

        Path v2 = dir.resolve("v2-new.h5");
        try (Hdf5Writer w = Hdf5Writer.create(v2)) {
            w.root().createDataset("old", new long[] {1});
        }
        try (Hdf5Writer w = Hdf5Writer.open(v2)) {
            createInModifyMode(w);
        }
        checkCreatedInModifyMode(v2);
        for (String name : CREATED_IN_MODIFY_MODE.keySet()) {
            assertThat(indexType(v2, "/" + name)).as(name).isZero(); // a version 1 B-tree, also with early allocation
            assertThat(layout(v2, "/" + name).version()).as(name).isEqualTo(3);
        }
    }

    /** New datasets appended in a loop of flushes reuse their replaced indexes and chunks like kept ones. */
    @Test
    void newLatestIndexesRewrittenInAFlushLoopReuseTheSpace() throws Exception {
        Path p = dir.resolve("latest-loop.h5");
        createLatest(p);
        long size = 0;
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter ea = w.root().createDataset("new_ea", DatasetOptions.of(DataTypes.INT64, 8, 4)
                    .maxDims(Dataspace.UNLIMITED, 4).chunks(4, 4).deflate(1));
            DatasetWriter bt = w.root().createDataset("new_bt2", DatasetOptions.of(DataTypes.INT64, 8, 8)
                    .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(4, 4));
            DatasetWriter fa = w.root().createDataset("new_fa", DatasetOptions.of(DataTypes.INT64, 8, 8)
                    .chunks(4, 4));
            for (int i = 0; i < 60; i++) {
                long[] v = new long[64];
                Arrays.fill(v, i);
                ea.writeAll(Arrays.copyOf(v, 32));
                bt.writeAll(v);
                fa.writeAll(v);
                w.flush();
                if (i == 4) {
                    size = Files.size(p);
                }
            }
        }
        for (String name : new String[] {"new_ea", "new_bt2", "new_fa"}) {
            try (Hdf5File f = Hdf5File.open(p)) {
                assertThat(((Dataset) f.get("/" + name)).readLongs()).as(name).containsOnly(59L);
            }
        }
        assertThat(indexType(p, "/new_ea")).isEqualTo(EXTENSIBLE_ARRAY);
        assertThat(indexType(p, "/new_bt2")).isEqualTo(BTREE_V2);
        assertThat(indexType(p, "/new_fa")).isEqualTo(FIXED_ARRAY);
        assertThat(Files.size(p)).isLessThanOrEqualTo(size + 16384);
    }

    /** Shrinking an implicitly indexed dataset refills what falls outside, in place; growing back shows the fill. */
    @Test
    void implicitChunksCutByAResizeBecomeFill() {
        Path p = dir.resolve("implicit.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            w.root().createDataset("implicit", DatasetOptions.of(DataTypes.INT32, 8, 8).chunks(4, 4).fill(new byte[] {-1, -1, -1, -1})
                    .allocateEarly()).writeAll(iota(64));
        }
        long at = layout(p, "/implicit").address();
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("implicit");
            d.resize(3, 8);
            w.flush();
            d.resize(8, 8);
        }
        assertThat(indexType(p, "/implicit")).isEqualTo(IMPLICIT);
        assertThat(layout(p, "/implicit").address()).isEqualTo(at);
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] v = ((Dataset) f.get("/implicit")).readLongs();
            for (int i = 0; i < 64; i++) {
                assertThat(v[i]).as("[%d]", i).isEqualTo(i < 24 ? i : -1);
            }
        }
    }

    /** An extensible array grown past 131,060 chunks (paged data blocks) stays an extensible array. */
    @Test
    void anExtensibleArrayGrownPastThePagingThresholdStaysOne() {
        Path p = dir.resolve("many.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            w.root().createDataset("many", DatasetOptions.of(DataTypes.INT8, 4).maxDims(Dataspace.UNLIMITED)
                    .chunks(1)).writeAll(new byte[] {1, 2, 3, 4});
        }
        assertThat(indexType(p, "/many")).isEqualTo(EXTENSIBLE_ARRAY);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("many");
            d.resize(131_061);
            d.write(Selection.box(new long[] {131_060}, new long[] {1}), new byte[] {9});
        }
        assertThat(indexType(p, "/many")).isEqualTo(EXTENSIBLE_ARRAY);
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/many");
            assertThat(d.readLongs(Selection.box(new long[] {0}, new long[] {4}))).containsExactly(1, 2, 3, 4);
            assertThat(d.readLongs(Selection.box(new long[] {131_059}, new long[] {2}))).containsExactly(0, 9);
        }
    }

    /** A v2 B-tree index grown past the 65,535 records of one node stays a (deeper) v2 B-tree. */
    @Test
    void aV2BTreeGrownPastOneNodeStaysOne() {
        Path p = dir.resolve("manybt.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            w.root().createDataset("many", DatasetOptions.of(DataTypes.INT8, 2, 2)
                    .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(1, 1)).writeAll(new byte[] {1, 2, 3, 4});
        }
        assertThat(indexType(p, "/many")).isEqualTo(BTREE_V2);
        byte[] v = new byte[256 * 257];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) i;
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("many");
            d.resize(256, 257);
            d.writeAll(v); // 65,792 chunks
        }
        assertThat(indexType(p, "/many")).isEqualTo(BTREE_V2);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/many")).readRaw()).isEqualTo(v);
        }
    }

    /** Every bundled C-library file (and the shared kit's, when present): rewriting everything changes nothing. */
    @Test
    void rewritingEveryObjectOfCLibraryFilesKeepsTheirContent() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : new String[] {"fill_resize.h5", "layout_earliest.h5", "links.h5", "sb0_offsets4.h5",
            "sb2_v108.h5", "sb3_groups_latest.h5", "types_compound.h5", "types_float.h5", "types_int.h5"}) {
            files.add(TestFiles.corpus(name));
        }
        Path kit = SharedFolder.optional("conformance/corpus");
        if (kit != null) {
            try (Stream<Path> s = Files.walk(kit)) {
                s.filter(f -> f.toString().endsWith(".h5") || f.toString().endsWith(".hdf5"))
                        .filter(f -> !f.getFileName().toString().matches(".*(family|split|tfamily|tsplit|-[mr]\\.h5).*"))
                        .filter(f -> Files.exists(Path.of(f + ".json")))
                        .sorted().forEach(files::add);
            }
        }
        int n = 0;
        for (Path src : files) {
            Map<String, String> before;
            try {
                before = dump(src);
            } catch (Hdf5Exception e) {
                continue; // files our reader refuses on purpose (none in the kit today)
            }
            Path dst = dir.resolve("touched.h5");
            ModifyTouch.touch(src, dst);
            assertThat(dump(dst)).as(src.toString()).isEqualTo(before);
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(9);
    }

    @Test
    void userBlockFilesAreModifiedAfterTheirUserBlock() throws Exception {
        Path src = SharedFolder.require("conformance/corpus/userblock.h5");
        Path p = dir.resolve("ub.h5");
        Files.copy(src, p);
        byte[] userBlock = Arrays.copyOf(Files.readAllBytes(p), 512);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().createGroup("added").setAttribute("x", 1L);
            w.root().group("g").setAttribute("y", 2L);
        }
        assertThat(Arrays.copyOf(Files.readAllBytes(p), 512)).isEqualTo(userBlock);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.get("/added").attribute("x").readValues()).containsExactly(1L);
            assertThat(f.get("/g").attribute("y").readValues()).containsExactly(2L);
            assertThat(((Dataset) f.get("/ints")).readLongs()).hasSize(200);
        }
    }

    @Test
    void openingAMissingFileFails() {
        assertThatThrownBy(() -> Hdf5Writer.open(dir.resolve("none.h5"))).isInstanceOf(Hdf5NotFoundException.class);
    }

    @Test
    void layoutsTheWriterDoesNotProduceAreRefusedClearly() throws Exception {
        Path p = dir.resolve("layout.h5");
        Files.copy(TestFiles.corpus("layout_earliest.h5"), p);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("compact_i4");
            assertThatThrownBy(() -> d.writeAll(new int[12])).isInstanceOf(Hdf5UnsupportedException.class)
                    .hasMessageContaining("compact");
            d.setAttribute("still", "attributes work");
            assertThatThrownBy(() -> w.root().dataset("nothing")).isInstanceOf(Hdf5NotFoundException.class);
            assertThat(w.root().linkNames()).contains("compact_i4", "contiguous", "chunked_unlimited");
            assertThatThrownBy(() -> w.root().group("contiguous")).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("not a group");
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/compact_i4")).readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                    10, 11);
            assertThat(f.get("/compact_i4").attribute("still").readValues()).containsExactly("attributes work");
        }
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws Exception {
        Path p = dir.resolve("same.h5");
        Files.copy(TestFiles.corpus("sb0_offsets4.h5"), p);
        byte[] before = Files.readAllBytes(p);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("/");
            w.flush();
        }
        assertThat(Files.readAllBytes(p)).isEqualTo(before);
    }

    @Test
    void rewritingAttributesAndChunksInAFlushLoopReusesTheSpace() throws Exception {
        for (String source : new String[] {"ours", "layout_earliest.h5", "latest", "latest-single"}) {
            Path p = dir.resolve("loop.h5");
            if (source.equals("ours")) {
                createLikeH5py(p);
            } else if (source.startsWith("latest")) {
                Files.deleteIfExists(p);
                createLatest(p); // rewritten fixed array and single chunk indexes are reused like v1 B-trees
            } else {
                Files.copy(TestFiles.corpus(source), p, StandardCopyOption.REPLACE_EXISTING);
            }
            String chunked = source.equals("ours") ? "fixed" : source.equals("latest") ? "fa"
                    : source.equals("latest-single") ? "single" : "chunked_2d_partial";
            long size = 0;
            try (Hdf5Writer w = Hdf5Writer.open(p)) {
                DatasetWriter d = w.root().dataset(chunked);
                for (int i = 0; i < 60; i++) {
                    long[] big = new long[300]; // too large for the old header: spills into a continuation
                    Arrays.fill(big, i);
                    d.setAttribute("counter", big);
                    w.root().setAttribute("note", "iteration " + i);
                    long[] dims = d.dims();
                    Selection one = Selection.box(new long[dims.length], dims);
                    byte[] raw = new byte[(int) (one.elementCount() * d.type().size())];
                    Arrays.fill(raw, (byte) i);
                    d.writeBytes(one, raw);
                    w.flush();
                    if (i == 4) {
                        size = Files.size(p);
                    }
                }
            }
            try (Hdf5File f = Hdf5File.open(p)) {
                Object[] v = f.get("/" + chunked).attribute("counter").readValues();
                assertThat(v).hasSize(300).containsOnly(59L);
                byte[] data = ((Dataset) f.get("/" + chunked)).readRaw();
                for (byte b : data) {
                    assertThat(b).isEqualTo((byte) 59);
                }
            }
            // released chunks, indexes and continuation blocks are reused; only the global heap grows
            // (each "note" string is a new heap object)
            assertThat(Files.size(p)).as(source).isLessThanOrEqualTo(size + 60 * 64 + 16384);
        }
    }

    /**
     * A flush that fails at any write (simulated by a storage that refuses writes after the k-th) leaves a file
     * that reads: every object the change did not touch as before, the changed dataset either before or after.
     */
    @Test
    void aFlushFailingAtAnyWriteLeavesAReadableFile() throws Exception {
        for (String source : new String[] {"ours", "layout_earliest.h5"}) {
            Path orig = dir.resolve("orig.h5");
            if (source.equals("ours")) {
                createLikeH5py(orig);
            } else {
                Files.copy(TestFiles.corpus(source), orig, StandardCopyOption.REPLACE_EXISTING);
            }
            String grown = source.equals("ours") ? "grow" : "chunked_unlimited";
            Map<String, String> before = dump(orig);
            Path full = dir.resolve("full.h5");
            Files.copy(orig, full, StandardCopyOption.REPLACE_EXISTING);
            FailingStorage counting = FailingStorage.failingWrite(FileStorage.openReadWrite(full, false),
                    Long.MAX_VALUE);
            change(Hdf5Writer.open(counting), grown);
            Map<String, String> after = dump(full);
            assertThat(after).isNotEqualTo(before);
            int writes = (int) counting.writes();
            assertThat(writes).isGreaterThan(3);
            for (int k = 0; k < writes; k++) {
                Path p = dir.resolve("failed" + k + ".h5");
                Files.copy(orig, p, StandardCopyOption.REPLACE_EXISTING);
                FailingStorage s = FailingStorage.failingWrite(FileStorage.openReadWrite(p, false), k + 1);
                Hdf5Writer w = Hdf5Writer.open(s);
                assertThatThrownBy(() -> change(w, grown)).isInstanceOf(Hdf5IoException.class);
                s.close();
                Map<String, String> now = dump(p);
                for (Map.Entry<String, String> e : before.entrySet()) {
                    String key = e.getKey();
                    if (key.equals("/") || key.equals("/" + grown)) {
                        assertThat(now.get(key)).as(source + " failing at write " + k + ": " + key)
                                .isIn(e.getValue(), after.get(key));
                    } else {
                        assertThat(now.get(key)).as(source + " failing at write " + k + ": " + key)
                                .isEqualTo(e.getValue());
                    }
                }
            }
        }
    }

    /** Appends to a growable dataset, adds a group with a dataset, sets a root attribute; then closes. */
    private static void change(Hdf5Writer w, String grown) {
        DatasetWriter d = w.root().dataset(grown);
        long[] dims = d.dims();
        long[] newDims = dims.clone();
        newDims[0] += 3;
        d.resize(newDims);
        long[] start = new long[dims.length];
        start[0] = dims[0];
        long[] count = newDims.clone();
        count[0] = 3;
        Selection sel = Selection.box(start, count);
        d.writeBytes(sel, new byte[(int) (sel.elementCount() * d.type().size())]);
        GroupWriter g = w.root().createGroup("added");
        g.createDataset("v", new long[] {4, 5, 6});
        w.root().setAttribute("modified", "yes");
        w.close();
    }

    /** Every object reachable by hard links, by path: attributes, type, shape and values; groups' link lists. */
    static Map<String, String> dump(Path p) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Hdf5File f = Hdf5File.open(p)) {
            dumpGroup(f.root(), "/", out, new HashSet<>());
        }
        return out;
    }

    private static void dumpGroup(Group g, String path, Map<String, String> out, Set<Long> seen) {
        StringBuilder sb = new StringBuilder("group ").append(attributes(g));
        List<Object[]> children = new ArrayList<>();
        for (Link l : g.links()) {
            sb.append(' ').append(l.name()).append('=');
            if (l instanceof Link.Hard) {
                Node n = g.get(l.name());
                String childPath = path.equals("/") ? "/" + l.name() : path + "/" + l.name();
                sb.append("hard");
                if (seen.add(n.address())) {
                    children.add(new Object[] {n, childPath});
                }
            } else {
                sb.append(l);
            }
        }
        out.put(path, sb.toString());
        for (Object[] c : children) {
            Node n = (Node) c[0];
            String cp = (String) c[1];
            if (n instanceof Group cg) {
                dumpGroup(cg, cp, out, seen);
            } else if (n instanceof Dataset d) {
                String values;
                try {
                    values = d.space().kind() == Dataspace.Kind.NULL ? "null" : render(d.readValues());
                } catch (Hdf5UnsupportedException e) {
                    values = "unsupported";
                }
                out.put(cp, "dataset " + d.type() + " " + d.space() + " " + attributes(d) + " " + values);
            } else {
                out.put(cp, "datatype " + attributes(n));
            }
        }
    }

    /** Values as text, arrays and records (region references hold byte arrays) by content. */
    static String render(Object o) {
        if (o == null) {
            return "null";
        }
        if (o.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("[");
            int n = java.lang.reflect.Array.getLength(o);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ", ").append(render(java.lang.reflect.Array.get(o, i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof Record) {
            StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append('(');
            for (java.lang.reflect.RecordComponent c : o.getClass().getRecordComponents()) {
                try {
                    sb.append(c.getName()).append('=').append(render(c.getAccessor().invoke(o))).append(' ');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sb.append(')').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(render(e.getKey())).append('=').append(render(e.getValue())).append(", ");
            }
            return sb.append('}').toString();
        }
        if (o instanceof List<?> l) {
            return render(l.toArray());
        }
        return o.toString();
    }

    private static String attributes(Node n) {
        StringBuilder sb = new StringBuilder("{");
        for (Attribute a : n.attributes()) {
            String v;
            try {
                v = a.space().kind() == Dataspace.Kind.NULL ? "null" : render(a.readValues());
            } catch (Hdf5UnsupportedException e) {
                v = "unsupported";
            }
            sb.append(a.name()).append(':').append(a.type()).append('=').append(v).append(';');
        }
        return sb.append('}').toString();
    }
}
