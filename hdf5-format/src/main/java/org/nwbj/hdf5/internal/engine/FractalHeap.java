package org.nwbj.hdf5.internal.engine;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.FractalHeapDirectBlock;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;
import org.nwbj.hdf5.internal.format.FractalHeapId;
import org.nwbj.hdf5.internal.format.FractalHeapIndirectBlock;

/**
 * Reads objects of a fractal heap (spec III.G) by heap ID: managed objects (located through the doubling table of
 * direct and indirect blocks), huge objects (addressed directly by the ID or through the heap's version 2 B-tree of
 * huge objects) and tiny objects (stored inside the ID). Not thread-safe: it caches blocks; use one instance per
 * thread or synchronize.
 */
public final class FractalHeap {
    /** Depth of nested indirect blocks beyond which the heap must be corrupt (64-bit heaps need far fewer). */
    private static final int MAX_INDIRECT_DEPTH = 64;
    private static final String HEAP_ID = "FractalHeapId";

    /**
     * Reverses a heap's I/O filter pipeline for one block or huge object. The dataset/object layer builds it from
     * {@link FractalHeapHeader#filterInfo()} (a filter pipeline message).
     */
    @FunctionalInterface
    public interface Unfilter {
        /**
         * @param stored         the bytes as stored
         * @param filterMask     filters skipped for these bytes (bit i set: filter i not applied)
         * @param unfilteredSize the size the result must have, or -1 when the format does not record it
         */
        ByteBuffer apply(ByteBuffer stored, int filterMask, long unfilteredSize);
    }

    private final BlockReader reader;
    private final FractalHeapHeader header;
    private final Unfilter unfilter;
    private final Map<Long, FractalHeapIndirectBlock> indirectBlocks = new HashMap<>();
    /** Recently used (unfiltered, verified) direct blocks: name-index order jumps between blocks. */
    private final LinkedHashMap<Long, ByteBuffer> directBlocks = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;
    private static final long CACHE_BYTES = 4L << 20;
    private BTreeV2 hugeObjects;
    private final FractalHeapId.Shape idShape;

    private FractalHeap(BlockReader reader, FractalHeapHeader header, Unfilter unfilter) {
        this.reader = reader;
        this.header = header;
        this.idShape = FractalHeapId.Shape.of(header);
        this.unfilter = unfilter;
    }

    /** Opens a heap without filters; reading a filtered heap's blocks throws {@link Hdf5UnsupportedException}. */
    public static FractalHeap open(BlockReader r, long headerAddress) {
        return open(r, headerAddress, null);
    }

    /** Opens a heap; {@code unfilter} (may be null) decodes filtered direct blocks and huge objects. */
    public static FractalHeap open(BlockReader r, long headerAddress, Unfilter unfilter) {
        FormatContext ctx = r.ctx();
        int base = FractalHeapHeader.baseSize(ctx);
        ByteBuffer first = Blocks.read(r, headerAddress, base, FractalHeapHeader.STRUCTURE);
        int filterLength = FractalHeapHeader.filterInfoLength(first, headerAddress, ctx);
        ByteBuffer whole = filterLength == 0 ? first
                : Blocks.read(r, headerAddress, FractalHeapHeader.encodedSize(ctx, filterLength),
                        FractalHeapHeader.STRUCTURE);
        return new FractalHeap(r, FractalHeapHeader.decode(whole, headerAddress, ctx), unfilter);
    }

    public FractalHeapHeader header() {
        return header;
    }

    /** The object a heap ID names, as a little-endian buffer positioned at 0. */
    public ByteBuffer get(byte[] heapId) {
        FractalHeapId id = FractalHeapId.decode(heapId, idShape, header.address(), reader.ctx());
        if (id instanceof FractalHeapId.Managed m) {
            return managed(m);
        }
        if (id instanceof FractalHeapId.Tiny t) {
            return ByteBuffer.wrap(t.data()).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        }
        return huge(id);
    }

    /**
     * The objects named by {@code ids}, each passed with its index through {@code decode}, in the order of
     * {@code ids}. Managed
     * objects are visited in heap order, so that each direct block is read once however the IDs are ordered (a
     * name index lists them by hash: in a heap larger than the block cache, every object would read its block).
     */
    public <T> List<T> getAll(List<byte[]> ids, BiFunction<Integer, ByteBuffer, T> decode) {
        int n = ids.size();
        long[] keys = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = heapOrder(ids.get(i));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<T> out = new ArrayList<>(Collections.nCopies(n, (T) null));
        for (int i : order) {
            out.set(i, decode.apply(i, get(ids.get(i))));
        }
        return out;
    }

    /** A managed object's heap offset (the order of its block); other objects after all managed ones. */
    private long heapOrder(byte[] id) {
        int size = header.heapOffsetSize();
        if (id.length < 1 + size || FractalHeapId.typeOf(id) != FractalHeapId.MANAGED) {
            return Long.MAX_VALUE;
        }
        long v = 0;
        for (int k = 0; k < size && k < 8; k++) {
            v |= (id[1 + k] & 0xffL) << (8 * k);
        }
        return v;
    }

