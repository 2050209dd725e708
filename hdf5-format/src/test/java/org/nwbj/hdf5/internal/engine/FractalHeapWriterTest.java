package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;
import org.nwbj.hdf5.internal.format.FractalHeapIndirectBlock;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;
import org.nwbj.hdf5.testing.RecordingStorage;
import org.nwbj.hdf5.internal.engine.write.FractalHeapWriter;

/** Heaps written by {@link FractalHeapWriter} read back through {@link FractalHeap}, with consistent counters. */
class FractalHeapWriterTest {
    /** A small geometry: rows of 2 blocks of 64 bytes up to 128, so few objects nest indirect blocks deeply. */
    static final FractalHeapWriter.Parameters SMALL = new FractalHeapWriter.Parameters(7, 2, 64, 128, 20, 4096, true);
    /** IDs long enough to hold a huge object's address and length (B-tree records of type 3), no checksums. */
    static final FractalHeapWriter.Parameters LONG_IDS =
            new FractalHeapWriter.Parameters(17, 4, 512, 4096, 32, 1000, false);

    record Written(FractalHeap heap, List<byte[]> ids, byte[] file, BlockReader reader) {
        FractalHeapHeader header() {
            return heap.header();
        }
    }

    static Written write(FormatContext ctx, FractalHeapWriter.Parameters p, List<byte[]> objects) {
        RecordingStorage s = new RecordingStorage();
        FileWriterSupport out = new FileWriterSupport(s, ctx, 0);
        out.allocate(1); // no structure at address 0
        FractalHeapWriter.Result r = FractalHeapWriter.write(out, p, objects);
        byte[] file = Arrays.copyOf(s.snapshot(), (int) out.endOfAllocation());
        BlockReader reader = reader(file, ctx);
        FractalHeap heap = FractalHeap.open(reader, r.headerAddress());
        return new Written(heap, r.ids(), file, reader);
    }

    static BlockReader reader(byte[] file, FormatContext ctx) {
        BlockReader inner = TestFiles.reader(file);
        return new BlockReader() {
            @Override
            public ByteBuffer read(long address, long length, String structure) {
                return inner.read(address, length, structure);
            }

            @Override
            public FormatContext ctx() {
                return ctx;
            }
        };
    }

    /** Object {@code i} of {@code size} bytes, its content derived from both. */
    static byte[] object(int i, int size) {
        byte[] b = new byte[size];
        for (int j = 0; j < size; j++) {
            b[j] = (byte) (i * 131 + j * 7 + (j >>> 8));
        }
        return b;
    }

