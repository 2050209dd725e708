package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Virtual datasets written by h5py's VirtualLayout and the C library's H5Pset_virtual (scripts/gen_vds.py): other
 * files, the same file, %b patterns in file and dataset names, unlimited mappings, irregular selections, a missing
 * source; nwbj reads what h5py reads, whole and by hyperslab, and its copies read the same in h5py and h5dump.
 * Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class VirtualDatasetInteropTest {
    private static final String[] FILES = {"vds_files", "vds_same", "vds_printf", "vds_dsetpat", "vds_unlim"};
    /** h5py's view of /v: shape, maxshape and the values as doubles (NaN as null). */
    private static final String H5PY_VIEW = """
            import sys, json, h5py, numpy as np
            with h5py.File(sys.argv[1]) as f:
                v = f['v']
                a = v[...].astype('f8').ravel()
                print(json.dumps({'shape': list(v.shape), 'maxshape': [-1 if m is None else m for m in v.maxshape],
                                  'values': [None if x != x else x for x in a.tolist()]}))
            """;

    @TempDir
    Path dir;

    private void generate() throws Exception {
        Path script = Path.of("src/test/scripts/gen_vds.py").toAbsolutePath();
        WriterInteropTest.python(null, script, dir);
    }

    private static JsonNode h5py(Path file) throws Exception {
        return new ObjectMapper().readTree(WriterInteropTest.python(H5PY_VIEW, file));
    }

    private static void assertSame(JsonNode expected, Dataset d, String what) {
        long[] shape = d.space().dims();
        assertThat(shape).as(what + " shape").containsExactly(longs(expected.get("shape")));
        long[] max = d.space().maxDims();
        assertThat(max).as(what + " maxshape").containsExactly(longs(expected.get("maxshape")));
        double[] ours = d.readDoubles();
        List<Double> want = new ArrayList<>();
        expected.get("values").forEach(v -> want.add(v.isNull() ? Double.NaN : v.asDouble()));
        assertThat(ours).as(what + " values").hasSize(want.size());
        for (int i = 0; i < ours.length; i++) {
            assertThat(Double.valueOf(ours[i])).as(what + " element " + i).isEqualTo(want.get(i));
        }
    }

    private static long[] longs(JsonNode a) {
        long[] r = new long[a.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.get(i).asLong();
        }
        return r;
    }

    @Test
    void h5pyVirtualDatasets_readAsH5pyReadsThem() throws Exception {
        generate();
        for (String name : FILES) {
            Path p = dir.resolve(name + ".h5");
            JsonNode expected = h5py(p);
            try (Hdf5File f = Hdf5File.open(p)) {
                assertSame(expected, (Dataset) f.get("/v"), name);
            }
        }
    }

    /** Hyperslabs of a virtual dataset equal the same hyperslab of its whole read. */
    @Test
    void hyperslabReads_equalTheWholeRead() throws Exception {
        generate();
        try (Hdf5File f = Hdf5File.open(dir.resolve("vds_same.h5"))) {
            Dataset d = (Dataset) f.get("/v");
            double[] all = d.readDoubles();
            Selection s = new Selection(new long[] {1, 2}, new long[] {3, 3}, new long[] {2, 2}, new long[] {2, 2});
            double[] part = d.readDoubles(s);
            int k = 0;
            long[] rows = {1, 2, 4, 5};
            long[] cols = {2, 3, 5, 6};
            for (long r : rows) {
                for (long c : cols) {
                    assertThat(Double.valueOf(part[k++])).as("(" + r + "," + c + ")")
                            .isEqualTo(Double.valueOf(all[(int) (r * 8 + c)]));
                }
            }
        }
        try (Hdf5File f = Hdf5File.open(dir.resolve("vds_files.h5"))) {
            Dataset d = (Dataset) f.get("/v");
            assertThat(d.readLongs(Selection.box(new long[] {1, 8}, new long[] {3, 2})))
                    .containsExactly(108, 109, 208, 209, -1, -1);
        }
    }

    /** An unlimited source that grows makes the virtual dataset grow, as the C library sizes it on open. */
    @Test
    void unlimitedMapping_followsItsSourceExtent() throws Exception {
        generate();
        WriterInteropTest.python("""
                import sys, h5py, numpy as np
                with h5py.File(sys.argv[1], 'a') as f:
                    g = f['g']
                    g.resize((12,))
                    g[7:] = np.arange(7, 12)
                """, dir.resolve("growing.h5"));
        Path p = dir.resolve("vds_unlim.h5");
        JsonNode expected = h5py(p);
        assertThat(longs(expected.get("shape"))).containsExactly(14);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertSame(expected, (Dataset) f.get("/v"), "grown");
        }
    }

    /** copy keeps them virtual; the copies read the same in h5py and nwbj, and h5dump opens them. */
    @Test
    void copies_stayVirtualAndReadTheSame() throws Exception {
        generate();
        for (String name : FILES) {
            Path p = dir.resolve(name + ".h5");
            JsonNode expected = h5py(p);
            for (boolean latest : new boolean[] {false, true}) {
                Path copy = dir.resolve(name + "_copy_" + latest + ".h5");
                try (Hdf5File f = Hdf5File.open(p)) {
                    f.copyTo(copy, latest);
                }
                assertThat(WriterInteropTest.h5dump(copy)).as("h5dump " + copy).isZero();
                assertThat(h5py(copy)).as("h5py's view of " + copy).isEqualTo(expected);
                try (Hdf5File c = Hdf5File.open(copy)) {
                    assertSame(expected, (Dataset) c.get("/v"), name + " copy");
                }
            }
        }
    }

    /** copy with materializeVirtual writes plain datasets of the values read, h5py and h5dump agree. */
    @Test
    void materializedCopies_holdTheValues() throws Exception {
        generate();
        for (String name : FILES) {
            Path p = dir.resolve(name + ".h5");
            JsonNode expected = h5py(p);
            Path copy = dir.resolve(name + "_plain.h5");
            try (Hdf5File f = Hdf5File.open(p)) {
                f.copyTo(copy, CopyOptions.defaults().materializeVirtual());
            }
            assertThat(WriterInteropTest.h5dump(copy)).as("h5dump " + copy).isZero();
            JsonNode seen = h5py(copy);
            assertThat(seen.get("values")).as("h5py's values of " + copy).isEqualTo(expected.get("values"));
            assertThat(seen.get("shape")).isEqualTo(expected.get("shape"));
            try (Hdf5File c = Hdf5File.open(copy)) {
                Dataset d = (Dataset) c.get("/v");
                assertThat(d.chunkDims()).isNull();
                assertThat(d.space().maxDims()).isEqualTo(d.space().dims());
            }
        }
    }

    /** Sources are other files: the link policy decides whether they may be opened. */
    @Test
    void sourcesInOtherFiles_obeyTheLinkPolicy() throws Exception {
        generate();
        OpenOptions none = OpenOptions.defaults().withLinkPolicy(LinkPolicy.none());
        try (Hdf5File f = Hdf5File.open(dir.resolve("vds_files.h5"), none)) {
            assertThatThrownBy(((Dataset) f.get("/v"))::readLongs).isInstanceOf(Hdf5LinkPolicyException.class);
        }
        try (Hdf5File f = Hdf5File.open(dir.resolve("vds_same.h5"), none)) {
            assertThat(Arrays.stream(((Dataset) f.get("/v")).readDoubles()).filter(x -> !Double.isNaN(x)).count())
                    .isEqualTo(9 + 6 + 8);
        }
    }

    /** nwbj writes virtual datasets (same file, other files, %b blocks, an unlimited source); h5py reads them. */
    @Test
    void nwbjVirtualDatasets_readByH5pyAndH5dump() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("frame_" + i + ".h5"))) {
                w.root().createDataset("img", org.nwbj.hdf5.DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT32,
                        2, 3)).writeAll(new int[] {i, i, i, i + 10, i + 10, i + 10});
            }
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("grow.h5"))) {
            w.root().createDataset("g", org.nwbj.hdf5.DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT32, 5)
                    .maxDims(Dataspace.UNLIMITED).chunks(2)).writeAll(new int[] {1, 2, 3, 4, 5});
        }
        Path p = dir.resolve("ours.h5");
        org.nwbj.hdf5.type.DataType i32 = org.nwbj.hdf5.type.DataTypes.INT32;
        byte[] minusOne = {-1, -1, -1, -1};
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("a", org.nwbj.hdf5.DatasetOptions.of(i32, 4, 4)).writeAll(new int[] {0, 1, 2, 3,
                4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
            // same file: the transposed-looking strided picks, and a file source
            VirtualLayout same = VirtualLayout.of(i32, 3, 5).fill(minusOne)
                    .map(Selection.box(new long[] {0, 0}, new long[] {2, 2}), VirtualSource.of(".", "/a", 4, 4)
                            .select(new Selection(new long[] {0, 0}, new long[] {2, 2}, new long[] {2, 2},
                                    new long[] {1, 1})))
                    .map(Selection.box(new long[] {2, 0}, new long[] {1, 3}), VirtualSource.of("frame_1.h5", "img",
                            2, 3).select(Selection.box(new long[] {1, 0}, new long[] {1, 3})));
            w.root().createVirtualDataset("v", same);
            VirtualLayout frames = VirtualLayout.of(i32, 0, 3).maxShape(Dataspace.UNLIMITED, 3).fill(minusOne)
                    .mapBlocks(Selection.box(new long[] {0, 0}, new long[] {2, 3}), 0, 2,
                            VirtualSource.of("frame_%b.h5", "img", 2, 3));
            w.root().createVirtualDataset("frames", frames);
            VirtualLayout grows = VirtualLayout.of(i32, 0).maxShape(Dataspace.UNLIMITED).fill(minusOne)
                    .mapUnlimited(Selection.box(new long[] {1}, new long[] {1}), 0, VirtualSource.of("grow.h5", "g",
                            5), 0);
            w.root().createVirtualDataset("grows", grows);
        }
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        String seen = WriterInteropTest.python("""
                import sys, h5py
                with h5py.File(sys.argv[1]) as f:
                    for n in ['v', 'frames', 'grows']:
                        print(n, list(f[n].shape), f[n][...].ravel().tolist())
                """, p);
        assertThat(seen).isEqualTo(String.join("\n",
                "v [3, 5] [0, 2, -1, -1, -1, 8, 10, -1, -1, -1, 11, 11, 11, -1, -1]",
                "frames [6, 3] [0, 0, 0, 10, 10, 10, 1, 1, 1, 11, 11, 11, 2, 2, 2, 12, 12, 12]",
                "grows [6] [-1, 1, 2, 3, 4, 5]"));
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/v")).readLongs()).containsExactly(0, 2, -1, -1, -1, 8, 10, -1, -1, -1,
                    11, 11, 11, -1, -1);
            assertThat(((Dataset) f.get("/frames")).space().dims()).containsExactly(6, 3);
            assertThat(((Dataset) f.get("/grows")).readLongs()).containsExactly(-1, 1, 2, 3, 4, 5);
        }
    }

    /**
     * nwbj writes a %b mapping whose blocks have gaps between them (stride 4, blocks of 2 rows from row 1) over
     * sources 0, 1 and 3 (2 missing): h5py reads it with printf gaps 0 and 1 (H5Pset_virtual_printf_gap) and both
     * views as nwbj reads it with the same options.
     */
    @Test
    void nwbjPrintfBlocksWithGaps_readAsH5pyReadsThemWithEachPrintfGap() throws Exception {
        org.nwbj.hdf5.type.DataType i32 = org.nwbj.hdf5.type.DataTypes.INT32;
        for (int b : new int[] {0, 1, 3}) {
            try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("gf%_" + b + ".h5"))) {
                w.root().createDataset("img", org.nwbj.hdf5.DatasetOptions.of(i32, 2, 3))
                        .writeAll(new int[] {b, b, b, b + 10, b + 10, b + 10});
            }
        }
        Path p = dir.resolve("gaps.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createVirtualDataset("v", VirtualLayout.of(i32, 0, 3).maxShape(Dataspace.UNLIMITED, 3)
                    .fill(new byte[] {-1, -1, -1, -1})
                    .mapBlocks(Selection.box(new long[] {1, 0}, new long[] {2, 3}), 0, 4,
                            VirtualSource.of("gf%%_%b.h5", "img", 2, 3)));
        }
        String seen = WriterInteropTest.python("""
                import sys, h5py, numpy as np
                for view in (h5py.h5d.VDS_LAST_AVAILABLE, h5py.h5d.VDS_FIRST_MISSING):
                    for gap in (0, 1):
                        fid = h5py.h5f.open(sys.argv[1].encode(), h5py.h5f.ACC_RDONLY)
                        dapl = h5py.h5p.create(h5py.h5p.DATASET_ACCESS)
                        dapl.set_virtual_view(view)
                        dapl.set_virtual_printf_gap(gap)
                        d = h5py.h5d.open(fid, b'v', dapl=dapl)
                        a = np.empty(d.get_space().shape, dtype='<i4')
                        d.read(h5py.h5s.ALL, h5py.h5s.ALL, a)
                        print(list(a.shape), a.ravel().tolist())
                        d._close()
                        fid.close()
                """, p);
        String[] lines = seen.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("[7, 3]");
        assertThat(lines[1]).startsWith("[15, 3]");
        int k = 0;
        for (VirtualView view : VirtualView.values()) {
            for (long gap = 0; gap <= 1; gap++) {
                try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withVirtualView(view)
                        .withVirtualPrintfGap(gap))) {
                    Dataset d = f.dataset("/v");
                    StringBuilder ours = new StringBuilder(Arrays.toString(d.space().dims())).append(' ')
                            .append(Arrays.toString(d.readInts()));
                    assertThat(ours.toString()).as(view + " gap " + gap).isEqualTo(lines[k++]);
                }
            }
        }
    }
}
