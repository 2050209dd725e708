package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;

/** Files written by Hdf5Writer read back with nwbj's reader (the C library's view is in WriterInteropTest). */
class WriterTest {
    @TempDir
    Path dir;

    @Test
    void groupsDatasetsAttributesAndLinks_readBack() {
        Path p = dir.resolve("a.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("acquisition");
            g.setAttribute("description", "raw data");
            g.setAttribute("count", 3L);
            g.setAttribute("gains", new double[] {1.5, 2.5});
            DatasetWriter d = g.createDataset("data", new long[] {1, 2, 3, 4});
            d.setAttribute("unit", "SIunit");
            w.root().createDataset("names", new String[] {"a", "bé", ""});
            w.root().createSoftLink("soft", "/acquisition/data");
            w.root().createExternalLink("ext", "other.h5", "/x");
            w.root().createHardLink("alias", d);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/acquisition");
            assertThat(g.attribute("description").readValues()).containsExactly("raw data");
            assertThat(g.attribute("count").readValues()).containsExactly(3L);
            assertThat(g.attribute("gains").readValues()).containsExactly(1.5, 2.5);
            Dataset d = (Dataset) f.get("/acquisition/data");
            assertThat(d.readLongs()).containsExactly(1, 2, 3, 4);
            assertThat(d.attribute("unit").readValues()).containsExactly("SIunit");
            assertThat(((Dataset) f.get("/names")).readValues()).containsExactly("a", "bé", "");
            assertThat(((StringType) ((Dataset) f.get("/names")).type()).isVariable()).isTrue();
            assertThat(f.root().link("soft")).isEqualTo(new Link.Soft("soft", "/acquisition/data", -1));
            assertThat(f.root().link("ext")).isEqualTo(new Link.External("ext", "other.h5", "/x", -1));
            assertThat(f.get("/alias").address()).isEqualTo(d.address());
            assertThat(f.get("/soft").address()).isEqualTo(d.address());
        }
    }

    @Test
    void iterativeWrite_resizeAndSliceWrites() {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
                    .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4).shuffle());
            for (int step = 0; step < 10; step++) {
                d.resize((step + 1) * 1000L, 10);
                float[] rows = new float[1000 * 10];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = step * 10_000 + i;
                }
                d.write(Selection.rows(d.dims(), step * 1000L, 1000), rows);
                w.flush();
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/data");
            assertThat(d.space().dims()).containsExactly(10_000, 10);
            assertThat(d.space().maxDims()).containsExactly(Dataspace.UNLIMITED, 10);
            assertThat(d.chunkDims()).containsExactly(1000, 10);
            double[] v = d.readDoubles();
            for (int i = 0; i < v.length; i++) {
                assertThat(v[i]).isEqualTo((i / 10_000) * 10_000 + i % 10_000);
            }
        }
    }

    @Test
    void partialWrites_keepTheFillValueElsewhere() {
        Path p = dir.resolve("partial.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter c = w.root().createDataset("contig", DatasetOptions.of(DataTypes.INT32, 4, 5));
            c.write(Selection.box(new long[] {1, 1}, new long[] {2, 3}), new int[] {1, 2, 3, 4, 5, 6});
            DatasetWriter k = w.root().createDataset("chunked", DatasetOptions.of(DataTypes.INT16, 7, 9)
                    .chunks(3, 4).fill(new byte[] {-1, -1}));
            k.write(new Selection(new long[] {0, 0}, new long[] {3, 4}, new long[] {3, 3}, new long[] {1, 1}),
                    new short[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/contig")).readLongs()).containsExactly(
                    0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0);
            long[] k = ((Dataset) f.get("/chunked")).readLongs();
            assertThat(k[0]).isEqualTo(1);
            assertThat(k[4]).isEqualTo(2);
            assertThat(k[8]).isEqualTo(3);
            assertThat(k[3 * 9]).isEqualTo(4);
            assertThat(k[1]).isEqualTo(-1);
            assertThat(k[6 * 9 + 8]).isEqualTo(9);
        }
    }

    @Test
    void manyChunksAndManyLinks_buildMultiLevelIndexes() {
        Path p = dir.resolve("many.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 10_000).chunks(7));
            long[] v = new long[10_000];
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 3L;
            }
            d.writeAll(v);
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 300; i++) {
                g.createGroup("child" + i);
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] v = ((Dataset) f.get("/d")).readLongs();
            assertThat(v[9_999]).isEqualTo(29_997);
            assertThat(((Group) f.get("/g")).links()).hasSize(300);
        }
    }

    @Test
    void misuse_isAClearError() {
        Path p = dir.resolve("bad.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createGroup("x");
            assertThatThrownBy(() -> w.root().createGroup("x")).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> w.root().createDataset("u", DatasetOptions.of(DataTypes.INT8, 3)
                    .maxDims(Dataspace.UNLIMITED).chunks(2)).resize(2, 2)).isInstanceOf(Hdf5Exception.class);
            DatasetWriter d = w.root().createDataset("small", DatasetOptions.of(DataTypes.INT8, 2));
            assertThatThrownBy(() -> d.writeAll(new long[] {1000, 1})).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("does not fit");
        }
    }

    /** A file being created does not grow without bound when the same attributes and chunks are rewritten. */
    @Test
    void rewritingAttributesAndChunksInAFlushLoopReusesTheSpace() throws java.io.IOException {
        Path p = dir.resolve("loop.h5");
        long size = 0;
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 2000, 10)
                    .chunks(1000, 10).deflate(4).shuffle());
            for (int i = 0; i < 60; i++) {
                long[] big = new long[300]; // big enough to spill the header into a continuation block
                java.util.Arrays.fill(big, i);
                d.setAttribute("counter", big);
                w.root().setAttribute("note", "iteration " + i);
                long[] values = new long[2000 * 10];
                for (int k = 0; k < values.length; k++) {
                    values[k] = (long) k * (i + 1); // a different compressed size each time
                }
                d.write(Selection.all(d.dims()), values);
                w.flush();
                if (i == 4) {
                    size = java.nio.file.Files.size(p);
                }
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.get("/d").attribute("counter").readValues()).hasSize(300).containsOnly(59L);
            assertThat(f.root().attribute("note").readValues()).containsExactly("iteration 59");
            long[] data = ((Dataset) f.get("/d")).readLongs();
            assertThat(data[19999]).isEqualTo(19999L * 60);
        }
        // without reuse every iteration adds two compressed chunks, an index and a continuation block (> 10 KiB)
        assertThat(java.nio.file.Files.size(p)).isLessThanOrEqualTo(size + 60 * 1024);
    }
}
