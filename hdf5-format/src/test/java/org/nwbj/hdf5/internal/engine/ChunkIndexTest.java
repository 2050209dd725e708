package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatContext;

/** Chunk indexes of datasets written by HDF5 1.10, checked against h5py's get_chunk_info. */
class ChunkIndexTest {
    /** Expected values of one dataset: chunk byte size, chunk grid, and the allocated chunks. */
    record Expected(long chunkBytes, long[] grid, Map<String, long[]> chunks) {
        static Expected load(String name) {
            long chunkBytes = 0;
            long[] grid = null;
            Map<String, long[]> chunks = new HashMap<>();
            for (String line : TestFiles.lines(name + ".txt")) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "chunkbytes" -> chunkBytes = Long.parseLong(f[1]);
                    case "grid" -> grid = Arrays.stream(f).skip(1).mapToLong(Long::parseLong).toArray();
                    case "chunk" -> {
                        int rank = f.length - 4;
                        long[] scaled = new long[rank];
                        for (int i = 0; i < rank; i++) {
                            scaled[i] = Long.parseLong(f[1 + i]);
                        }
                        // mask, address, size
                        chunks.put(Arrays.toString(scaled), new long[] {Long.parseLong(f[1 + rank]),
                                Long.parseLong(f[2 + rank]), Long.parseLong(f[3 + rank])});
                    }
                    default -> throw new IllegalStateException(line);
                }
            }
            return new Expected(chunkBytes, grid, chunks);
        }

        /** Scaled chunk coordinates of a row-major linear index over the grid. */
        String coordinates(long index) {
            long[] c = new long[grid.length];
            for (int d = grid.length - 1; d >= 0; d--) {
                c[d] = index % grid[d];
                index /= grid[d];
            }
            return Arrays.toString(c);
        }

        long total() {
            return Arrays.stream(grid).reduce(1, (a, b) -> a * b);
        }
    }

    static void check(List<StoredChunk> entries, Expected exp, long count) {
        assertThat(entries).hasSize((int) count);
        int allocated = 0;
        for (int i = 0; i < entries.size(); i++) {
            StoredChunk e = entries.get(i);
            assertThat(e.origin()[0]).isEqualTo(i);
            long[] want = exp.chunks().get(exp.coordinates(i));
            if (want == null) {
                assertThat(e.allocated()).as("chunk %d", i).isFalse();
                assertThat(e.address()).isEqualTo(-1);
                continue;
            }
            allocated++;
            assertThat(e.filterMask()).as("mask of chunk %d", i).isEqualTo((int) want[0]);
            assertThat(e.address()).as("address of chunk %d", i).isEqualTo(want[1]);
            assertThat(e.size()).as("size of chunk %d", i).isEqualTo(want[2]);
        }
        assertThat(allocated).isEqualTo(exp.chunks().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa_plain", "fa_filtered", "fa_paged", "fa_filtered_o4"})
    void fixedArray(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        Expected exp = Expected.load(name);
        FixedArrayIndex fa = FixedArrayIndex.open(TestFiles.reader(file), TestFiles.findOne(file, "FAHD"),
                exp.chunkBytes());
        assertThat(fa.size()).isEqualTo(exp.total());
        List<StoredChunk> entries = fa.entries().asList();
        check(entries, exp, exp.total());
        for (StoredChunk e : entries) {
            assertThat(fa.get(e.origin()[0])).isEqualTo(e);
        }
    }

    @Test
    void fixedArrayPagesAreUsed() {
        byte[] file = TestFiles.bytes("fa_paged.h5");
        FixedArrayIndex fa = FixedArrayIndex.open(TestFiles.reader(file), TestFiles.findOne(file, "FAHD"), 1);
        assertThat(fa.header().paged()).isTrue();
        assertThat(fa.header().pageCount()).isEqualTo(3);
        // a fresh index reads only the prefix and the one page needed
        assertThat(FixedArrayIndex.open(TestFiles.reader(file), TestFiles.findOne(file, "FAHD"), 1).get(2995)
                .allocated()).isTrue();
        assertThat(fa.get(1500).allocated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ea_plain", "ea_filtered", "ea_plain_o4"})
    void extensibleArray(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        Expected exp = Expected.load(name);
        ExtensibleArrayIndex ea = ExtensibleArrayIndex.open(TestFiles.reader(file), TestFiles.findOne(file, "EAHD"),
                exp.chunkBytes());
        List<StoredChunk> entries = ea.entries().asList();
        check(entries, exp, ea.size());
        assertThat(ea.size()).isLessThanOrEqualTo(exp.total());
        for (long i = ea.size(); i < exp.total(); i++) {
            assertThat(exp.chunks()).doesNotContainKey(exp.coordinates(i));
        }
        // random access from a fresh index, backwards so that nothing comes from an earlier sequential read
        ExtensibleArrayIndex fresh = ExtensibleArrayIndex.open(TestFiles.reader(file),
                TestFiles.findOne(file, "EAHD"), exp.chunkBytes());
        for (int i = entries.size() - 1; i >= 0; i--) {
            assertThat(fresh.get(i)).isEqualTo(entries.get(i));
        }
        assertThat(fresh.get(ea.size() + 10).allocated()).isFalse();
    }

    @Test
    void extensibleArrayReachesSecondaryBlocks() {
        byte[] file = TestFiles.bytes("ea_plain.h5");
        ExtensibleArrayIndex ea = ExtensibleArrayIndex.open(TestFiles.reader(file), TestFiles.findOne(file, "EAHD"),
                1);
        // beyond the index block's elements and the super blocks it addresses directly
        long direct = ea.header().indexBlockElements()
                + ea.header().superBlockStart(ea.header().indexBlockSuperBlocks());
        assertThat(ea.size()).isGreaterThan(direct);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bt2_plain", "bt2_filtered", "bt2_filtered_o4"})
    void btreeChunks(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        Expected exp = Expected.load(name);
        BlockReader r = TestFiles.reader(file);
        FormatContext ctx = r.ctx();
        BTreeV2 tree = BTreeV2.open(r, TestFiles.findOne(file, "BTHD"));
        int rank = exp.grid().length;
        boolean filtered = tree.recordType() == BTreeV2Records.CHUNK_FILTERED;
        assertThat(filtered).isEqualTo(name.contains("filtered"));
        int sizeLength = BTreeV2Records.filteredChunkSizeLength(tree.recordSize(), rank, ctx);
        List<String> order = new ArrayList<>();
        Map<String, long[]> found = new HashMap<>();
        tree.forEach(rec -> {
            BTreeV2Records.Chunk c = filtered ? BTreeV2Records.filteredChunk(rec, rank, sizeLength, ctx)
                    : BTreeV2Records.chunk(rec, rank, ctx);
            String key = Arrays.toString(c.scaledOffsets());
            order.add(key);
            found.put(key, new long[] {c.filterMask(), c.address(), filtered ? c.size() : exp.chunkBytes()});
        });
        assertThat(found.keySet()).isEqualTo(exp.chunks().keySet());
        for (String k : found.keySet()) {
            assertThat(found.get(k)).as(k).containsExactly(exp.chunks().get(k));
        }
        assertThat(order).hasSize(exp.chunks().size());
        if (name.equals("bt2_plain")) {
            assertThat(tree.header().depth()).isGreaterThanOrEqualTo(1);
        }
    }
    @ParameterizedTest
    @ValueSource(strings = {"bt2_plain", "bt2_filtered", "bt2_filtered_o4"})
    void btreeChunkTableAndLookups(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        Expected exp = Expected.load(name);
        int rank = exp.grid().length;
        // unit chunks: a chunk's origin is then its scaled offsets, the key the expectations use
        long[] unit = new long[rank];
        Arrays.fill(unit, 1);
        ChunkTable t = new ChunkTable(rank, 1);
        NewChunkIndexes.btreeV2(TestFiles.reader(file), TestFiles.findOne(file, "BTHD"), unit, exp.chunkBytes(), t);
        assertThat(t.size()).isEqualTo(exp.chunks().size());
        ChunkLookup lookup = new ChunkLookup(t, exp.grid(), unit);
        for (int i = 0; i < t.size(); i++) {
            long[] want = exp.chunks().get(Arrays.toString(t.origin(i)));
            assertThat(new long[] {t.filterMask(i), t.address(i), t.storedSize(i)}).as(Arrays.toString(t.origin(i)))
                    .containsExactly(want);
            assertThat(lookup.at(t.origin(i))).isEqualTo(i);
            assertThat(t.get(i).address()).isEqualTo(t.address(i));
            // keys are ordered dimension 0 first
            if (i > 0) {
                assertThat(Arrays.compare(t.origin(i - 1), t.origin(i))).isNegative();
            }
        }
        long[] outside = new long[rank];
        outside[0] = exp.grid()[0] + 5;
        assertThat(lookup.at(outside)).isEqualTo(-1);
        // the shared-slice walk sees the records the copying walk sees, little-endian
        BTreeV2 tree = BTreeV2.open(TestFiles.reader(file), TestFiles.findOne(file, "BTHD"));
        List<Long> copied = new ArrayList<>();
        List<Long> shared = new ArrayList<>();
        tree.forEach(rec -> copied.add(rec.getLong(rec.remaining() - 8)));
        tree.forEachShared(rec -> {
            assertThat(rec.order()).isEqualTo(java.nio.ByteOrder.LITTLE_ENDIAN);
            shared.add(rec.getLong(rec.remaining() - 8));
        });
        assertThat(shared).isEqualTo(copied).hasSize(t.size());
    }

    @Test
    void sparseLookupFindsChunksOfAHugeGrid() {
        // 2^40 cells, 3 chunks: the lookup hashes instead of allocating the grid
        ChunkTable t = new ChunkTable(2, 1);
        t.add(100, 8, 0, new long[] {0, 0});
        t.add(200, 8, 1, new long[] {4L << 20, 12});
        t.add(300, 8, 0, new long[] {(1L << 20) - 1, (1L << 20) - 1});
        ChunkLookup lookup = new ChunkLookup(t, new long[] {1L << 20, 1L << 20}, new long[] {1, 1});
        assertThat(lookup.at(new long[] {0, 0})).isEqualTo(0);
        assertThat(lookup.at(new long[] {(1L << 20) - 1, (1L << 20) - 1})).isEqualTo(2);
        assertThat(lookup.at(new long[] {4L << 20, 12})).isEqualTo(-1); // past the current dimensions
        assertThat(lookup.at(new long[] {5, 5})).isEqualTo(-1);
        assertThat(t.storedBytes()).isEqualTo(24);
        assertThat(t.asList()).extracting(StoredChunk::address).containsExactly(100L, 200L, 300L);
    }
}
