package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The shuffle + deflate read paths: a whole chunk unshuffled piece by piece into the result, a few rows taken from a
 * chunk cached still shuffled, and that cached chunk later read whole, for 2-, 4- and 8-byte elements; each must
 * give what the general path gives.
 */
class ShuffledChunkReadTest {
    @TempDir
    Path dir;

    @Test
    void fewRowsWholeChunksAndTheCacheAgree() {
        Path p = dir.resolve("s.h5");
        int rows = 30_000; // 8-byte chunks of 20,000 x 2 rows: 320 kB, five 64 kB pieces (split across cores)
        long[] v = new long[rows * 2];
        int[] iv = new int[rows * 3];
        short[] sv = new short[rows];
        for (int i = 0; i < v.length; i++) {
            v[i] = (long) i * 2_654_435_761L ^ (i >>> 3);
        }
        for (int i = 0; i < iv.length; i++) {
            iv[i] = i * 7919 - 5;
        }
        for (int i = 0; i < sv.length; i++) {
            sv[i] = (short) (i * 31);
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("l", DatasetOptions.of(DataTypes.INT64, rows, 2).chunks(20_000, 2).shuffle()
                    .deflate(1)).writeAll(v);
            w.root().createDataset("i", DatasetOptions.of(DataTypes.INT32, rows, 3).chunks(7_001, 3).shuffle()
                    .deflate(1)).writeAll(iv);
            w.root().createDataset("s", DatasetOptions.of(DataTypes.INT16, rows).chunks(4_099).shuffle()
                    .deflate(1)).writeAll(sv);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset l = (Dataset) f.get("/l");
            Dataset i = (Dataset) f.get("/i");
            Dataset s = (Dataset) f.get("/s");
            // a few rows first: their chunks are cached shuffled
            for (long r : new long[] {0, 1, 19_999, 20_000, 17_777, 29_999}) {
                Selection one = Selection.rows(l.space().dims(), r, 1);
                assertThat(l.readLongs(one)).as("row %d", r).containsExactly(v[(int) r * 2], v[(int) r * 2 + 1]);
                long two = Math.min(2, rows - r);
                assertThat(i.readInts(Selection.rows(i.space().dims(), r, two)))
                        .containsExactly(Arrays.copyOfRange(iv, (int) r * 3, (int) (r + two) * 3));
                assertThat(s.readShorts(Selection.rows(s.space().dims(), r, 1))).containsExactly(sv[(int) r]);
            }
            // then whole reads: cached chunks are unshuffled once, the others decoded piece by piece
            assertThat(Arrays.mismatch(l.readLongs(), v)).isEqualTo(-1);
            assertThat(Arrays.mismatch(i.readInts(), iv)).isEqualTo(-1);
            assertThat(Arrays.mismatch(s.readShorts(), sv)).isEqualTo(-1);
            long[] raw = new long[v.length];
            ByteBuffer.wrap(l.readRaw()).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(raw);
            assertThat(Arrays.mismatch(raw, v)).isEqualTo(-1);
            // a box that is not whole rows goes through the cached, now unshuffled, chunk
            assertThat(l.readLongs(Selection.box(new long[] {17_777, 1}, new long[] {3, 1})))
                    .containsExactly(v[17_777 * 2 + 1], v[17_778 * 2 + 1], v[17_779 * 2 + 1]);
        }
    }
}
