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
}
