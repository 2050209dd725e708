package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Latest-format indexes past the sizes one node or one unpaged block holds: a v2 B-tree chunk index of more than
 * 65,535 chunks (internal nodes), an extensible array of more than 131,060 chunks (paged data blocks), dense links
 * and attributes whose name index needs internal nodes. The C library (h5py, h5dump) reads them; so does nwbj.
 * Skipped without h5py or h5dump, except in CI.
 */
@Tag("interop")
class BigIndexInteropTest {
    @TempDir
    Path dir;

    /** (300, 300) in chunks of (1, 1), both dimensions unlimited: 90,000 chunks in a v2 B-tree. */
    static void writeBTreeDataset(Hdf5Writer w) {
        DatasetWriter d = w.root().createDataset("grid", DatasetOptions.of(DataTypes.INT32, 300, 300)
                .maxDims(Dataspace.UNLIMITED, Dataspace.UNLIMITED).chunks(1, 1));
        int[] v = new int[300 * 300];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        d.writeAll(v);
    }

    /** 140,000 elements in chunks of 1, one unlimited dimension: an extensible array with paged data blocks. */
    static void writeExtensibleDataset(Hdf5Writer w, boolean sparse) {
        DatasetWriter d = w.root().createDataset("rows", DatasetOptions.of(DataTypes.INT32, 140_000)
                .maxDims(Dataspace.UNLIMITED).chunks(1));
        int[] v = new int[140_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = 7 * i;
        }
        d.writeAll(v);
        if (sparse) {
            DatasetWriter s = w.root().createDataset("sparse", DatasetOptions.of(DataTypes.INT32, 400_000)
                    .maxDims(Dataspace.UNLIMITED).chunks(1));
            // chunks only in a few pages of paged data blocks; the rest read as the fill value 0
            for (long i : new long[] {5, 131_059, 131_060, 131_061, 200_000, 399_999}) {
                s.write(Selection.box(new long[] {i}, new long[] {1}), new int[] {(int) i + 1});
            }
        }
    }

