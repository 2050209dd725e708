package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatWriter;
import org.nwbj.hdf5.internal.format.FractalHeapDirectBlock;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;
import org.nwbj.hdf5.internal.format.FractalHeapId;
import org.nwbj.hdf5.internal.format.FractalHeapIndirectBlock;

/**
 * Writes a whole fractal heap (spec III.G) in one go from its objects, laid out as the C library lays out the
 * heaps of dense links and attributes: objects no longer than the heap ID less its type byte are tiny (kept in their
 * heap IDs); objects larger than the maximum managed object size are huge (stored on their own outside the
 * heap's blocks and indexed by a version 2 B-tree of huge objects); the others are managed objects, placed in
 * order into the direct blocks of the doubling table. A single direct block of the starting size is the root while
 * everything fits in it; past that the root is an indirect block whose rows of {@code tableWidth} direct blocks
 * double in size every row after the first two, up to the maximum direct block size, with child indirect blocks in
 * the rows beyond. An object never spans blocks: one that does not fit what is left of a block goes to the next
 * block large enough, the blocks passed over stay unallocated (as the C library skips them).
 *
 * <p>The header's counters are those the C library keeps: the managed space is the span of the root block's rows,
 * the allocated space counts direct blocks only, the iterator offset is the end of the last direct block (where
 * the C library would put the next block when it adds objects), and the free space is what the blocks of the
 * managed space (allocated or not) could still hold. No free-space manager is written; the C library starts one
 * when it first adds an object.
 */
public final class FractalHeapWriter {
    /**
     * Creation parameters (the header's fixed fields). {@code maxManagedObjectSize} is capped at what one direct
     * block of the largest size can hold.
     */
    public record Parameters(int idLength, int tableWidth, long startingBlockSize, long maxDirectBlockSize,
            int maxHeapSizeBits, long maxManagedObjectSize, boolean checksumDirectBlocks) {
    }

    /** The C library's heap for dense links (H5G): 7-byte heap IDs, 32-bit heap offsets, 512-byte first blocks. */
    public static final Parameters LINKS = new Parameters(7, 4, 512, 64 * 1024, 32, 4096, true);

    /** The C library's heap for dense attributes (H5A): 8-byte IDs, 40-bit offsets, 1 KiB first blocks. */
    public static final Parameters ATTRIBUTES = new Parameters(8, 4, 1024, 64 * 1024, 40, 4096, true);

    /** The C library's node size for the v2 B-tree of huge objects. */
    static final int HUGE_INDEX_NODE_SIZE = 512;

    /** The heap's header address and the heap ID of each object, in the order given (each {@code idLength} long). */
    public record Result(long headerAddress, List<byte[]> ids) {
    }

    private final FileWriterSupport out;
    private final FormatContext ctx;
    private final Parameters p;
    /** The header's geometry, for the row sizes and field widths the reader derives from it. */
    private final FractalHeapHeader shape;
    private final FractalHeapId.Shape idShape;
    private final long maxManaged;
    private final int overhead;
    private final int tinyMax;
    private final boolean hugeIdsDirect;
    private long headerAddress;

