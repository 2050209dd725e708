package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The extensible array chunk index a SWMR writer updates in place: past the index block, direct data blocks,
 * secondary blocks and paged data blocks, a reader sees every flushed row, and the file grows by the new chunks and
 * index blocks only (an index written anew per flush would grow it by the whole index each time).
 */
class SwmrInPlaceIndexTest {
    @TempDir
    Path dir;

    private static long[] rows(long from, long n, long base) {
        long[] v = new long[(int) (n * 4)];
        for (int i = 0; i < v.length; i++) {
            v[i] = 4 * from + i + base;
        }
        return v;
    }

    private static void append(DatasetWriter d, long n, long base) {
        long at = d.dims()[0];
        d.resize(at + n, 4);
        d.write(Selection.box(new long[] {at, 0}, new long[] {n, 4}), rows(at, n, base));
    }

    @Test
    void tenThousandChunksReachPagedDataBlocksAndStayReadable() throws Exception {
        Path p = dir.resolve("many.h5");
        int flushes = 150;
        int block = 70; // 10,500 one-row chunks: past 8,180 elements the data blocks are paged
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter plain = w.root().createDataset("plain", DatasetOptions.of(DataTypes.INT64, 0, 4)
                    .maxDims(-1, 4).chunks(1, 4));
            DatasetWriter packed = w.root().createDataset("packed", DatasetOptions.of(DataTypes.INT64, 0, 4)
                    .maxDims(-1, 4).chunks(1, 4).deflate(4));
            w.startSwmr();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset a = f.dataset("/plain");
                Dataset b = f.dataset("/packed");
                for (int k = 1; k <= flushes; k++) {
                    append(plain, block, 0);
                    append(packed, block, 1_000_000);
                    w.flush();
                    if (k % 25 == 0 || k == flushes) {
                        a.refresh();
                        b.refresh();
                        long n = (long) k * block;
                        assertThat(a.space().dims()).containsExactly(n, 4);
                        assertThat(b.space().dims()).containsExactly(n, 4);
                        long from = n - 3 * block;
                        long[] dims = {n, 4};
                        assertThat(a.readLongs(Selection.box(new long[] {from, 0}, new long[] {3L * block, 4})))
                                .containsExactly(rows(from, 3L * block, 0));
                        assertThat(b.readLongs(Selection.box(new long[] {from, 0}, new long[] {3L * block, 4})))
                                .containsExactly(rows(from, 3L * block, 1_000_000));
                        assertThat(dims[0]).isEqualTo(n);
                    }
                }
                assertThat(a.readLongs()).containsExactly(rows(0, (long) flushes * block, 0));
                assertThat(b.readLongs()).containsExactly(rows(0, (long) flushes * block, 1_000_000));
            }
        }
        long n = (long) flushes * block;
        // 32 bytes a plain chunk, a little less deflated, 8 to 15 bytes of index each; an index rewritten per flush
        // would add about n / 2 * 23 bytes per flush (over 15 MB here)
        assertThat(Files.size(p)).isLessThan(n * 100 + 200_000);
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/plain").readLongs()).containsExactly(rows(0, n, 0));
            assertThat(f.dataset("/packed").readLongs()).containsExactly(rows(0, n, 1_000_000));
        }
    }

    @Test
    void aSuperblock3FileOpenedForModificationEntersSwmrMode() throws Exception {
        Path p = dir.resolve("opened.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            append(w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 0, 4).maxDims(-1, 4).chunks(8, 4)
                    .deflate(4)), 100, 0);
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            DatasetWriter d = w.root().dataset("d");
            w.startSwmr();
            assertThat(Files.readAllBytes(p)[11]).as("superblock flags: SWMR writing").isEqualTo((byte) 0x05);
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset r = f.dataset("/d");
                DatasetWriter e = w.root().createDataset("e", DatasetOptions.of(DataTypes.INT64, 0, 4)
                        .maxDims(-1, 4).chunks(8, 4));
                for (int k = 0; k < 40; k++) {
                    append(d, 5, 0);
                    append(e, 3, 7);
                    w.flush();
                    r.refresh();
                    assertThat(r.readLongs()).containsExactly(rows(0, 105 + 5L * k, 0));
                    assertThat(f.dataset("/e").readLongs()).containsExactly(rows(0, 3L * (k + 1), 7));
                }
            }
        }
        assertThat(Files.readAllBytes(p)[11]).as("cleared on close").isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/d").readLongs()).containsExactly(rows(0, 300, 0));
            assertThat(f.dataset("/e").readLongs()).containsExactly(rows(0, 120, 7));
        }
    }

    @Test
    void aSuperblock2FileOpenedForModificationIsRefused() {
        Path p = dir.resolve("v2.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("x", new long[] {1});
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(w::startSwmr)
                    .isInstanceOf(Hdf5UnsupportedException.class).hasMessageContaining("superblock 3");
            assertThat(w.swmrMode()).isFalse();
        }
    }

    @Test
    void chunksWrittenBackwardsFillPagesFromTheirMiddle() throws Exception {
        Path p = dir.resolve("backwards.h5");
        int n = 9600; // one-row chunks: past 8,180 the pages of 256 elements; blocks of 300 start mid-page
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 0, 4)
                    .maxDims(-1, 4).chunks(1, 4).deflate(1));
            w.startSwmr();
            d.resize(n, 4);
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                for (int from = n - 300; from >= 0; from -= 300) {
                    d.write(Selection.box(new long[] {from, 0}, new long[] {300, 4}), rows(from, 300, 5));
                    w.flush();
                    Dataset r = f.dataset("/d");
                    assertThat(r.readLongs(Selection.box(new long[] {from, 0}, new long[] {n - from, 4})))
                            .containsExactly(rows(from, n - from, 5));
                }
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/d").readLongs()).containsExactly(rows(0, n, 5));
        }
    }

    @Test
    void shrinkingInSwmrModeWritesTheIndexAnewAndGrowingGoesOnInPlace() throws Exception {
        Path p = dir.resolve("shrink.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("d", DatasetOptions.of(DataTypes.INT64, 0, 4)
                    .maxDims(-1, 4).chunks(4, 4).deflate(1));
            w.startSwmr();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                for (int k = 0; k < 30; k++) {
                    append(d, 7, 0);
                    w.flush();
                }
                d.resize(101, 4); // drops chunks and cuts one
                w.flush();
                Dataset r = f.dataset("/d");
                assertThat(r.readLongs()).containsExactly(rows(0, 101, 0));
                for (int k = 0; k < 10; k++) {
                    append(d, 9, 0);
                    w.flush();
                }
                r.refresh();
                assertThat(r.readLongs()).containsExactly(rows(0, 191, 0));
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/d").readLongs()).containsExactly(rows(0, 191, 0));
        }
    }
}
