package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.testing.Python;

/** The C library (through Debian's h5py) reads what Hdf5Writer wrote. Skipped without h5py, except in CI. */
@Tag("interop")
class WriterInteropTest {
    static final Path PYTHON = Python.PYTHON;

    @TempDir
    Path dir;

    static String python(String script, Path file) throws IOException, InterruptedException {
        return python(script, null, file);
    }

    /** Runs an inline script, or a script file when {@code script} is null, on {@code file}; its output. */
    static String python(String script, Path scriptFile, Path file) throws IOException, InterruptedException {
        Python.require("h5py");
        return Python.check(null, script != null ? Arrays.asList("-c", script, file.toString())
                : Arrays.asList(scriptFile.toString(), file.toString()));
    }

    /** Exit status of {@code h5dump FILE} (output discarded); skipped without h5dump except in CI. */
    static int h5dump(Path file) throws IOException, InterruptedException {
        Python.unavailableUnless(Files.isExecutable(Paths.get("/usr/bin/h5dump")) ? null
                : "h5dump is not installed (apt-get install hdf5-tools)");
        Process p = new ProcessBuilder("/usr/bin/h5dump", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void h5pyReadsGroupsDatasetsAttributesLinks() throws Exception {
        Path p = dir.resolve("interop.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("acquisition");
            g.setAttribute("description", "raw data");
            g.setAttribute("gains", new double[] {1.5, 2.5});
            DatasetWriter d = g.createDataset("data", new long[] {1, 2, 3, 4});
            d.setAttribute("unit", "SIunit");
            w.root().createDataset("names", new String[] {"a", "bé"});
            w.root().createSoftLink("soft", "/acquisition/data");
            w.root().createExternalLink("ext", "other.h5", "/x");
            w.root().createHardLink("alias", d);
        }
        String out = python(String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r')",
                "print(sorted(f.keys()))",
                "print(f['acquisition'].attrs['description'], list(f['acquisition'].attrs['gains']))",
                "print(list(f['acquisition/data'][:]), f['acquisition/data'].attrs['unit'])",
                "print([s.decode() for s in f['names'][:]])",
                "print(f.get('soft', getlink=True).path, f.get('ext', getlink=True).filename)",
                "print(f['alias'] == f['acquisition/data'], list(f['soft'][:]))"), p);
        assertThat(out).isEqualTo(String.join("\n",
                "['acquisition', 'alias', 'ext', 'names', 'soft']",
                "raw data [1.5, 2.5]",
                "[1, 2, 3, 4] SIunit",
                "['a', 'bé']",
                "/acquisition/data other.h5",
                "True [1, 2, 3, 4]"));
    }

    @Test
    void h5pyReadsAnIterativelyGrownCompressedDataset() throws Exception {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4).shuffle().fletcher32());
            for (int step = 0; step < 10; step++) {
                d.resize((step + 1) * 1000L, 10);
                float[] rows = new float[10_000];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = step * 10_000 + i;
                }
                d.write(Selection.rows(d.dims(), step * 1000L, 1000), rows);
                w.flush();
            }
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "d = h5py.File(sys.argv[1], 'r')['data']",
                "print(d.shape, d.maxshape, d.chunks, d.compression, d.shuffle, d.fletcher32)",
                "print(bool((d[...].ravel() == np.arange(100000, dtype='f4')).all()))"), p);
        assertThat(out).isEqualTo("(10000, 10) (None, 10) (1000, 10) gzip True True\nTrue");
    }

    @Test
    void h5pyReadsAnLzfDatasetAndH5dumpListsItsFilter() throws Exception {
        Path p = dir.resolve("lzf.h5");
        long[] values = new long[5000 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 97;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("data", DatasetOptions.of(DataTypes.INT64, 5000, 4).chunks(500, 4).shuffle()
                    .lzf()).writeAll(values);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/data")).readLongs()).containsExactly(values);
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "d = h5py.File(sys.argv[1], 'r')['data']",
                "print(d.compression, d.shuffle, d.chunks, d.id.get_create_plist().get_filter(1)[2])",
                "print(bool((d[...].ravel() == np.arange(20000) % 97).all()))"), p);
        assertThat(out).isEqualTo("lzf True (500, 4) (4, 261, 16000)\nTrue");
    }

    @Test
    void h5pyReadsNbitAndScaleOffsetDatasets() throws Exception {
        Path p = dir.resolve("packed.h5");
        int n = 3000;
        long[] ints = new long[n];
        double[] reals = new double[n];
        for (int i = 0; i < n; i++) {
            ints[i] = (i * 37L) % 1000 - 500;
            reals[i] = i / 8.0; // exact in 3 decimal digits
        }
        org.nwbj.hdf5.type.IntegerType int20 = new org.nwbj.hdf5.type.IntegerType(4,
                org.nwbj.hdf5.type.ByteOrderKind.LITTLE_ENDIAN, true, 0, 20);
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("nbit", DatasetOptions.of(int20, n).chunks(1000).nbit()).writeAll(ints);
            w.root().createDataset("so_int", DatasetOptions.of(DataTypes.INT64, n).chunks(1000).scaleOffset(0)
                    .deflate(4)).writeAll(ints);
            w.root().createDataset("so_float", DatasetOptions.of(DataTypes.FLOAT64, n).chunks(1000)
                    .scaleOffset(3)).writeAll(reals);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/nbit")).readLongs()).containsExactly(ints);
            assertThat(((Dataset) f.get("/so_int")).readLongs()).containsExactly(ints);
            assertThat(((Dataset) f.get("/so_float")).readDoubles()).containsExactly(reals);
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r')",
                "i = (np.arange(3000) * 37) % 1000 - 500",
                "print([f[k].id.get_create_plist().get_filter(0)[0] for k in ('nbit', 'so_int', 'so_float')])",
                "print(f['so_int'].scaleoffset, f['so_float'].scaleoffset, f['so_int'].compression)",
                "print(bool((f['nbit'][...] == i).all()), bool((f['so_int'][...] == i).all()),",
                "      bool((f['so_float'][...] == np.arange(3000) / 8.0).all()))"), p);
        assertThat(out).isEqualTo("[5, 6, 6]\n0 3 gzip\nTrue True True");
    }

    @Test
    void userBlockFilesAreReadByH5pyAndKeepTheirUserBlock() throws Exception {
        for (boolean latest : new boolean[] {false, true}) {
            Path p = dir.resolve("ub" + latest + ".h5");
            byte[] note = "a user block written by nwbj".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try (Hdf5Writer w = Hdf5Writer.createWithUserBlock(p, note, latest)) {
                w.root().createDataset("x", DatasetOptions.of(DataTypes.INT32, 100, 0).maxDims(100,
                        Dataspace.UNLIMITED).chunks(10, 10));
                w.root().createDataset("y", new long[] {7, 8, 9});
                w.root().setAttribute("a", "text");
            }
            byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(p), note.length);
            assertThat(head).isEqualTo(note);
            try (Hdf5File f = Hdf5File.open(p)) {
                assertThat(((Dataset) f.get("/y")).readLongs()).containsExactly(7, 8, 9);
            }
            String out = python(String.join("\n",
                    "import sys, h5py",
                    "f = h5py.File(sys.argv[1], 'r')",
                    "print(f.userblock_size, list(f['y'][...]), f.attrs['a'], f['x'].shape)"), p);
            assertThat(out).as("latest=%s", latest).isEqualTo("512 [7, 8, 9] text (100, 0)");
        }
    }

    @Test
    void compactDatasetsAreReadByH5py() throws Exception {
        Path p = dir.resolve("compact.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("c", DatasetOptions.of(DataTypes.INT32, 4, 5).compact());
            d.write(Selection.rows(d.dims(), 1, 2), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
            w.flush();
            d.write(Selection.rows(d.dims(), 3, 1), new int[] {11, 12, 13, 14, 15}); // rewritten in the header
        }
        long[] want = {0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/c")).readLongs()).containsExactly(want);
        }
        String out = python(String.join("\n",
                "import sys, h5py",
                "d = h5py.File(sys.argv[1], 'r')['c']",
                "print(d.id.get_create_plist().get_layout() == h5py.h5d.COMPACT, d[...].ravel().tolist())"), p);
        assertThat(out).isEqualTo("True [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]");
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("refused.h5"))) {
            assertThatThrownBy(() -> w.root().createDataset("x", DatasetOptions.of(DataTypes.INT32, 10).compact()
                    .deflate(4))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.root().createDataset("y", DatasetOptions.of(DataTypes.INT64, 10_000)
                    .compact())).hasMessageContaining("at most 65520 bytes");
        }
    }

    @Test
    void familyCopy_readsBackInNwbjAndH5py() throws Exception {
        Path pattern = dir.resolve("fam_%d.h5");
        try (Hdf5File src = Hdf5File.open(TestFiles.corpus("layout_earliest.h5"))) {
            src.copyToFamily(pattern, 8192);
        }
        assertThat(Files.size(dir.resolve("fam_0.h5"))).isEqualTo(8192);
        assertThat(Files.exists(dir.resolve("fam_3.h5"))).isTrue();
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            assertThat(((Dataset) f.get("/compact_i4")).readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                    10, 11);
            assertThat(f.info().driver()).isEqualTo("family");
        }
        String out = python(String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'r', driver='family', memb_size=8192)",
                "print(list(f['compact_i4'][:]), f['chunked_2d_partial'].shape)"), pattern);
        assertThat(out).isEqualTo("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] (7, 9)");
    }

    @Test
    void familyWriter_growsInPlaceAndH5pysFamilyDriverReadsIt() throws Exception {
        Path pattern = dir.resolve("grown_%d.h5");
        try (Hdf5Writer w = Hdf5Writer.createFamily(pattern, 16384)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10));
            for (int step = 0; step < 10; step++) {
                d.resize((step + 1) * 1000L, 10);
                float[] rows = new float[10_000];
                java.util.Arrays.fill(rows, step);
                d.write(Selection.rows(d.dims(), step * 1000L, 1000), rows);
            }
            w.root().setAttribute("note", "grown");
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r', driver='family', memb_size=16384)",
                "d = f['data']",
                "print(d.shape, d.maxshape, d.chunks, f.attrs['note'])",
                "print(bool((d[...] == np.repeat(np.arange(10, dtype='f4'), 10000).reshape(10000, 10)).all()))"),
                pattern);
        assertThat(out).isEqualTo("(10000, 10) (None, 10) (1000, 10) grown\nTrue");
    }

    /** A family h5py wrote, opened read-write by nwbj (member size from the file), grown, read back by h5py. */
    @Test
    void h5pyFamilyIsModifiedInPlace() throws Exception {
        Path pattern = dir.resolve("h5fam_%d.h5");
        python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'w', driver='family', memb_size=32768)",
                "d = f.create_dataset('data', (1000, 10), maxshape=(None, 10), chunks=(1000, 10), dtype='f4',",
                "                     compression='gzip')",
                "d[...] = 0",
                "f.attrs['note'] = 'from h5py'",
                "f.close()",
                "print('ok')"), pattern);
        try (Hdf5Writer w = Hdf5Writer.open(pattern, OpenOptions.family(0))) {
            DatasetWriter d = w.root().dataset("data");
            for (int step = 1; step < 10; step++) {
                d.resize((step + 1) * 1000L, 10);
                float[] rows = new float[10_000];
                java.util.Arrays.fill(rows, step);
                d.write(Selection.rows(d.dims(), step * 1000L, 1000), rows);
                w.flush();
            }
            w.root().setAttribute("added", "by nwbj");
        }
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            assertThat(((Dataset) f.get("/data")).space().dims()).containsExactly(10_000, 10);
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r', driver='family', memb_size=32768)",
                "d = f['data']",
                "print(d.shape, f.attrs['note'], f.attrs['added'])",
                "print(bool((d[...] == np.repeat(np.arange(10, dtype='f4'), 10000).reshape(10000, 10)).all()))"),
                pattern);
        assertThat(out).isEqualTo("(10000, 10) from h5py by nwbj\nTrue");
    }

    /** Early allocation in the latest format: the implicit chunk index, all chunks in place from the start. */
    @Test
    void implicitChunkIndexIsReadByH5py() throws Exception {
        Path p = dir.resolve("implicit.h5");
        long[] rows = new long[20 * 10];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i + 1;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 100, 10)
                    .chunks(30, 10).allocateEarly());
            d.write(Selection.rows(d.dims(), 40, 20), rows);
            w.flush();
            d.write(Selection.rows(d.dims(), 95, 1), new long[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7}); // the edge chunk
        }
        long[] want = new long[1000];
        System.arraycopy(rows, 0, want, 400, 200);
        java.util.Arrays.fill(want, 950, 960, 7);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/d")).readLongs()).containsExactly(want);
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "d = h5py.File(sys.argv[1], 'r')['d']",
                "want = np.zeros((100, 10), dtype='i8')",
                "want[40:60] = np.arange(1, 201).reshape(20, 10)",
                "want[95] = 7",
                "print(d.id.get_storage_size(), bool((d[...] == want).all()))"), p);
        assertThat(out).isEqualTo("9600 True"); // 4 chunks of 30x10 int64, all allocated
        Process h5dump = new ProcessBuilder("h5dump", "-p", "-H", p.toString()).redirectErrorStream(true).start();
        String dump = new String(h5dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(h5dump.waitFor()).as(dump).isZero();
        assertThat(dump).contains("H5D_ALLOC_TIME_EARLY");
    }

    /** Non-IEEE float layouts written from Java values: h5py reads x87 as long double, h5dump converts bfloat16. */
    @Test
    void nonIeeeFloatsAreWrittenFromJavaValues() throws Exception {
        Path p = dir.resolve("exotic.h5");
        org.nwbj.hdf5.type.FloatType x87 = new org.nwbj.hdf5.type.FloatType(16,
                org.nwbj.hdf5.type.ByteOrderKind.LITTLE_ENDIAN, 0, 80, 79, 64, 15, 0, 64, 16383, 0);
        org.nwbj.hdf5.type.FloatType bf16 = new org.nwbj.hdf5.type.FloatType(2,
                org.nwbj.hdf5.type.ByteOrderKind.LITTLE_ENDIAN, 0, 16, 15, 7, 8, 0, 7, 127, 2);
        Object[] values = {1.0, -2.5, 1e300, 5e-324, 0.1};
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("x87", DatasetOptions.of(x87, 5)).write(Selection.all(new long[] {5}), values);
            w.root().createDataset("bf16", DatasetOptions.of(bf16, 3)).write(Selection.all(new long[] {3}),
                    new Object[] {1.0, -2.5, 0.1});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/x87")).readDoubles()).containsExactly(1.0, -2.5, 1e300, 5e-324, 0.1);
            assertThat(((Dataset) f.get("/bf16")).readDoubles()).containsExactly(1.0, -2.5, 0.10009765625);
        }
        String out = python(String.join("\n",
                "import sys, h5py, numpy as np",
                "d = h5py.File(sys.argv[1], 'r')['x87'][...]",
                "print(d.dtype == np.longdouble, [float(x) for x in d])"), p);
        assertThat(out).isEqualTo("True [1.0, -2.5, 1e+300, 5e-324, 0.1]");
        Process h5dump = new ProcessBuilder("h5dump", "-d", "/bf16", p.toString()).redirectErrorStream(true).start();
        String dump = new String(h5dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(h5dump.waitFor()).as(dump).isZero();
        assertThat(dump).contains("1, -2.5, 0.100098");
    }
}