    private FractalHeapWriter(FileWriterSupport out, Parameters p) {
        this.out = out;
        this.ctx = out.ctx();
        this.p = p;
        check(p.idLength() >= 2 && p.idLength() <= 0xffff, "heap ID length " + p.idLength());
        check(p.tableWidth() > 0 && Integer.bitCount(p.tableWidth()) == 1 && p.tableWidth() <= 0xffff,
                "table width " + p.tableWidth());
        check(p.startingBlockSize() > 0 && Long.bitCount(p.startingBlockSize()) == 1,
                "starting block size " + p.startingBlockSize());
        check(p.maxDirectBlockSize() >= p.startingBlockSize() && Long.bitCount(p.maxDirectBlockSize()) == 1
                && p.maxDirectBlockSize() <= (1L << 30), "maximum direct block size " + p.maxDirectBlockSize());
        check(p.maxHeapSizeBits() >= 1 && p.maxHeapSizeBits() <= 62
                && p.maxDirectBlockSize() <= (1L << p.maxHeapSizeBits()), "maximum heap size bits "
                        + p.maxHeapSizeBits());
        this.shape = new FractalHeapHeader(-1, p.idLength(), p.checksumDirectBlocks()
                ? FractalHeapHeader.FLAG_DIRECT_BLOCK_CHECKSUM : 0, p.maxManagedObjectSize(), 0, -1, 0, -1, 0, 0, 0,
                0, 0, 0, 0, 0, p.tableWidth(), p.startingBlockSize(), p.maxDirectBlockSize(), p.maxHeapSizeBits(), 1,
                -1, 0, -1, 0, new byte[0]);
        this.overhead = shape.directBlockHeaderSize(ctx);
        this.maxManaged = Math.min(p.maxManagedObjectSize(), p.maxDirectBlockSize() - overhead);
        check(maxManaged > 0 && maxManaged < (1L << 32), "maximum managed object size " + maxManaged);
        // managed IDs: type byte, heap offset, length (the length field must hold the largest managed object)
        int lengthSize = shape.managedLengthSize();
        check(1 + shape.heapOffsetSize() + lengthSize <= p.idLength() && (lengthSize >= 8
                || maxManaged < (1L << (8 * lengthSize))), "heap IDs of " + p.idLength() + " bytes");
        this.idShape = FractalHeapId.Shape.of(shape);
        // the C library's tiny limit: the ID less its type byte, and one more length byte past 16 bytes of data
        this.tinyMax = idShape.maxTiny();
        this.hugeIdsDirect = idShape.hugeIdsDirect(ctx);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("fractal heap parameters: " + what);
        }
    }

    /** Writes the heap holding {@code objects} (each at least one byte) and returns its address and their IDs. */
    public static Result write(FileWriterSupport out, Parameters p, List<byte[]> objects) {
        return new FractalHeapWriter(out, p).write(objects);
    }

    // ---- the header's counters, filled while the objects are placed ----

    private long managedCount;
    private long managedBytes;
    private long hugeCount;
    private long hugeBytes;
    private long tinyCount;
    private long tinyBytes;

    /** Direct blocks written: heap offset to file address. */
    private final TreeMap<Long, Long> directBlocks = new TreeMap<>();
    private long allocatedSpace;

    // the direct block being filled
    private long blockOffset = -1;
    private byte[] block;
    private int used;

    private Result write(List<byte[]> objects) {
        headerAddress = out.allocate(FractalHeapHeader.baseSize(ctx));
        List<byte[]> ids = new ArrayList<>(objects.size());
        List<long[]> huge = new ArrayList<>(); // address, length, id
        for (byte[] o : objects) {
            if (o.length == 0) {
                throw new IllegalArgumentException("a fractal heap object of 0 bytes");
            }
            FractalHeapId id;
            if (o.length > maxManaged) {
                long address = out.allocate(o.length);
                out.write(address, o);
                hugeCount++;
                hugeBytes += o.length;
                huge.add(new long[] {address, o.length, hugeCount});
                // indirect IDs count from 1 in insertion order, as the C library hands them out
                id = hugeIdsDirect ? new FractalHeapId.HugeDirect(address, o.length, 0, -1)
                        : new FractalHeapId.HugeIndirect(hugeCount);
            } else if (o.length <= tinyMax) {
                tinyCount++;
                tinyBytes += o.length;
                id = new FractalHeapId.Tiny(o);
            } else {
                long offset = place(o);
                managedCount++;
                managedBytes += o.length;
                id = new FractalHeapId.Managed(offset, o.length);
            }
            ids.add(id.encode(idShape, ctx));
        }
        finishBlock();
        long hugeIndex = huge.isEmpty() ? FormatContext.UNDEFINED : writeHugeIndex(huge);
        writeHeader(hugeIndex);
        return new Result(headerAddress, ids);
    }

    // ---- managed objects ----

    /** Puts a managed object at the end of the current block or into the next block large enough; its offset. */
    private long place(byte[] o) {
        if (block == null || used + o.length > block.length) {
            long next = block == null ? 0 : blockOffset + block.length;
            finishBlock();
            long size = directBlockSize(next);
            while (size - overhead < o.length) {
                next += size;
                size = directBlockSize(next);
            }
            if (p.maxHeapSizeBits() < 63 && next + size > (1L << p.maxHeapSizeBits())) {
                throw new Hdf5UnsupportedException("fractal heap objects beyond the heap's maximum size of 2^"
                        + p.maxHeapSizeBits() + " bytes");
            }
            blockOffset = next;
            block = new byte[(int) size];
            used = overhead;
        }
        System.arraycopy(o, 0, block, used, o.length);
        long offset = blockOffset + used;
        used += o.length;
        return offset;
    }

    /** Writes the block being filled (prefix, objects, zeros, checksum over the whole block). */
    private void finishBlock() {
        if (block == null) {
            return;
        }
        FractalHeapDirectBlock.encodeInto(block, headerAddress, blockOffset, shape, ctx);
        long address = out.allocate(block.length);
        out.write(address, block);
        directBlocks.put(blockOffset, address);
        allocatedSpace += block.length;
        block = null;
    }

    /** Row of the doubling table holding the offset {@code rel} from the start of an indirect block's span. */
    private int rowOf(long rel) {
        long firstRowSpan = p.startingBlockSize() * p.tableWidth();
        return rel < firstRowSpan ? 0 : 64 - Long.numberOfLeadingZeros(rel / firstRowSpan);
    }

    /** Size of the direct block starting at heap offset {@code offset} (the blocks tile the heap in order). */
    private long directBlockSize(long offset) {
        long rel = offset;
        while (true) {
            int row = rowOf(rel);
            long size = shape.rowBlockSize(row);
            if (row < shape.maxDirectRows()) {
                return size;
            }
            // inside a child indirect block: the same table again, from the child's start
            rel = (rel - shape.rowStart(row)) % size;
        }
    }

    /** Total free space of the direct blocks under an indirect block of {@code rows} rows, with no objects. */
    private long emptySpace(int rows) {
        long[] cumulative = new long[rows + 1]; // cumulative[r]: rows [0, r)
        for (int r = 0; r < rows; r++) {
            long perBlock = r < shape.maxDirectRows() ? shape.rowBlockSize(r) - overhead
                    : cumulative[shape.indirectRows(shape.rowBlockSize(r))];
            cumulative[r + 1] = cumulative[r] + perBlock * p.tableWidth();
        }
        return cumulative[rows];
    }

    /** Span of heap space of an indirect block of {@code rows} rows. */
    private long span(int rows) {
        return rows == 0 ? 0 : shape.rowStart(rows);
    }

    /** Writes an indirect block covering [base, base + span(rows)), its children first; returns its address. */
    private long writeIndirect(long base, int rows) {
        int width = p.tableWidth();
        long[] children = new long[rows * width];
        Arrays.fill(children, FormatContext.UNDEFINED);
        long end = directBlocks.lastKey() + 1;
        for (int row = 0; row < rows; row++) {
            long size = shape.rowBlockSize(row);
            for (int col = 0; col < width; col++) {
                long start = base + shape.rowStart(row) + col * size;
                if (start >= end) {
                    break;
                }
                if (row < shape.maxDirectRows()) {
                    Long a = directBlocks.get(start);
                    children[row * width + col] = a == null ? FormatContext.UNDEFINED : a;
                } else {
                    Long first = directBlocks.ceilingKey(start);
                    if (first != null && first < start + size) {
                        children[row * width + col] = writeIndirect(start, shape.indirectRows(size));
                    }
                }
            }
        }
        int nDirect = Math.min(rows, shape.maxDirectRows()) * width;
        long[] filteredSizes = new long[nDirect];
        Arrays.fill(filteredSizes, -1); // the heap has no filters
        byte[] encoded = new FractalHeapIndirectBlock(-1, headerAddress, base, rows, children, filteredSizes,
                new int[nDirect]).encode(shape, ctx);
        long address = out.allocate(encoded.length);
        out.write(address, encoded);
        return address;
    }

    // ---- huge objects ----

    private long writeHugeIndex(List<long[]> huge) {
        int type = hugeIdsDirect ? BTreeV2Records.HUGE_DIRECT : BTreeV2Records.HUGE_INDIRECT;
        int recordSize = BTreeV2Records.hugeObjectSize(type, ctx);
        if (hugeIdsDirect) {
            // type 3 records are searched by address
            huge.sort((a, b) -> Long.compareUnsigned(a[0], b[0]));
        }
        FormatWriter records = new FormatWriter(ctx, recordSize * huge.size());
        for (long[] h : huge) {
            BTreeV2Records.encodeHugeObject(records, type,
                    new BTreeV2Records.HugeObject(h[0], h[1], 0, -1, hugeIdsDirect ? -1 : h[2]));
        }
        return BTreeV2Writer.write(out, type, HUGE_INDEX_NODE_SIZE, recordSize, records.toByteArray());
    }

    // ---- header ----

    private void writeHeader(long hugeIndex) {
        long root = FormatContext.UNDEFINED;
        int rows = 0;
        long managedSpace = 0;
        long free = 0;
        long iterator = 0;
        if (!directBlocks.isEmpty()) {
            Map.Entry<Long, Long> last = directBlocks.lastEntry();
            iterator = last.getKey() + directBlockSize(last.getKey());
            if (last.getKey() == 0) {
                root = last.getValue(); // one direct block of the starting size
                managedSpace = p.startingBlockSize();
                free = managedSpace - overhead - managedBytes;
            } else {
                int needed = rowOf(last.getKey()) + 1;
                rows = 1;
                while (rows < needed) {
                    rows *= 2; // the C library doubles the root block's rows as the heap grows
                }
                int maxRootRows = p.maxHeapSizeBits()
                        - Long.numberOfTrailingZeros(p.startingBlockSize() * p.tableWidth()) + 1;
                rows = Math.min(rows, maxRootRows);
                root = writeIndirect(0, rows);
                managedSpace = span(rows);
                free = emptySpace(rows) - managedBytes;
            }
        }
        FractalHeapHeader header = new FractalHeapHeader(headerAddress, p.idLength(), shape.flags(), maxManaged,
                hugeIdsDirect ? 0 : hugeCount, hugeIndex, free, FormatContext.UNDEFINED, // no free-space manager
                managedSpace, allocatedSpace, iterator, managedCount, hugeBytes, hugeCount, tinyBytes, tinyCount,
                p.tableWidth(), p.startingBlockSize(), p.maxDirectBlockSize(), p.maxHeapSizeBits(), 1, root, rows,
                -1, 0, new byte[0]);
        out.write(headerAddress, header.encode(ctx));
    }
}
