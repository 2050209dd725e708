package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The fixed array data block ("FADB"), spec "Fixed Array Index" (chunk index appendix). When paged, only the prefix
 * (with its page-initialized bitmap) is decoded here; pages follow the prefix, each full page being
 * {@code 2^pageBits} elements plus a checksum (see {@link ChunkIndexElement#decodePage}).
 *
 * @param elements    the elements when not paged, else null
 * @param pageBitmap  bit p set when page p was written, when paged; else null
 */
public record FixedArrayDataBlock(long address, ChunkIndexElement[] elements, byte[] pageBitmap) {
    public static final String STRUCTURE = "FixedArrayDataBlock";
    public static final String PAGE = "FixedArrayDataBlockPage";

    public static FixedArrayDataBlock decode(ByteBuffer buf, long address, FixedArrayHeader hdr, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("FADB");
        in.version("version", in.u8(), 0);
        int client = in.u8();
        if (client != hdr.clientId()) {
            throw in.fail("client ID " + client + " differs from the header's " + hdr.clientId());
        }
        long back = in.offset();
        if (back != hdr.address()) {
            throw in.fail("header address 0x" + Long.toHexString(back) + " does not point back to 0x"
                    + Long.toHexString(hdr.address()));
        }
        ChunkIndexElement[] elements = null;
        byte[] bitmap = null;
        if (hdr.paged()) {
            bitmap = in.bytes((int) ((hdr.pageCount() + 7) / 8));
        } else {
            in.require(hdr.maxEntries() * hdr.entrySize());
            elements = ChunkIndexElement.readAll(in, hdr.clientId(), hdr.entrySize(), (int) hdr.maxEntries());
        }
        in.checksum(start);
        return new FixedArrayDataBlock(address, elements, bitmap);
    }
    /** Encoded size of the block (its prefix when paged: the pages follow it). */
    public static long encodedSize(FixedArrayHeader hdr, FormatContext ctx) {
        return hdr.dataBlockPrefixSize(ctx);
    }

    /**
     * The block's bytes (only the prefix with the page bitmap when paged; pages are encoded by
     * {@link ChunkIndexElement#encodePage}); the mirror of {@link #decode}.
     */
    public byte[] encode(FixedArrayHeader hdr, FormatContext ctx) {
        FormatWriter b = new FormatWriter(ctx, (int) Math.min(Integer.MAX_VALUE - 8, encodedSize(hdr, ctx)));
        b.signature("FADB").u8(0).u8(hdr.clientId()).offset(hdr.address());
        if (hdr.paged()) {
            b.bytes(pageBitmap);
        } else {
            ChunkIndexElement.encodeAll(b, elements, hdr.clientId(), hdr.entrySize());
        }
        b.checksum(0);
        return b.toByteArray();
    }
}
