package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The fractal heap header ("FRHP"), HDF5 File Format Specification III.G "Disk Format: Level 1G - Fractal Heap",
 * plus the quantities derived from it that every block and heap ID of the heap depends on (doubling table geometry
 * and heap ID field widths).
 *
 * @param filterInfo the raw "I/O Filter Information" (a filter pipeline message), empty when the heap has no filters
 */
public record FractalHeapHeader(long address, int heapIdLength, int flags, long maxManagedObjectSize,
        long nextHugeObjectId, long hugeObjectBTreeAddress, long freeSpace, long freeSpaceManagerAddress,
        long managedSpace, long allocatedManagedSpace, long directBlockIteratorOffset, long managedObjectCount,
        long hugeObjectsSize, long hugeObjectCount, long tinyObjectsSize, long tinyObjectCount, int tableWidth,
        long startingBlockSize, long maxDirectBlockSize, int maxHeapSizeBits, int startingRootRows,
        long rootBlockAddress, int currentRootRows, long filteredRootDirectBlockSize, int rootFilterMask,
        byte[] filterInfo) {

    public static final String STRUCTURE = "FractalHeapHeader";

    /** Flag bit 1: direct blocks carry a checksum. */
    public static final int FLAG_DIRECT_BLOCK_CHECKSUM = 0x02;

    public FractalHeapHeader {
        filterInfo = filterInfo.clone();
    }

    @Override
    public byte[] filterInfo() {
        return filterInfo.clone();
    }

    public boolean hasFilters() {
        return filterInfo.length > 0;
    }

    public boolean directBlocksChecksummed() {
        return (flags & FLAG_DIRECT_BLOCK_CHECKSUM) != 0;
    }

    /** Size of the header without the optional filter fields; enough to learn the filter information length. */
    public static int baseSize(FormatContext ctx) {
        return 26 + 12 * ctx.lengthSize() + 3 * ctx.offsetSize();
    }

    /** The whole encoded size given the "I/O Filters' Encoded Length" field (at byte 7 of the header). */
    public static int encodedSize(FormatContext ctx, int filterInfoLength) {
        return baseSize(ctx) + (filterInfoLength > 0 ? ctx.lengthSize() + 4 + filterInfoLength : 0);
    }

    /** Reads the "I/O Filters' Encoded Length" field from the first bytes of a header. */
    public static int filterInfoLength(ByteBuffer firstBytes, long address, FormatContext ctx) {
        FormatReader in = new FormatReader(firstBytes.duplicate(), address, STRUCTURE, ctx);
        in.signature("FRHP");
        in.version("version", in.u8(), 0);
        in.u16();
        return in.u16();
    }

    public static FractalHeapHeader decode(ByteBuffer buf, long address, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("FRHP");
        in.version("version", in.u8(), 0);
        int idLength = in.u16();
        int filterLength = in.u16();
        int flags = in.u8();
        long maxManaged = in.u32();
        long nextHugeId = in.length();
        long hugeBTree = in.offset();
        long freeSpace = in.length();
        long fsm = in.offset();
        long managedSpace = in.length();
        long allocatedManaged = in.length();
        long iterator = in.length();
        long managedCount = in.length();
        long hugeSize = in.length();
        long hugeCount = in.length();
        long tinySize = in.length();
        long tinyCount = in.length();
        int width = in.u16();
        long startBlock = in.length();
        long maxDirect = in.length();
        int maxHeapBits = in.u16();
        int startRows = in.u16();
        long root = in.offset();
        int curRows = in.u16();
        long filteredRootSize = -1;
        int rootMask = 0;
        byte[] filterInfo = new byte[0];
        if (filterLength > 0) {
            filteredRootSize = in.length();
            rootMask = (int) in.u32();
            filterInfo = in.bytes(filterLength);
        }
        in.checksum(start);
        // Geometry checks: everything derived below (row sizes, field widths) assumes these hold.
        if (idLength < 2) {
            throw in.fail("heap ID length " + idLength + " too small");
        }
        if (width == 0 || Integer.bitCount(width) != 1) {
            throw in.fail("table width " + width + " is not a power of two");
        }
        if (startBlock <= 0 || Long.bitCount(startBlock) != 1) {
            throw in.fail("starting block size " + startBlock + " is not a power of two");
        }
        if (maxDirect < startBlock || Long.bitCount(maxDirect) != 1) {
            throw in.fail("maximum direct block size " + maxDirect + " is not a power of two >= the starting size");
        }
        if (maxHeapBits < 1 || maxHeapBits > 64) {
            throw in.fail("maximum heap size " + maxHeapBits + " bits out of range");
        }
        // keeps row sizes and row spans (block size * width) far from overflowing a long
        if (Long.numberOfTrailingZeros(maxDirect) + Integer.numberOfTrailingZeros(width) > 60) {
            throw in.fail("maximum direct block size " + maxDirect + " times table width " + width + " too large");
        }
        if (maxHeapBits < 63 && maxDirect > (1L << maxHeapBits)) {
            throw in.fail("maximum direct block size exceeds the maximum heap size");
        }
        return new FractalHeapHeader(address, idLength, flags, maxManaged, nextHugeId, hugeBTree, freeSpace, fsm,
                managedSpace, allocatedManaged, iterator, managedCount, hugeSize, hugeCount, tinySize, tinyCount,
                width, startBlock, maxDirect, maxHeapBits, startRows, root, curRows, filteredRootSize, rootMask,
                filterInfo);
    }

    /** Encoded size of this header (with its filter fields when it has filters). */
    public int encodedSize(FormatContext ctx) {
        return encodedSize(ctx, filterInfo.length);
    }

    /** The header's bytes, checksum included; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter h = new FormatWriter(ctx, encodedSize(ctx));
        h.signature("FRHP").u8(0).u16(heapIdLength).u16(filterInfo.length).u8(flags).u32(maxManagedObjectSize);
        h.length(nextHugeObjectId).offset(hugeObjectBTreeAddress);
        h.length(freeSpace).offset(freeSpaceManagerAddress);
        h.length(managedSpace).length(allocatedManagedSpace).length(directBlockIteratorOffset)
                .length(managedObjectCount);
        h.length(hugeObjectsSize).length(hugeObjectCount).length(tinyObjectsSize).length(tinyObjectCount);
        h.u16(tableWidth).length(startingBlockSize).length(maxDirectBlockSize);
        h.u16(maxHeapSizeBits).u16(startingRootRows).offset(rootBlockAddress).u16(currentRootRows);
        if (filterInfo.length > 0) {
            h.length(filteredRootDirectBlockSize).u32(rootFilterMask & 0xffffffffL).bytes(filterInfo);
        }
        h.checksum(0);
        return h.toByteArray();
    }

    // ---- derived geometry (spec III.G, "doubling table") ----

    /** Width in bytes of heap offsets: the "Block Offset" field of blocks and the offset of managed heap IDs. */
    public int heapOffsetSize() {
        return (maxHeapSizeBits + 7) / 8;
    }

    /**
     * Width of the length field of managed heap IDs: the smaller of the bytes needed for offsets inside the largest
     * direct block and the bytes needed to encode the maximum managed object size.
     */
    public int managedLengthSize() {
        int directBits = Long.numberOfTrailingZeros(maxDirectBlockSize);
        int fromDirect = (directBits + 7) / 8;
        return Math.min(fromDirect, limitEncodedSize(maxManagedObjectSize));
    }

    /** Bytes needed to encode {@code v}: floor(log2(v)) / 8 + 1, as HDF5 computes it. */
    public static int limitEncodedSize(long v) {
        int log2 = v == 0 ? 0 : 63 - Long.numberOfLeadingZeros(v);
        return log2 / 8 + 1;
    }

    /** Rows of the doubling table whose blocks are direct blocks. */
    public int maxDirectRows() {
        return Long.numberOfTrailingZeros(maxDirectBlockSize) - Long.numberOfTrailingZeros(startingBlockSize) + 2;
    }

    /** Size of the blocks of row {@code row}: rows 0 and 1 have the starting size, then it doubles per row. */
    public long rowBlockSize(int row) {
        if (row == 0) {
            return startingBlockSize;
        }
        int shift = row - 1;
        if (shift >= 63 - Long.numberOfTrailingZeros(startingBlockSize)) {
            return Long.MAX_VALUE; // beyond any real heap; callers reject it
        }
        return startingBlockSize << shift;
    }

    /** Heap offset (relative to the start of an indirect block's span) where row {@code row} starts. */
    public long rowStart(int row) {
        if (row == 0) {
            return 0;
        }
        long b = rowBlockSize(row);
        return b == Long.MAX_VALUE ? Long.MAX_VALUE : b * tableWidth;
    }

    /** Number of rows of an indirect block covering {@code blockSize} bytes of heap space (non-root blocks). */
    public int indirectRows(long blockSize) {
        return Long.numberOfTrailingZeros(blockSize)
                - Long.numberOfTrailingZeros(startingBlockSize * tableWidth) + 1;
    }

    /** Size of a direct block's header, before the object data (the data offsets in heap IDs include it). */
    public int directBlockHeaderSize(FormatContext ctx) {
        return 5 + ctx.offsetSize() + heapOffsetSize() + (directBlocksChecksummed() ? 4 : 0);
    }

    /** Encoded size of an indirect block with {@code rows} rows. */
    public long indirectBlockSize(FormatContext ctx, int rows) {
        int directRows = Math.min(rows, maxDirectRows());
        int indirectRows = rows - directRows;
        long directEntry = ctx.offsetSize() + (hasFilters() ? ctx.lengthSize() + 4 : 0);
        return 5 + ctx.offsetSize() + heapOffsetSize() + (long) directRows * tableWidth * directEntry
                + (long) indirectRows * tableWidth * ctx.offsetSize() + 4;
    }
}
