package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/** The fixed array header ("FAHD"), spec "Fixed Array Index" (chunk index appendix), "Fixed Array Header". */
public record FixedArrayHeader(long address, int clientId, int entrySize, int pageBits, long maxEntries,
        long dataBlockAddress) {
    public static final String STRUCTURE = "FixedArrayHeader";

    public static int encodedSize(FormatContext ctx) {
        return 12 + ctx.lengthSize() + ctx.offsetSize();
    }

    public static FixedArrayHeader decode(ByteBuffer buf, long address, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("FAHD");
        in.version("version", in.u8(), 0);
        int client = in.u8();
        int entrySize = in.u8();
        int pageBits = in.u8();
        long max = in.length();
        long dblock = in.offset();
        in.checksum(start);
        ChunkIndexElement.checkLayout(in, client, entrySize);
        if (pageBits > 30) {
            throw in.fail("page bits " + pageBits + " exceed 30");
        }
        if (max < 0) {
            throw in.fail("number of entries out of range");
        }
        return new FixedArrayHeader(address, client, entrySize, pageBits, max, dblock);
    }

    /** The header's bytes, checksum included; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter h = new FormatWriter(ctx, encodedSize(ctx));
        h.signature("FAHD").u8(0).u8(clientId).u8(entrySize).u8(pageBits).length(maxEntries)
                .offset(dataBlockAddress);
        h.checksum(0);
        return h.toByteArray();
    }

    public long pageEntries() {
        return 1L << pageBits;
    }

    /** The data block is split into pages only when it has more entries than one page holds. */
    public boolean paged() {
        return maxEntries > pageEntries();
    }

    public long pageCount() {
        return paged() ? (maxEntries + pageEntries() - 1) >>> pageBits : 0;
    }

    /** Size of the data block's prefix: everything before the first page (or the whole block when not paged). */
    public long dataBlockPrefixSize(FormatContext ctx) {
        long base = 10 + ctx.offsetSize();
        return paged() ? base + (pageCount() + 7) / 8 : base + maxEntries * entrySize;
    }

    /** Entries of page {@code p} (the last page may be short). */
    public int pageLength(long p) {
        return (int) Math.min(pageEntries(), maxEntries - p * pageEntries());
    }

    /** Bytes of page {@code p} on disk, checksum included. */
    public long pageSize(long p) {
        return (long) pageLength(p) * entrySize + 4;
    }
}
