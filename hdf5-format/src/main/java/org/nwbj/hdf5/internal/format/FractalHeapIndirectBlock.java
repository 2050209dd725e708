package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * A fractal heap indirect block ("FHIB"), spec III.G "Fractal Heap Indirect Block". Child entries are kept in one
 * array in row order (row * tableWidth + column): the first {@code min(rows, maxDirectRows)} rows point to direct
 * blocks, the rest to indirect blocks.
 *
 * @param filteredSizes per direct-block entry, the stored (filtered) size; all -1 when the heap has no filters
 * @param filterMasks   per direct-block entry, the filter mask; all 0 when the heap has no filters
 */
public record FractalHeapIndirectBlock(long address, long heapHeaderAddress, long blockOffset, int rows,
        long[] childAddresses, long[] filteredSizes, int[] filterMasks) {
    public static final String STRUCTURE = "FractalHeapIndirectBlock";

    public static FractalHeapIndirectBlock decode(ByteBuffer buf, long address, FractalHeapHeader hdr, int rows,
            FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("FHIB");
        in.version("version", in.u8(), 0);
        long heapAddress = in.offset();
        if (heapAddress != hdr.address()) {
            throw in.fail("heap header address 0x" + Long.toHexString(heapAddress) + " does not point back to 0x"
                    + Long.toHexString(hdr.address()));
        }
        long blockOffset = in.uint(hdr.heapOffsetSize());
        int directRows = Math.min(rows, hdr.maxDirectRows());
        long count = (long) rows * hdr.tableWidth();
        in.require(count * ctx.offsetSize()); // before allocating arrays sized by count
        int n = (int) count;
        int nDirect = directRows * hdr.tableWidth();
        long[] addresses = new long[n];
        long[] sizes = new long[nDirect];
        int[] masks = new int[nDirect];
        for (int i = 0; i < n; i++) {
            addresses[i] = in.offset();
            if (i < nDirect) {
                if (hdr.hasFilters()) {
                    sizes[i] = in.length();
                    masks[i] = (int) in.u32();
                } else {
                    sizes[i] = -1;
                }
            }
        }
        in.checksum(start);
        return new FractalHeapIndirectBlock(address, heapAddress, blockOffset, rows, addresses, sizes, masks);
    }
    /** Encoded size of this block in the heap {@code hdr}. */
    public long encodedSize(FractalHeapHeader hdr, FormatContext ctx) {
        return hdr.indirectBlockSize(ctx, rows);
    }

    /**
     * The block's bytes, checksum included; the mirror of {@link #decode}. Direct-block entries carry their
     * filtered size and filter mask only when the heap has filters.
     */
    public byte[] encode(FractalHeapHeader hdr, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, (int) encodedSize(hdr, ctx));
        w.signature("FHIB").u8(0).offset(heapHeaderAddress).uint(blockOffset, hdr.heapOffsetSize());
        int nDirect = Math.min(rows, hdr.maxDirectRows()) * hdr.tableWidth();
        for (int i = 0; i < childAddresses.length; i++) {
            w.offset(childAddresses[i]);
            if (i < nDirect && hdr.hasFilters()) {
                w.length(filteredSizes[i]).u32(filterMasks[i] & 0xffffffffL);
            }
        }
        w.checksum(0);
        return w.toByteArray();
    }
}
