package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Checksums;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;

/** Structures h5py cannot make: a deflated fractal heap, tiny and directly addressed huge objects, cycles. */
class SyntheticStructuresTest {
    private static final int HEAP_ID_LENGTH = 30;
    private static final long ROOT = 512;
    private static final long HUGE = 2048;
    private static final byte[] HELLO = "hello, filtered heap".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HUGE_DATA = new byte[3000];

    static {
        for (int i = 0; i < HUGE_DATA.length; i++) {
            HUGE_DATA[i] = (byte) (i % 7);
        }
    }

    /** Little-endian writer into a fixed file image. */
    static final class Image {
        final byte[] bytes = new byte[8192];
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        Image at(long p) {
            b.position((int) p);
            return this;
        }

        Image u8(int v) {
            b.put((byte) v);
            return this;
        }

        Image u16(int v) {
            b.putShort((short) v);
            return this;
        }

        Image u32(long v) {
            b.putInt((int) v);
            return this;
        }

        Image u64(long v) {
            b.putLong(v);
            return this;
        }

        Image raw(byte[] v) {
            b.put(v);
            return this;
        }

        Image ascii(String s) {
            return raw(s.getBytes(StandardCharsets.US_ASCII));
        }

        /** Stores the lookup3 checksum of [from, position) at the position. */
        Image checksum(long from) {
            int to = b.position();
            return u32(Checksums.lookup3(bytes, (int) from, to - (int) from));
        }
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static final FractalHeap.Unfilter INFLATE = (stored, mask, size) -> {
        Inflater inf = new Inflater();
        byte[] in = new byte[stored.remaining()];
        stored.duplicate().get(in);
        inf.setInput(in);
        byte[] out = new byte[(int) size];
        try {
            int n = inf.inflate(out);
            assertThat(n).isEqualTo((int) size);
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inf.end();
        }
        return ByteBuffer.wrap(out);
    };

    /** A heap with a (fake) filter pipeline, a deflated root direct block and a deflated huge object. */
    static byte[] filteredHeap() {
        Image img = new Image();
        // the root direct block before filtering: prefix, checksum over the block with the field zeroed, object
        Image block = new Image();
        block.at(0).ascii("FHDB").u8(0).u64(0).u16(0);
        int sumAt = block.b.position();
        block.u32(0);
        int objectOffset = block.b.position();
        block.raw(HELLO);
        byte[] raw = java.util.Arrays.copyOf(block.bytes, 512);
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).putInt(sumAt, (int) Checksums.lookup3(raw, 0, 512));
        byte[] stored = deflate(raw);
        img.at(ROOT).raw(stored);
        byte[] hugeStored = deflate(HUGE_DATA);
        img.at(HUGE).raw(hugeStored);

        byte[] pipeline = {2, 1, 1, 0, 0, 0, 0, 0}; // opaque here: the Unfilter is what interprets it
        img.at(0).ascii("FRHP").u8(0).u16(HEAP_ID_LENGTH).u16(pipeline.length).u8(0x02).u32(512)
                .u64(1).u64(-1).u64(0).u64(-1) // next huge ID, huge B-tree, free space, free space manager
                .u64(512).u64(512).u64(512).u64(1) // managed space, allocated, iterator, managed objects
                .u64(HUGE_DATA.length).u64(1).u64(0).u64(0) // huge size and count, tiny size and count
                .u16(4).u64(512).u64(512).u16(16).u16(0).u64(ROOT).u16(0)
                .u64(stored.length).u32(0).raw(pipeline).checksum(0);
        // remember where the object is for the test
        img.bytes[8000] = (byte) objectOffset;
        img.at(8100).u64(hugeStored.length);
        return img.bytes;
    }

    @Test
    void filteredHeapNeedsAnUnfilter() {
        byte[] file = filteredHeap();
        FractalHeap heap = FractalHeap.open(TestFiles.reader(file), 0, INFLATE);
        FractalHeapHeader h = heap.header();
        assertThat(h.hasFilters()).isTrue();
        assertThat(h.filterInfo()).hasSize(8);
        assertThat(h.heapOffsetSize()).isEqualTo(2);
        assertThat(h.managedLengthSize()).isEqualTo(2);

        byte[] id = new byte[HEAP_ID_LENGTH];
        ByteBuffer.wrap(id).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0).putShort(file[8000])
                .putShort((short) HELLO.length);
        ByteBuffer obj = heap.get(id);
        byte[] got = new byte[obj.remaining()];
        obj.get(got);
        assertThat(got).isEqualTo(HELLO);

