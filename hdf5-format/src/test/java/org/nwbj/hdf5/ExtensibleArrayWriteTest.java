package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.ReaderView;
import org.nwbj.hdf5.type.DataTypes;

/**
 * A latest-format copy indexes datasets with one unlimited dimension with an extensible array, as the C library
 * does: in the index block, in data blocks of the index block and of secondary blocks, filtered or not.
 */
class ExtensibleArrayWriteTest {
    @TempDir
    Path dir;

    private Path source() {
        return source("grow.h5", false);
    }

    private Path source(String name, boolean latest) {
        Path p = dir.resolve(name);
        try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
            DatasetWriter rows = w.root().createDataset("rows", DatasetOptions.of(DataTypes.INT64, 0, 3)
                    .maxDims(Dataspace.UNLIMITED, 3).chunks(10, 3));
            long[] v = new long[5000 * 3];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            rows.resize(5000, 3);
            rows.writeAll(v);
            DatasetWriter gz = w.root().createDataset("gz", DatasetOptions.of(DataTypes.FLOAT32, 0, 7)
                    .maxDims(Dataspace.UNLIMITED, 7).chunks(4, 7).deflate(4).shuffle());
            float[] f = new float[300 * 7];
            for (int i = 0; i < f.length; i++) {
                f[i] = i * 0.5f;
            }
            gz.resize(300, 7);
            gz.writeAll(f);
            w.flush(); // the index is rewritten at the next flush with the rows added after this one
            rows.resize(5000, 3);
            DatasetWriter cols = w.root().createDataset("cols", DatasetOptions.of(DataTypes.INT32, 6, 40)
                    .maxDims(6, Dataspace.UNLIMITED).chunks(4, 3));
            int[] c = new int[6 * 40];
            for (int i = 0; i < c.length; i++) {
                c[i] = -i;
            }
            cols.writeAll(c);
            DatasetWriter sparse = w.root().createDataset("sparse", DatasetOptions.of(DataTypes.INT32, 1000)
                    .maxDims(Dataspace.UNLIMITED).chunks(5));
            sparse.write(Selection.box(new long[] {990}, new long[] {10}), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
            sparse.write(Selection.box(new long[] {17}, new long[] {1}), new int[] {3});
            w.root().createDataset("empty", DatasetOptions.of(DataTypes.INT8, 0).maxDims(Dataspace.UNLIMITED)
                    .chunks(8));
        }
        return p;
    }

    private Path latestCopy() {
        Path out = dir.resolve("latest.h5");
        try (Hdf5File f = Hdf5File.open(source())) {
            f.copyTo(out, true);
        }
        return out;
    }

    @Test
    void latestCopy_usesExtensibleArrays_andReadsBackEqual() throws Exception {
        Path out = latestCopy();
        assertThat(ReaderView.of(out)).isEqualTo(ReaderView.of(dir.resolve("grow.h5")));
        String bytes = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(count(bytes, "EAHD")).isEqualTo(4); // every growable dataset with chunks (not the empty one)
        assertThat(count(bytes, "EASB")).isPositive(); // "rows" needs secondary blocks
        assertThat(count(bytes, "BTHD")).isZero();
    }

    @Test
    void latestWriter_writesTheNewIndexes_andReadsBackEqual() throws Exception {
        Path latest = source("latest_writer.h5", true);
        assertThat(ReaderView.of(latest)).isEqualTo(ReaderView.of(source()));
        String bytes = new String(Files.readAllBytes(latest), StandardCharsets.ISO_8859_1);
        assertThat(count(bytes, "EAHD")).isPositive();
        try (Hdf5File f = Hdf5File.open(latest)) {
            assertThat(f.info().superblockVersion()).isEqualTo(3);
        }
    }

    @Tag("interop")
    @Test
    void h5pyReadsExtensibleArrays() throws Exception {
        Path out = latestCopy();
        WriterTypesInteropTest.assertH5pyAgrees(dir, out);
        WriterTypesInteropTest.assertH5pyAgrees(dir, source("latest_writer.h5", true));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