    private static final String CHECK_DATASETS = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "g = f['grid']",
            "print(g.id.get_num_chunks(), bool((g[...] == np.arange(90000).reshape(300, 300)).all()))",
            "r = f['rows']",
            "print(r.id.get_num_chunks(), bool((r[...] == 7 * np.arange(140000)).all()))",
            "if 'sparse' in f:",
            "    s = f['sparse'][...]",
            "    nz = np.nonzero(s)[0]",
            "    print(f['sparse'].id.get_num_chunks(), list(nz), [int(s[i]) for i in nz])");

    @Test
    void latestWriter_bigChunkIndexes_h5pyAndH5dumpRead() throws Exception {
        Path p = dir.resolve("big_indexes.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            writeBTreeDataset(w);
            writeExtensibleDataset(w, true);
        }
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("BTIN"); // the B-tree has internal nodes
        assertThat(bytes).contains("EASB"); // the extensible array has secondary blocks (with page bitmaps)
        String out = WriterInteropTest.python(CHECK_DATASETS, p);
        assertThat(out).isEqualTo(String.join("\n", "90000 True", "140000 True",
                "6 [5, 131059, 131060, 131061, 200000, 399999] [6, 131060, 131061, 131062, 200001, 400000]"));
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        // the C library adds to the trees and arrays written in one go (splitting full nodes, creating blocks)
        WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r+')",
                "g = f['grid']",
                "g.resize((310, 300))",
                "g[300:, :] = -np.arange(3000).reshape(10, 300)",
                "r = f['rows']",
                "r.resize((150000,))",
                "r[140000:] = np.arange(10000)",
                "s = f['sparse']",
                "s[131062] = 9",
                "s[300000] = 10",
                "f.close()"), p);
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] grid = ((Dataset) f.get("/grid")).readLongs();
            assertThat(grid).hasSize(93_000);
            assertThat(grid[89_999]).isEqualTo(89_999);
            assertThat(grid[92_999]).isEqualTo(-2_999);
            long[] rows = ((Dataset) f.get("/rows")).readLongs();
            assertThat(rows[139_999]).isEqualTo(7 * 139_999);
            assertThat(rows[149_999]).isEqualTo(9_999);
            long[] sparse = ((Dataset) f.get("/sparse")).readLongs();
            assertThat(sparse[131_061]).isEqualTo(131_062);
            assertThat(sparse[131_062]).isEqualTo(9);
            assertThat(sparse[300_000]).isEqualTo(10);
            assertThat(sparse[399_999]).isEqualTo(400_000);
        }
    }

    @Test
    void latestCopy_bigChunkIndexes_h5pyReads() throws Exception {
        Path src = dir.resolve("v0.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src)) {
            writeBTreeDataset(w);
            writeExtensibleDataset(w, false);
        }
        Path p = dir.resolve("copy.h5");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(p, true);
        }
        String out = WriterInteropTest.python(CHECK_DATASETS, p);
        assertThat(out).isEqualTo(String.join("\n", "90000 True", "140000 True"));
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.info().superblockVersion()).isEqualTo(3);
            assertThat(((Dataset) f.get("/rows")).readLongs()[139_999]).isEqualTo(7 * 139_999);
        }
    }

    @Test
    void manyLinksAndAttributes_h5pyListsAndFindsThemAll() throws Exception {
        Path src = dir.resolve("links.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src, true)) {
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < 70_000; i++) {
                g.createSoftLink("link" + i, "/target" + i);
            }
            GroupWriter a = w.root().createGroup("attributes");
            for (int i = 0; i < 2_000; i++) {
                a.setAttribute("attr" + i, i);
            }
        }
        Path p = dir.resolve("links_copy.h5");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(p, true); // links this many go to dense storage
        }
        String script = String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r')",
                "g = f['many']",
                "names = set(g.keys())",
                "want = set('link%d' % i for i in range(70000))",
                "found = sum(1 for i in range(70000) if g.get('link%d' % i, getlink=True) is not None)",
                "print(len(names), names == want, found, 'link70000' in g)",
                "a = f['attributes'].attrs",
                "print(len(a), all(int(a['attr%d' % i]) == i for i in range(2000)), 'attr2000' in a)");
        // the source: links in the group's header (looked up one by one there, which is slow), 2,000 dense attributes
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r')",
                "print(len(f['many']), sorted(f['many'].keys()) == sorted('link%d' % i for i in range(70000)))",
                "a = f['attributes'].attrs",
                "print(len(a), all(int(a['attr%d' % i]) == i for i in range(2000)), 'attr2000' in a)"), src))
                .isEqualTo("70000 True\n2000 True False");
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("FRHP").contains("BTIN"); // dense storage whose name index has internal nodes
        // every name is looked up: the C library descends the name index through the separator records
        assertThat(WriterInteropTest.python(script, p)).isEqualTo("70000 True 70000 False\n2000 True False");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        // the C library removes and inserts records in the name index written in one go
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r+')",
                "g = f['many']",
                "for i in range(0, 70000, 7):",
                "    del g['link%d' % i]",
                "g['added'] = h5py.SoftLink('/x')",
                "f.close()",
                "f = h5py.File(sys.argv[1], 'r')",
                "g = f['many']",
                "print(len(g), all(('link%d' % i in g) == (i % 7 != 0) for i in range(70000)), 'added' in g)"), p))
                .isEqualTo("60001 True True");
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Group) f.get("/many")).links()).hasSize(60_001);
        }
    }

    /**
     * The other direction, for the node capacities and count widths that writer and reader share: the C library's
     * own deep trees (a chunk B-tree of depth 2, a link name index of depth 3) read back equal.
     */
    @Test
    void h5pyWrittenDeepTrees_readBack() throws Exception {
        Path p = dir.resolve("h5py_deep.h5");
        WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'w', libver='latest')",
                "d = f.create_dataset('grid', shape=(300, 300), maxshape=(None, None), chunks=(1, 1), dtype='i4')",
                "d[...] = np.arange(90000).reshape(300, 300)",
                "g = f.create_group('many')",
                "for i in range(70000):",
                "    g['link%d' % i] = h5py.SoftLink('/target%d' % i)",
                "f.close()"), p);
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] v = ((Dataset) f.get("/grid")).readLongs();
            for (int i = 0; i < v.length; i++) {
                assertThat(v[i]).isEqualTo(i);
            }
            Group g = (Group) f.get("/many");
            assertThat(g.links()).hasSize(70_000);
            assertThat(g.link("link69999")).isNotNull();
        }
    }
}