        assertThatThrownBy(() -> FractalHeap.open(TestFiles.reader(file), 0).get(id))
                .isInstanceOf(Hdf5UnsupportedException.class).hasMessageContaining("I/O filters");
    }

    @Test
    void directlyAddressedFilteredHugeObject() {
        byte[] file = filteredHeap();
        long storedLength = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(8100);
        FractalHeap heap = FractalHeap.open(TestFiles.reader(file), 0, INFLATE);
        byte[] id = new byte[HEAP_ID_LENGTH];
        // 29 bytes after the flags hold address, length, filter mask and unfiltered size: no B-tree needed
        ByteBuffer.wrap(id).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x10).putLong(HUGE).putLong(storedLength)
                .putInt(0).putLong(HUGE_DATA.length);
        ByteBuffer obj = heap.get(id);
        byte[] got = new byte[obj.remaining()];
        obj.get(got);
        assertThat(got).isEqualTo(HUGE_DATA);
    }

    @Test
    void extendedTinyObjects() {
        FractalHeap heap = FractalHeap.open(TestFiles.reader(filteredHeap()), 0, INFLATE);
        byte[] id = new byte[HEAP_ID_LENGTH];
        byte[] data = "twenty-two bytes here!".getBytes(StandardCharsets.US_ASCII);
        // IDs longer than 18 bytes use 12 bits of length (minus one) over the flags byte and the next byte
        id[0] = (byte) (0x20 | ((data.length - 1) >> 8));
        id[1] = (byte) (data.length - 1);
        System.arraycopy(data, 0, id, 2, data.length);
        ByteBuffer obj = heap.get(id);
        byte[] got = new byte[obj.remaining()];
        obj.get(got);
        assertThat(got).isEqualTo(data);
    }

    @Test
    void badHeapIdsAreFormatErrors() {
        FractalHeap heap = FractalHeap.open(TestFiles.reader(filteredHeap()), 0, INFLATE);
        assertThatThrownBy(() -> heap.get(new byte[] {(byte) 0x40, 0, 0})).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> heap.get(new byte[] {(byte) 0x30, 0, 0})).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> heap.get(new byte[] {0, 1, 0, 4, 0})).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> heap.get(new byte[] {0})).isInstanceOf(Hdf5FormatException.class);
    }

    /**
     * An extensible array with tiny creation parameters so that data blocks of super block 3 are paged (2 pages of
     * 4 elements): index block elements 2, data block minimum 2, secondary block minimum pointers 2, page bits 2.
     */
    static byte[] pagedExtensibleArray() {
        Image img = new Image();
        long undef = -1;
        img.at(0).ascii("EAHD").u8(0).u8(0).u8(8).u8(8).u8(2).u8(2).u8(2).u8(2)
                .u64(2).u64(0).u64(5).u64(0).u64(32).u64(32).u64(100).checksum(0);
        // index block: 2 elements, data blocks of super blocks 0 and 1, secondary blocks of super blocks 2..7
        img.at(100).ascii("EAIB").u8(0).u8(0).u64(0).u64(10_000).u64(10_001).u64(300).u64(400)
                .u64(500).u64(700).u64(undef).u64(undef).u64(undef).u64(undef).checksum(100);
        img.at(300).ascii("EADB").u8(0).u8(0).u64(0).u8(0).u64(10_002).u64(10_003).checksum(300);
        img.at(400).ascii("EADB").u8(0).u8(0).u64(0).u8(2);
        for (int i = 4; i < 8; i++) {
            img.u64(10_000 + i);
        }
        img.checksum(400);
        img.at(500).ascii("EASB").u8(0).u8(0).u64(0).u8(6).u64(600).u64(undef).checksum(500);
        img.at(600).ascii("EADB").u8(0).u8(0).u64(0).u8(6);
        for (int i = 8; i < 12; i++) {
            img.u64(i == 9 ? undef : 10_000 + i);
        }
        img.checksum(600);
        // super block 3: pages of data block 0 are bits 0-1, of data block 1 bits 2-3 (from the high bit)
        img.at(700).ascii("EASB").u8(0).u8(0).u64(0).u8(14).u8(0x90).u8(0).u64(800).u64(900).checksum(700);
        img.at(800).ascii("EADB").u8(0).u8(0).u64(0).u8(14).checksum(800);
        page(img, 819, 16);
        img.at(900).ascii("EADB").u8(0).u8(0).u64(0).u8(22).checksum(900);
        page(img, 955, 28);
        return img.bytes;
    }

    private static void page(Image img, long at, int firstIndex) {
        img.at(at);
        for (int i = 0; i < 4; i++) {
            img.u64(10_000 + firstIndex + i);
        }
        img.checksum(at);
    }

    @Test
    void pagedExtensibleArrayDataBlocks() {
        byte[] file = pagedExtensibleArray();
        ExtensibleArrayIndex ea = ExtensibleArrayIndex.open(TestFiles.reader(file), 0, 1);
        assertThat(ea.header().paged(3)).isTrue();
        assertThat(ea.header().paged(2)).isFalse();
        List<StoredChunk> entries = ea.entries().asList();
        assertThat(entries).hasSize(32);
        List<Long> allocated = new ArrayList<>();
        for (StoredChunk e : entries) {
            if (e.allocated()) {
                assertThat(e.address()).isEqualTo(10_000 + e.origin()[0]);
                assertThat(e.size()).isEqualTo(1);
                allocated.add(e.origin()[0]);
            }
            assertThat(ExtensibleArrayIndex.open(TestFiles.reader(file), 0, 1).get(e.origin()[0])).isEqualTo(e);
        }
        assertThat(allocated).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L, 16L, 17L, 18L, 19L,
                28L, 29L, 30L, 31L);
        assertThat(ea.get(40).allocated()).isFalse();
    }

    /**
     * A heap with nested indirect blocks: table width 2, blocks of 512 and 1024 bytes, so the root's row 3 holds
     * indirect blocks of 2 rows. Direct blocks carry no checksum (flags 0).
     */
    static byte[] nestedHeap() {
        Image img = new Image();
        long u = -1;
        img.at(0).ascii("FRHP").u8(0).u16(8).u16(0).u8(0).u32(1024)
                .u64(0).u64(u).u64(0).u64(u).u64(8192).u64(8192).u64(0).u64(2).u64(0).u64(0).u64(0).u64(0)
                .u16(2).u64(512).u64(1024).u16(16).u16(1).u64(200).u16(4).checksum(0);
        // root: rows 0-2 direct (one 1024-byte block allocated in row 2), row 3 indirect
        img.at(200).ascii("FHIB").u8(0).u64(0).u16(0).u64(u).u64(u).u64(u).u64(u).u64(u).u64(1000)
                .u64(u).u64(300).checksum(200);
        // the indirect block at heap offset 4096 + 2048: one 512-byte block in its row 1
        img.at(300).ascii("FHIB").u8(0).u64(0).u16(6144).u64(u).u64(u).u64(2100).u64(u).checksum(300);
        img.at(1000).ascii("FHDB").u8(0).u64(0).u16(3072).ascii("object in row 2");
        img.at(2100).ascii("FHDB").u8(0).u64(0).u16(7168).ascii("object two levels down");
        return img.bytes;
    }

    private static String string(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return new String(out, StandardCharsets.US_ASCII);
    }

    private static byte[] managedId(int offset, int length) {
        return new byte[] {0, (byte) offset, (byte) (offset >> 8), (byte) length, (byte) (length >> 8), 0, 0, 0};
    }

    @Test
    void nestedIndirectBlocks() {
        FractalHeap heap = FractalHeap.open(TestFiles.reader(nestedHeap()), 0);
        assertThat(heap.header().maxDirectRows()).isEqualTo(3);
        assertThat(heap.header().directBlockHeaderSize(FormatContext.DEFAULT)).isEqualTo(15);
        assertThat(string(heap.get(managedId(3072 + 15, 15)))).isEqualTo("object in row 2");
        assertThat(string(heap.get(managedId(7168 + 15, 22)))).isEqualTo("object two levels down");
        // offsets in blocks that were never allocated, or past the block's end
        assertThatThrownBy(() -> heap.get(managedId(100, 4))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("unallocated");
        assertThatThrownBy(() -> heap.get(managedId(7168 + 500, 40))).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> heap.get(managedId(7168 + 3, 4))).isInstanceOf(Hdf5FormatException.class);
    }

    /** The root of a depth-2 tree made to point at itself is reported, not followed. */
    @Test
    void btreeCycleIsDetected() {
        byte[] file = TestFiles.bytes("group_big.h5");
        BlockReader r = TestFiles.reader(file);
        BTreeV2 tree = FractalHeapTest.tree(file, r, BTreeV2Records.LINK_CREATION_ORDER);
        BTreeV2Header h = tree.header();
        assertThat(h.depth()).isEqualTo(2);
        BTreeV2Header.NodeInfo[] info = h.nodeInfo(FormatContext.DEFAULT);
        int root = (int) h.rootAddress();
        int firstPointer = root + 6 + h.rootRecordCount() * h.recordSize();
        int pointerSize = 8 + info[2].countSize() + info[1].cumulativeCountSize();
        int checksumAt = firstPointer + (h.rootRecordCount() + 1) * pointerSize;
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        // child 0 -> the root itself, with the root's record count so that only the cycle check can object
        b.putLong(firstPointer, root);
        b.put(firstPointer + 8, (byte) h.rootRecordCount());
        b.putInt(checksumAt, (int) Checksums.lookup3(file, root, checksumAt - root));
        List<ByteBuffer> seen = new ArrayList<>();
        assertThatThrownBy(() -> BTreeV2.open(r, h.address()).forEach(seen::add))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("visited twice");
    }

    @Test
    void matchingRecordsOfRepeatedKeys() {
        byte[] file = TestFiles.bytes("group_big.h5");
        BlockReader r = TestFiles.reader(file);
        BTreeV2 byName = FractalHeapTest.tree(file, r, BTreeV2Records.LINK_NAME);
        List<Long> hashes = new ArrayList<>();
        byName.forEach(rec -> hashes.add(BTreeV2Records.linkName(rec, FormatContext.DEFAULT).hash()));
        // a hash range as the "key": every record with a hash in [lo, hi] matches
        long lo = hashes.get(100);
        long hi = hashes.get(400);
        List<Long> got = new ArrayList<>();
        byName.forEachMatching(rec -> {
            long hash = BTreeV2Records.linkName(rec, FormatContext.DEFAULT).hash();
            return hash < lo ? 1 : hash > hi ? -1 : 0;
        }, rec -> got.add(BTreeV2Records.linkName(rec, FormatContext.DEFAULT).hash()));
        assertThat(got).containsExactlyElementsOf(hashes.subList(100, 401));
    }
}
