package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The extensible array header ("EAHD"), spec "Extensible Array Index" (chunk index appendix), with the super block
 * geometry that its creation parameters imply: super block {@code s} holds {@code 2^floor(s/2)} data blocks of
 * {@code 2^floor((s+1)/2) * dataBlockMinElements} elements each.
 */
public record ExtensibleArrayHeader(long address, int clientId, int elementSize, int maxElementsBits,
        int indexBlockElements, int dataBlockMinElements, int secondaryBlockMinDataPointers,
        int maxDataBlockPageElementsBits, long secondaryBlockCount, long secondaryBlocksSize, long dataBlockCount,
        long dataBlocksSize, long maxIndexSet, long realizedElements, long indexBlockAddress) {
    public static final String STRUCTURE = "ExtensibleArrayHeader";

    public static int encodedSize(FormatContext ctx) {
        return 16 + 6 * ctx.lengthSize() + ctx.offsetSize();
    }

    /** The header's bytes, checksum included; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter h = new FormatWriter(ctx, encodedSize(ctx));
        h.signature("EAHD").u8(0).u8(clientId).u8(elementSize).u8(maxElementsBits).u8(indexBlockElements)
                .u8(dataBlockMinElements).u8(secondaryBlockMinDataPointers).u8(maxDataBlockPageElementsBits);
        h.length(secondaryBlockCount).length(secondaryBlocksSize).length(dataBlockCount).length(dataBlocksSize)
                .length(maxIndexSet).length(realizedElements);
        h.offset(indexBlockAddress);
        h.checksum(0);
        return h.toByteArray();
    }

    public static ExtensibleArrayHeader decode(ByteBuffer buf, long address, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("EAHD");
        in.version("version", in.u8(), 0);
        int client = in.u8();
        int elementSize = in.u8();
        int maxBits = in.u8();
        int iblockElements = in.u8();
        int dblockMin = in.u8();
        int sblockMinPtrs = in.u8();
        int pageBits = in.u8();
        long nsblks = in.length();
        long sblksSize = in.length();
        long ndblks = in.length();
        long dblksSize = in.length();
        long maxIndex = in.length();
        long realized = in.length();
        long iblock = in.offset();
        in.checksum(start);
        ChunkIndexElement.checkLayout(in, client, elementSize);
        if (maxBits < 1 || maxBits > 63) {
            throw in.fail("maximum number of elements bits " + maxBits + " out of range 1..63");
        }
        if (dblockMin == 0 || Integer.bitCount(dblockMin) != 1) {
            throw in.fail("data block minimum elements " + dblockMin + " is not a power of two");
        }
        if (sblockMinPtrs == 0 || Integer.bitCount(sblockMinPtrs) != 1) {
            throw in.fail("secondary block minimum data block pointers " + sblockMinPtrs + " is not a power of two");
        }
        if (Integer.numberOfTrailingZeros(dblockMin) > maxBits) {
            throw in.fail("data block minimum elements exceed the maximum number of elements");
        }
        if (pageBits > 30) {
            throw in.fail("data block page bits " + pageBits + " exceed 30");
        }
        if (maxIndex < 0 || (maxBits < 63 && maxIndex > (1L << maxBits))) {
            throw in.fail("max index set " + maxIndex + " exceeds the array's 2^" + maxBits + " elements");
        }
        return new ExtensibleArrayHeader(address, client, elementSize, maxBits, iblockElements, dblockMin,
                sblockMinPtrs, pageBits, nsblks, sblksSize, ndblks, dblksSize, maxIndex, realized, iblock);
    }

    /** Width of the "Block Offset" field of secondary and data blocks. */
    public int arrayOffsetSize() {
        return (maxElementsBits + 7) / 8;
    }

    /** Number of super blocks the array can have. */
    public int superBlockCount() {
        return 1 + maxElementsBits - Integer.numberOfTrailingZeros(dataBlockMinElements);
    }

    /** Data blocks of super block {@code s}. */
    public long dataBlocksIn(int s) {
        return 1L << (s / 2);
    }

    /** Elements of each data block of super block {@code s}. */
    public long dataBlockElements(int s) {
        return (1L << ((s + 1) / 2)) * dataBlockMinElements;
    }

    /** Index (after the index block's own elements) of the first element of super block {@code s}. */
    public long superBlockStart(int s) {
        // sum over t < s of 2^(t/2) * 2^((t+1)/2) * min = sum of 2^t * min = (2^s - 1) * min
        return ((1L << s) - 1) * dataBlockMinElements;
    }

    /** Position, among all data blocks, of the first data block of super block {@code s}. */
    public long superBlockFirstDataBlock(int s) {
        // sum over t < s of 2^(t/2)
        long n = 0;
        for (int t = 0; t < s; t++) {
            n += 1L << (t / 2);
        }
        return n;
    }

    /** The super block holding element {@code i} counted after the index block's elements. */
    public int superBlockOf(long i) {
        long q = i / dataBlockMinElements + 1;
        return 63 - Long.numberOfLeadingZeros(q);
    }

    /** Super blocks whose data blocks the index block addresses directly. */
    public int indexBlockSuperBlocks() {
        return Math.min(superBlockCount(), 2 * Integer.numberOfTrailingZeros(secondaryBlockMinDataPointers));
    }

    /** Data block addresses held by the index block. */
    public int indexBlockDataBlockAddresses() {
        return 2 * (secondaryBlockMinDataPointers - 1);
    }

    /** Secondary block addresses held by the index block. */
    public int indexBlockSecondaryBlockAddresses() {
        return Math.max(0, superBlockCount() - 2 * Integer.numberOfTrailingZeros(secondaryBlockMinDataPointers));
    }

    public long pageElements() {
        return 1L << maxDataBlockPageElementsBits;
    }

    /** Data blocks of super block {@code s} are paged when larger than a page. */
    public boolean paged(int s) {
        return dataBlockElements(s) > pageElements();
    }

    public long pagesPerDataBlock(int s) {
        return paged(s) ? dataBlockElements(s) / pageElements() : 0;
    }

    /** Size of a data block's prefix: the whole block when not paged, else what precedes its first page. */
    public long dataBlockPrefixSize(int s, FormatContext ctx) {
        long base = 10 + ctx.offsetSize() + arrayOffsetSize();
        return paged(s) ? base : base + dataBlockElements(s) * elementSize;
    }

    /** Encoded size of the secondary block of super block {@code s}. */
    public long secondaryBlockSize(int s, FormatContext ctx) {
        long bitmap = paged(s) ? dataBlocksIn(s) * ((pagesPerDataBlock(s) + 7) / 8) : 0;
        return 10 + ctx.offsetSize() + arrayOffsetSize() + bitmap + dataBlocksIn(s) * ctx.offsetSize();
    }

    public long indexBlockSize(FormatContext ctx) {
        return 10 + ctx.offsetSize() + (long) indexBlockElements * elementSize
                + (long) (indexBlockDataBlockAddresses() + indexBlockSecondaryBlockAddresses()) * ctx.offsetSize();
    }
}