    static List<byte[]> objects(List<Integer> sizes) {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            all.add(object(i, sizes.get(i)));
        }
        return all;
    }

    static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }

    /** Every object reads back by its ID, and the header and blocks agree with each other. */
    static Written assertRoundTrip(FormatContext ctx, FractalHeapWriter.Parameters p, List<byte[]> objects) {
        Written w = write(ctx, p, objects);
        assertThat(w.ids()).hasSize(objects.size());
        long maxManaged = Math.min(p.maxManagedObjectSize(), p.maxDirectBlockSize()
                - w.header().directBlockHeaderSize(ctx));
        int tinyMax = p.idLength() - 1 <= 16 ? p.idLength() - 1 : p.idLength() - 1 == 17 ? 16 : p.idLength() - 2;
        long managed = 0;
        long managedBytes = 0;
        long huge = 0;
        long hugeBytes = 0;
        long tiny = 0;
        for (int i = 0; i < objects.size(); i++) {
            byte[] o = objects.get(i);
            byte[] id = w.ids().get(i);
            assertThat(id).hasSize(p.idLength());
            int type = (id[0] >>> 4) & 3;
            if (o.length > maxManaged) {
                assertThat(type).as("type of object %d of %d bytes", i, o.length).isEqualTo(1);
                huge++;
                hugeBytes += o.length;
            } else if (o.length <= tinyMax) {
                assertThat(type).isEqualTo(2);
                tiny++;
            } else {
                assertThat(type).isEqualTo(0);
                managed++;
                managedBytes += o.length;
            }
            assertThat(bytes(w.heap().get(id))).as("object %d of %d bytes", i, o.length).isEqualTo(o);
        }
        FractalHeapHeader h = w.header();
        assertThat(h.managedObjectCount()).isEqualTo(managed);
        assertThat(h.hugeObjectCount()).isEqualTo(huge);
        assertThat(h.hugeObjectsSize()).isEqualTo(hugeBytes);
        assertThat(h.tinyObjectCount()).isEqualTo(tiny);
        assertThat(h.maxManagedObjectSize()).isEqualTo(maxManaged);
        assertThat(h.freeSpaceManagerAddress()).isEqualTo(FormatContext.UNDEFINED);
        assertThat(h.hugeObjectBTreeAddress() == FormatContext.UNDEFINED).isEqualTo(huge == 0);
        if (huge > 0) {
            BTreeV2 index = BTreeV2.open(w.reader(), h.hugeObjectBTreeAddress());
            assertThat(index.recordCount()).isEqualTo(huge);
            boolean direct = ctx.offsetSize() + ctx.lengthSize() <= p.idLength() - 1;
            assertThat(index.recordType())
                    .isEqualTo(direct ? BTreeV2Records.HUGE_DIRECT : BTreeV2Records.HUGE_INDIRECT);
            assertThat(h.nextHugeObjectId()).isEqualTo(direct ? 0 : huge);
        }
        if (managed == 0) {
            assertThat(h.rootBlockAddress()).isEqualTo(FormatContext.UNDEFINED);
            assertThat(h.managedSpace()).isZero();
            assertThat(h.freeSpace()).isZero();
            return w;
        }
        // walk the blocks: the allocated space and the iterator are those of the direct blocks found
        List<long[]> blocks = new ArrayList<>(); // heap offset, size
        long capacity;
        if (h.currentRootRows() == 0) {
            blocks.add(new long[] {0, h.startingBlockSize()});
            capacity = h.startingBlockSize() - h.directBlockHeaderSize(ctx);
            assertThat(h.managedSpace()).isEqualTo(h.startingBlockSize());
        } else {
            int maxRootRows = h.maxHeapSizeBits()
                    - Long.numberOfTrailingZeros(h.startingBlockSize() * h.tableWidth()) + 1;
            assertThat(Integer.bitCount(h.currentRootRows()) == 1 || h.currentRootRows() == maxRootRows)
                    .as("root rows %d double up to %d", h.currentRootRows(), maxRootRows).isTrue();
            capacity = walk(w, h.rootBlockAddress(), h.currentRootRows(), 0, blocks, new HashMap<>());
            assertThat(h.managedSpace()).isEqualTo(h.rowStart(h.currentRootRows()));
        }
        long allocated = 0;
        long end = 0;
        for (long[] b : blocks) {
            allocated += b[1];
            end = Math.max(end, b[0] + b[1]);
        }
        assertThat(h.allocatedManagedSpace()).isEqualTo(allocated);
        assertThat(h.directBlockIteratorOffset()).isEqualTo(end);
        assertThat(h.freeSpace()).isEqualTo(capacity - managedBytes);
        assertThat(end).isLessThanOrEqualTo(h.managedSpace());
        return w;
    }

    /** Collects the direct blocks under an indirect block; returns the data capacity of all its possible blocks. */
    static long walk(Written w, long address, int rows, long base, List<long[]> blocks, Map<Integer, Long> empty) {
        FractalHeapHeader h = w.header();
        FormatContext ctx = w.reader().ctx();
        ByteBuffer b = w.reader().read(address, h.indirectBlockSize(ctx, rows), "test");
        FractalHeapIndirectBlock ib = FractalHeapIndirectBlock.decode(b, address, h, rows, ctx);
        assertThat(ib.blockOffset()).isEqualTo(base);
        long capacity = 0;
        boolean any = false;
        for (int row = 0; row < rows; row++) {
            long size = h.rowBlockSize(row);
            for (int col = 0; col < h.tableWidth(); col++) {
                long child = ib.childAddresses()[row * h.tableWidth() + col];
                long offset = base + h.rowStart(row) + col * size;
                if (row < h.maxDirectRows()) {
                    capacity += size - h.directBlockHeaderSize(ctx);
                    if (child != FormatContext.UNDEFINED) {
                        blocks.add(new long[] {offset, size});
                        any = true;
                    }
                } else if (child != FormatContext.UNDEFINED) {
                    capacity += walk(w, child, h.indirectRows(size), offset, blocks, empty);
                    any = true;
                } else {
                    capacity += emptyCapacity(h, ctx, h.indirectRows(size), empty);
                }
            }
        }
        assertThat(any).as("indirect block at %d holds blocks", address).isTrue();
        return capacity;
    }

    /** Data capacity of the direct blocks under an indirect block of {@code rows} rows ({@code memo}: by rows). */
    static long emptyCapacity(FractalHeapHeader h, FormatContext ctx, int rows, Map<Integer, Long> memo) {
        Long known = memo.get(rows);
        if (known != null) {
            return known;
        }
        long c = 0;
        for (int row = 0; row < rows; row++) {
            long size = h.rowBlockSize(row);
            c += h.tableWidth() * (row < h.maxDirectRows() ? size - h.directBlockHeaderSize(ctx)
                    : emptyCapacity(h, ctx, h.indirectRows(size), memo));
        }
        memo.put(rows, c);
        return c;
    }

    // ---- properties ----

    @Provide
    Arbitrary<List<Integer>> sizes() {
        Arbitrary<Integer> size = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 8)),          // tiny and just past
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(9, 300)),      // links, small attributes
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(300, 4096)),    // up to the managed limit
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(4097, 70_000))); // huge
        return size.list().ofMaxSize(800);
    }

    @Property(tries = 40)
    void linkHeaps_readBack(@ForAll("sizes") List<Integer> sizes) {
        assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.LINKS, objects(sizes));
    }

    @Property(tries = 40)
    void attributeHeaps_readBack(@ForAll("sizes") List<Integer> sizes) {
        assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.ATTRIBUTES, objects(sizes));
    }

    @Property(tries = 60)
    void smallGeometry_nestsIndirectBlocks_andReadsBack(@ForAll("smallSizes") List<Integer> sizes,
            @ForAll @IntRange(min = 0, max = 1) int offsets) {
        FormatContext ctx = offsets == 0 ? FormatContext.DEFAULT : new FormatContext(4, 4);
        assertRoundTrip(ctx, SMALL, objects(sizes));
    }

    @Provide
    Arbitrary<List<Integer>> smallSizes() {
        // blocks of 64 and 128 bytes hold at most 108 bytes of data: larger objects are huge
        return Arbitraries.integers().between(1, 140).list().ofMaxSize(600);
    }

    @Property(tries = 30)
    void idsHoldingAddressAndLength_useDirectHugeRecords(@ForAll("sizes") List<Integer> sizes) {
        assertRoundTrip(FormatContext.DEFAULT, LONG_IDS, objects(sizes));
    }

    // ---- examples ----

    @Test
    void noObjects_emptyHeap() {
        Written w = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.LINKS, Collections.emptyList());
        assertThat(w.header().currentRootRows()).isZero();
    }

    @Test
    void fewObjects_oneRootDirectBlockOfTheStartingSize() {
        Written w = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.ATTRIBUTES,
                objects(Arrays.asList(100, 200, 300, 400)));
        FractalHeapHeader h = w.header();
        assertThat(h.currentRootRows()).isZero();
        assertThat(h.startingBlockSize()).isEqualTo(1024);
        assertThat(h.directBlocksChecksummed()).isTrue();
        // 1024 bytes less the block's 22-byte prefix (40-bit offsets, checksum) less the objects
        assertThat(h.freeSpace()).isEqualTo(1024 - 22 - 1000);
    }

    /**
     * The group of 3000 hard links "link00000".. (20-byte link messages) that h5py 3.7 (HDF5 1.10.8) writes with
     * libver='latest' has this heap header; the same messages give the same one here.
     */
    @Test
    void threeThousandLinkMessages_sameCountersAsTheCLibrary() {
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(3000, 20));
        FractalHeapHeader h = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.LINKS, objects(sizes))
                .header();
        assertThat(h.heapIdLength()).isEqualTo(7);
        assertThat(h.flags()).isEqualTo(2);
        assertThat(h.maxManagedObjectSize()).isEqualTo(4096);
        assertThat(h.tableWidth()).isEqualTo(4);
        assertThat(h.startingBlockSize()).isEqualTo(512);
        assertThat(h.maxDirectBlockSize()).isEqualTo(65536);
        assertThat(h.maxHeapSizeBits()).isEqualTo(32);
        assertThat(h.currentRootRows()).isEqualTo(8);
        assertThat(h.managedSpace()).isEqualTo(262144);
        assertThat(h.allocatedManagedSpace()).isEqualTo(65536);
        assertThat(h.directBlockIteratorOffset()).isEqualTo(65536);
        assertThat(h.freeSpace()).isEqualTo(201472);
        assertThat(h.managedObjectCount()).isEqualTo(3000);
    }

    @Test
    void megabytesOfObjects_reachChildIndirectBlocks() {
        // 2 MiB of 1000-byte objects: past the root's 9 direct rows (512 KiB) into rows of child indirect blocks
        Written w = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.LINKS,
                objects(new ArrayList<>(Collections.nCopies(2100, 1000))));
        FractalHeapHeader h = w.header();
        assertThat(h.currentRootRows()).isGreaterThan(h.maxDirectRows());
    }

    @Test
    void getAll_inHashLikeOrder_readsEachDirectBlockOnce() {
        // 8 MiB of objects, twice the reader's block cache, asked for in a shuffled order
        List<byte[]> objects = objects(new ArrayList<>(Collections.nCopies(4000, 2000)));
        Written w = write(FormatContext.DEFAULT, FractalHeapWriter.LINKS, objects);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(7));
        List<byte[]> ids = new ArrayList<>();
        for (int i : order) {
            ids.add(w.ids().get(i));
        }
        int[] directReads = {0};
        BlockReader counting = new BlockReader() {
            @Override
            public ByteBuffer read(long address, long length, String structure) {
                if (structure.equals(org.nwbj.hdf5.internal.format.FractalHeapDirectBlock.STRUCTURE)) {
                    directReads[0]++;
                }
                return w.reader().read(address, length, structure);
            }

            @Override
            public FormatContext ctx() {
                return w.reader().ctx();
            }
        };
        FractalHeap heap = FractalHeap.open(counting, w.header().address());
        List<byte[]> back = heap.getAll(ids, (i, b) -> bytes(b));
        for (int k = 0; k < order.size(); k++) {
            assertThat(back.get(k)).isEqualTo(objects.get(order.get(k)));
        }
        List<long[]> blocks = new ArrayList<>();
        walk(w, w.header().rootBlockAddress(), w.header().currentRootRows(), 0, blocks, new HashMap<>());
        assertThat(directReads[0]).isEqualTo(blocks.size());
    }

    @Test
    void objectTooLargeForTheNextBlocks_skipsThemAndTheyStayUnallocated() {
        // 400 bytes go to the first 512-byte block; 4080 need a block of 8 KiB (one of 4 KiB holds 4075 after its
        // 21-byte prefix): the 19 blocks in between are skipped; 50 bytes follow in the 8 KiB block
        Written w = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.LINKS,
                objects(Arrays.asList(400, 4080, 50)));
        FractalHeapHeader h = w.header();
        assertThat(h.allocatedManagedSpace()).isEqualTo(512 + 8192);
        // rows 0..5 hold blocks up to 4 KiB (16 KiB in all); the 8 KiB block is the first of row 6
        assertThat(h.directBlockIteratorOffset()).isEqualTo(32768 + 8192);
        assertThat(h.currentRootRows()).isEqualTo(8);
    }

    @Test
    void hugeObjects_onlyHuge_noManagedBlocks() {
        Written w = assertRoundTrip(FormatContext.DEFAULT, FractalHeapWriter.ATTRIBUTES,
                objects(Arrays.asList(5000, 20 << 20, 4097)));
        assertThat(w.header().hugeObjectsSize()).isEqualTo(5000 + (20 << 20) + 4097);
        assertThat(w.header().nextHugeObjectId()).isEqualTo(3);
    }

    @Test
    void corruptDirectBlock_failsItsChecksum() {
        Written w = write(FormatContext.DEFAULT, FractalHeapWriter.LINKS, objects(Arrays.asList(100, 100)));
        long root = w.header().rootBlockAddress();
        w.file()[(int) root + 40] ^= 1;
        FractalHeap again = FractalHeap.open(w.reader(), w.header().address());
        assertThatThrownBy(() -> again.get(w.ids().get(0))).isInstanceOf(Hdf5FormatException.class);
    }

    @Test
    void emptyObject_isRefused() {
        assertThatThrownBy(() -> write(FormatContext.DEFAULT, FractalHeapWriter.LINKS,
                Collections.singletonList(new byte[0]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersWhoseIdsCannotAddressTheHeap_areRefused() {
        FractalHeapWriter.Parameters tooShort = new FractalHeapWriter.Parameters(5, 4, 512, 65536, 32, 4096, true);
        assertThatThrownBy(() -> write(FormatContext.DEFAULT, tooShort, Collections.emptyList()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heap IDs of 5 bytes");
    }
}