    // ---- huge objects: stored outside the heap's blocks ----

    private ByteBuffer huge(FractalHeapId id) {
        long address;
        long length;
        int mask = 0;
        long memorySize = -1;
        boolean filtered = header.hasFilters();
        if (id instanceof FractalHeapId.HugeDirect d) {
            address = d.address();
            length = d.length();
            mask = d.filterMask();
            memorySize = d.memorySize();
        } else {
            BTreeV2Records.HugeObject rec = hugeRecord(((FractalHeapId.HugeIndirect) id).key());
            address = rec.address();
            length = rec.length();
            mask = rec.filterMask();
            memorySize = rec.memorySize();
        }
        if (address == FormatContext.UNDEFINED || length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new Hdf5FormatException("FractalHeapHugeObject", address, "length " + length + " out of range");
        }
        ByteBuffer stored = reader.read(address, length, "FractalHeapHugeObject");
        if (!filtered) {
            return stored.slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        return unfiltered(stored, mask, memorySize, "FractalHeapHugeObject", address);
    }

    private BTreeV2Records.HugeObject hugeRecord(long id) {
        if (header.hugeObjectBTreeAddress() == FormatContext.UNDEFINED) {
            throw new Hdf5FormatException(FractalHeapHeader.STRUCTURE, header.address(),
                    "huge object ID " + id + " but no huge object B-tree");
        }
        if (hugeObjects == null) {
            hugeObjects = BTreeV2.open(reader, header.hugeObjectBTreeAddress());
        }
        int type = hugeObjects.recordType();
        if (type != BTreeV2Records.HUGE_INDIRECT && type != BTreeV2Records.HUGE_INDIRECT_FILTERED) {
            throw new Hdf5FormatException(FractalHeapHeader.STRUCTURE, header.address(),
                    "huge object B-tree record type", "1 or 2", type);
        }
        FormatContext ctx = reader.ctx();
        // records of types 1 and 2 are sorted by ID
        ByteBuffer found = hugeObjects.find(rec -> Long.compareUnsigned(id,
                BTreeV2Records.hugeObject(type, rec, ctx).id()));
        if (found == null) {
            throw new Hdf5FormatException(FractalHeapHeader.STRUCTURE, header.address(),
                    "huge object ID " + id + " not in the huge object B-tree");
        }
        return BTreeV2Records.hugeObject(type, found, ctx);
    }

    // ---- managed objects: in direct blocks reached through the doubling table ----

    private ByteBuffer managed(FractalHeapId.Managed id) {
        long offset = id.offset();
        long length = id.length();
        if (length == 0 || length > header.maxDirectBlockSize()) {
            throw new Hdf5FormatException(HEAP_ID, header.address(), "managed object length " + length);
        }
        if (header.maxHeapSizeBits() < 64 && Long.compareUnsigned(offset, 1L << header.maxHeapSizeBits()) >= 0) {
            throw new Hdf5FormatException(HEAP_ID, header.address(), "managed object offset " + offset
                    + " beyond the maximum heap size");
        }
        if (header.rootBlockAddress() == FormatContext.UNDEFINED) {
            throw new Hdf5FormatException(FractalHeapHeader.STRUCTURE, header.address(), "heap has no root block");
        }
        if (header.currentRootRows() == 0) {
            // the root is a single direct block of the starting size
            ByteBuffer block = direct(header.rootBlockAddress(), header.startingBlockSize(), 0,
                    header.hasFilters() ? header.filteredRootDirectBlockSize() : -1, header.rootFilterMask());
            return object(block, offset, length, header.rootBlockAddress());
        }
        long blockAddress = header.rootBlockAddress();
        int rows = header.currentRootRows();
        long blockOffset = 0;
        int width = header.tableWidth();
        for (int depth = 0; depth < MAX_INDIRECT_DEPTH; depth++) {
            FractalHeapIndirectBlock ib = indirect(blockAddress, rows, blockOffset);
            long rel = offset - blockOffset;
            int row = rowOf(rel);
            if (row >= rows) {
                throw new Hdf5FormatException(FractalHeapIndirectBlock.STRUCTURE, blockAddress,
                        "heap offset " + offset + " beyond the block's " + rows + " rows");
            }
            long size = header.rowBlockSize(row);
            if (size == Long.MAX_VALUE || header.rowStart(row) == Long.MAX_VALUE) {
                throw new Hdf5FormatException(FractalHeapIndirectBlock.STRUCTURE, blockAddress,
                        "row " + row + " beyond any possible heap size");
            }
            long col = (rel - header.rowStart(row)) / size;
            int entry = row * width + (int) col;
            long childOffset = blockOffset + header.rowStart(row) + col * size;
            long child = ib.childAddresses()[entry];
            if (child == FormatContext.UNDEFINED) {
                throw new Hdf5FormatException(FractalHeapIndirectBlock.STRUCTURE, blockAddress,
                        "heap offset " + offset + " lies in an unallocated block");
            }
            if (row < header.maxDirectRows()) {
                ByteBuffer block = direct(child, size, childOffset,
                        header.hasFilters() ? ib.filteredSizes()[entry] : -1, ib.filterMasks()[entry]);
                return object(block, offset - childOffset, length, child);
            }
            blockAddress = child;
            rows = header.indirectRows(size);
            blockOffset = childOffset;
        }
        throw new Hdf5FormatException(FractalHeapHeader.STRUCTURE, header.address(),
                "indirect blocks nested deeper than " + MAX_INDIRECT_DEPTH);
    }

    /** Row of the doubling table holding relative heap offset {@code rel}. */
    private int rowOf(long rel) {
        long firstRowSpan = header.startingBlockSize() * header.tableWidth();
        if (rel < firstRowSpan) {
            return 0;
        }
        return 64 - Long.numberOfLeadingZeros(rel / firstRowSpan);
    }

    private ByteBuffer object(ByteBuffer block, long offsetInBlock, long length, long blockAddress) {
        int dataStart = header.directBlockHeaderSize(reader.ctx());
        if (offsetInBlock < dataStart || offsetInBlock + length > block.limit()) {
            throw new Hdf5FormatException(FractalHeapDirectBlock.STRUCTURE, blockAddress, "object at block offset "
                    + offsetInBlock + " of " + length + " bytes outside the block's data");
        }
        ByteBuffer b = block.duplicate();
        // through Buffer: ByteBuffer's covariant position/limit (Java 9+) are missing on older Android
        ((Buffer) b).position((int) offsetInBlock);
        ((Buffer) b).limit((int) (offsetInBlock + length));
        return b.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private FractalHeapIndirectBlock indirect(long address, int rows, long expectedOffset) {
        FractalHeapIndirectBlock ib = indirectBlocks.get(address);
        if (ib == null) {
            if (rows <= 0 || rows > 64) {
                throw new Hdf5FormatException(FractalHeapIndirectBlock.STRUCTURE, address, "row count " + rows);
            }
            long size = header.indirectBlockSize(reader.ctx(), rows);
            ByteBuffer b = Blocks.read(reader, address, size, FractalHeapIndirectBlock.STRUCTURE);
            ib = FractalHeapIndirectBlock.decode(b, address, header, rows, reader.ctx());
            if (indirectBlocks.size() > 256) {
                indirectBlocks.clear(); // bound the cache; indirect blocks are cheap to reread
            }
            indirectBlocks.put(address, ib);
        }
        if (ib.rows() != rows || ib.blockOffset() != expectedOffset) {
            throw new Hdf5FormatException(FractalHeapIndirectBlock.STRUCTURE, address, "block offset "
                    + ib.blockOffset() + " with " + ib.rows() + " rows, expected " + expectedOffset + " with " + rows
                    + " (block reached twice from different places)");
        }
        return ib;
    }

    private ByteBuffer direct(long address, long size, long expectedOffset, long filteredSize, int mask) {
        ByteBuffer cached = directBlocks.get(address);
        if (cached != null) {
            return cached;
        }
        ByteBuffer block;
        if (header.hasFilters()) {
            ByteBuffer stored = Blocks.read(reader, address, filteredSize, FractalHeapDirectBlock.STRUCTURE);
            block = unfiltered(stored, mask, size, FractalHeapDirectBlock.STRUCTURE, address);
        } else {
            block = Blocks.read(reader, address, size, FractalHeapDirectBlock.STRUCTURE);
        }
        if (block.limit() != size) {
            throw new Hdf5FormatException(FractalHeapDirectBlock.STRUCTURE, address,
                    "block of " + block.limit() + " bytes, expected " + size);
        }
        FractalHeapDirectBlock db = FractalHeapDirectBlock.decode(block, address, header, reader.ctx());
        if (db.blockOffset() != expectedOffset) {
            throw new Hdf5FormatException(FractalHeapDirectBlock.STRUCTURE, address,
                    "block offset", expectedOffset, db.blockOffset());
        }
        directBlocks.put(address, block);
        cachedBytes += block.limit();
        var it = directBlocks.entrySet().iterator();
        while (cachedBytes > CACHE_BYTES && directBlocks.size() > 1 && it.hasNext()) {
            cachedBytes -= it.next().getValue().limit();
            it.remove();
        }
        return block;
    }

    private ByteBuffer unfiltered(ByteBuffer stored, int mask, long size, String structure, long address) {
        if (unfilter == null) {
            throw new Hdf5UnsupportedException("fractal heap with I/O filters");
        }
        ByteBuffer out = unfilter.apply(stored, mask, size);
        if (out == null || (size >= 0 && out.remaining() != size)) {
            throw new Hdf5FormatException(structure, address, "unfiltered size "
                    + (out == null ? "null" : out.remaining()) + ", expected " + size);
        }
        return out.slice().order(ByteOrder.LITTLE_ENDIAN);
    }
}
