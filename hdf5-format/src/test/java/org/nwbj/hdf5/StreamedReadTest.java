package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * readLongs / readDoubles of whole rows go straight from storage (contiguous) or from each decoded chunk
 * (chunks spanning whole rows) into the result: they must give what readRaw gives, for every row range,
 * including partial edge chunks, chunks never written, and pieces of contiguous storage over 1 MiB.
 */
class StreamedReadTest {
    @TempDir
    Path dir;

    static long value(long i) {
        return i * 2_654_435_761L ^ (i >>> 3);
    }

    /** Index of the first difference, -1 when equal (AssertJ's diff of million-element arrays is too slow). */
    static int mismatch(long[] a, long[] b) {
        return a.length != b.length ? Math.min(a.length, b.length) : java.util.Arrays.mismatch(a, b);
    }

    static int mismatch(double[] a, double[] b) {
        return a.length != b.length ? Math.min(a.length, b.length) : java.util.Arrays.mismatch(a, b);
    }

    private static long[] longsOf(byte[] b) {
        long[] v = new long[b.length / 8];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(v);
        return v;
    }

    @Test
    void chunkedRowsMatchTheGeneralPath() {
        Path p = dir.resolve("c.h5");
        long rows = 2_345; // the last chunk holds 345 of its 500 rows
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, rows, 3)
                    .maxDims(Dataspace.UNLIMITED, 3).chunks(500, 3).shuffle().deflate(3));
            long[] v = new long[(int) rows * 3];
            for (int i = 0; i < v.length; i++) {
                v[i] = value(i);
            }
            // rows 1000-1499 (chunk 2) are never written: they read as zeros
            d.write(Selection.rows(d.dims(), 0, 1000), java.util.Arrays.copyOfRange(v, 0, 3000));
            d.write(Selection.rows(d.dims(), 1500, rows - 1500), java.util.Arrays.copyOfRange(v, 4500, v.length));
            DatasetWriter f = w.root().createDataset("f", DatasetOptions.of(DataTypes.FLOAT64, 1000, 2)
                    .chunks(300, 2).deflate(1));
            double[] x = new double[2000];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * 0.25 - 7;
            }
            f.writeAll(x);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/d");
            long[] dims = d.space().dims();
            long[] all = d.readLongs();
            assertThat(mismatch(all, longsOf(d.readRaw()))).isEqualTo(-1);
            assertThat(all[1000 * 3]).isZero();
            assertThat(all[999 * 3]).isEqualTo(value(999 * 3));
            assertThat(all[all.length - 1]).isEqualTo(value(all.length - 1));
            for (long[] r : new long[][] {{0, 1}, {499, 2}, {250, 1000}, {1200, 1145}, {2344, 1}, {0, rows}}) {
                Selection s = Selection.rows(dims, r[0], r[1]);
                assertThat(mismatch(d.readLongs(s), longsOf(d.readRaw(s)))).as("rows %d + %d", r[0], r[1])
                        .isEqualTo(-1);
            }
            Dataset x = (Dataset) f.get("/f");
            double[] xs = x.readDoubles();
            assertThat(xs).hasSize(2000);
            for (int i = 0; i < xs.length; i++) {
                assertThat(xs[i]).isEqualTo(i * 0.25 - 7);
            }
            assertThat(x.readDoubles(Selection.rows(x.space().dims(), 299, 302))).startsWith(299 * 2 * 0.25 - 7);
        }
    }

    @Test
    void contiguousRowsOverSeveralPiecesMatchTheGeneralPath() {
        Path p = dir.resolve("k.h5");
        int n = 400_000; // 3.2 MB: four pieces of 1 MiB, the last one short
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(i) * 1e6;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("v", v);
            DatasetWriter m = w.root().createDataset("m", DatasetOptions.of(DataTypes.INT64, 200_000, 5));
            long[] x = new long[1_000_000];
            for (int i = 0; i < x.length; i++) {
                x[i] = value(i);
            }
            m.writeAll(x);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/v");
            assertThat(mismatch(d.readDoubles(), v)).isEqualTo(-1);
            assertThat(mismatch(d.readDoubles(Selection.rows(d.space().dims(), 131_000, 200_001)),
                    java.util.Arrays.copyOfRange(v, 131_000, 331_001))).isEqualTo(-1);
            Dataset m = (Dataset) f.get("/m");
            long[] dims = m.space().dims();
            assertThat(mismatch(m.readLongs(), longsOf(m.readRaw()))).isEqualTo(-1);
            Selection s = Selection.rows(dims, 77_777, 100_000);
            assertThat(mismatch(m.readLongs(s), longsOf(m.readRaw(s)))).isEqualTo(-1);
            assertThat(m.readLongs(s)[0]).isEqualTo(value(77_777L * 5));
        }
    }

    @Test
    void aCorruptChunkFailsAsOnTheGeneralPath() throws java.io.IOException {
        Path p = dir.resolve("bad.h5");
        long[] v = new long[3000 * 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = value(i);
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 3000, 4).chunks(1000, 4).shuffle()
                    .deflate(4)).writeAll(v);
        }
        // find chunk 1's stored bytes (deflate output is deterministic) and damage the middle of the stream
        byte[] raw = new byte[1000 * 4 * 8];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(v, 4000, 4000);
        byte[] s = org.nwbj.hdf5.filter.Filters.require(2).encode(raw,
                new org.nwbj.hdf5.filter.FilterParameters(new int[] {8}, 8, raw.length));
        byte[] stored = org.nwbj.hdf5.filter.Filters.require(1).encode(s,
                new org.nwbj.hdf5.filter.FilterParameters(new int[] {4}, 8, raw.length));
        byte[] file = java.nio.file.Files.readAllBytes(p);
        int at = -1;
        for (int i = 0; i + stored.length <= file.length && at < 0; i++) {
            if (java.util.Arrays.equals(file, i, i + stored.length, stored, 0, stored.length)) {
                at = i;
            }
        }
        assertThat(at).isNotNegative();
        for (int i = stored.length / 2; i < stored.length / 2 + 16; i++) {
            file[at + i] ^= (byte) 0x5A;
        }
        java.nio.file.Files.write(p, file);
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/d");
            org.assertj.core.api.Assertions.assertThatThrownBy(d::readRaw).isInstanceOf(Hdf5FormatException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(d::readLongs).isInstanceOf(Hdf5FormatException.class)
                    .hasMessageContaining("deflate");
            // the undamaged chunks still read
            assertThat(d.readLongs(Selection.rows(d.space().dims(), 2000, 1000))[0]).isEqualTo(value(8000));
        }
    }
}
