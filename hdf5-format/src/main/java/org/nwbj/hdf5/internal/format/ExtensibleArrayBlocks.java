package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The blocks below an extensible array header, spec "Extensible Array Index" (chunk index appendix): index block
 * ("EAIB"), secondary block ("EASB") and data block ("EADB"). Paged data blocks keep only their prefix here; each
 * page follows as {@code 2^pageBits} elements and a checksum (see {@link ChunkIndexElement#decodePage}).
 */
public final class ExtensibleArrayBlocks {
    private ExtensibleArrayBlocks() {
    }

    public static final String INDEX = "ExtensibleArrayIndexBlock";
    public static final String SECONDARY = "ExtensibleArraySecondaryBlock";
    public static final String DATA = "ExtensibleArrayDataBlock";
    public static final String PAGE = "ExtensibleArrayDataBlockPage";

    public record IndexBlock(long address, ChunkIndexElement[] elements, long[] dataBlockAddresses,
            long[] secondaryBlockAddresses) {
    }

    /** @param pageBitmap one bit per page of each data block (data block d's pages start at bit d * pages) */
    public record SecondaryBlock(long address, long blockOffset, byte[] pageBitmap, long[] dataBlockAddresses) {
    }

    /** @param elements null when paged */
    public record DataBlock(long address, long blockOffset, ChunkIndexElement[] elements) {
    }

    private static FormatReader prefix(ByteBuffer buf, long address, String structure, String signature,
            ExtensibleArrayHeader hdr, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, structure, ctx);
        in.signature(signature);
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
        return in;
    }

    public static IndexBlock decodeIndex(ByteBuffer buf, long address, ExtensibleArrayHeader hdr, FormatContext ctx) {
        FormatReader in = prefix(buf, address, INDEX, "EAIB", hdr, ctx);
        int start = 0;
        ChunkIndexElement[] elements = ChunkIndexElement.readAll(in, hdr.clientId(), hdr.elementSize(),
                hdr.indexBlockElements());
        long[] dblocks = addresses(in, hdr.indexBlockDataBlockAddresses());
        long[] sblocks = addresses(in, hdr.indexBlockSecondaryBlockAddresses());
        in.checksum(start);
        return new IndexBlock(address, elements, dblocks, sblocks);
    }

    /** Decodes the secondary block of super block {@code s}. */
    public static SecondaryBlock decodeSecondary(ByteBuffer buf, long address, ExtensibleArrayHeader hdr, int s,
            FormatContext ctx) {
        FormatReader in = prefix(buf, address, SECONDARY, "EASB", hdr, ctx);
        long offset = in.uint(hdr.arrayOffsetSize());
        if (offset != hdr.superBlockStart(s)) {
            throw in.fail("block offset " + offset + ", expected " + hdr.superBlockStart(s) + " for super block " + s);
        }
        byte[] bitmap = null;
        if (hdr.paged(s)) {
            bitmap = in.bytes((int) (hdr.dataBlocksIn(s) * ((hdr.pagesPerDataBlock(s) + 7) / 8)));
        }
        long[] dblocks = addresses(in, (int) hdr.dataBlocksIn(s));
        in.checksum(0);
        return new SecondaryBlock(address, offset, bitmap, dblocks);
    }

    /**
     * Decodes a data block of super block {@code s} whose first element has array offset {@code expectedOffset}
     * (counted after the index block's elements). {@code alternativeOffset} is also accepted: for data blocks
     * addressed by the index block, the HDF5 library (1.10) stores the super block's start plus the data block's
     * position among all of the index block's data blocks times the block size, not the block's real offset.
     */
    public static DataBlock decodeData(ByteBuffer buf, long address, ExtensibleArrayHeader hdr, int s,
            long expectedOffset, long alternativeOffset, FormatContext ctx) {
        FormatReader in = prefix(buf, address, DATA, "EADB", hdr, ctx);
        long offset = in.uint(hdr.arrayOffsetSize());
        if (offset != expectedOffset && offset != alternativeOffset) {
            throw in.fail("block offset " + offset + ", expected " + expectedOffset);
        }
        ChunkIndexElement[] elements = null;
        if (!hdr.paged(s)) {
            elements = ChunkIndexElement.readAll(in, hdr.clientId(), hdr.elementSize(),
                    (int) hdr.dataBlockElements(s));
        }
        in.checksum(0);
        return new DataBlock(address, offset, elements);
    }

    private static long[] addresses(FormatReader in, int n) {
        in.require((long) n * in.ctx().offsetSize());
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.offset();
        }
        return a;
    }
    // ---- encoders: the mirrors of the decoders above; {@code hdr} gives the client, sizes and back pointer ----

    private static FormatWriter prefix(String signature, ExtensibleArrayHeader hdr, long size, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, (int) Math.min(Integer.MAX_VALUE - 8, size));
        w.signature(signature).u8(0).u8(hdr.clientId()).offset(hdr.address());
        return w;
    }

    public static byte[] encodeIndex(IndexBlock b, ExtensibleArrayHeader hdr, FormatContext ctx) {
        FormatWriter w = prefix("EAIB", hdr, hdr.indexBlockSize(ctx), ctx);
        ChunkIndexElement.encodeAll(w, b.elements(), hdr.clientId(), hdr.elementSize());
        for (long a : b.dataBlockAddresses()) {
            w.offset(a);
        }
        for (long a : b.secondaryBlockAddresses()) {
            w.offset(a);
        }
        w.checksum(0);
        return w.toByteArray();
    }

    /** The secondary block of a super block; its page bitmap is written when not null (paged data blocks). */
    public static byte[] encodeSecondary(SecondaryBlock b, ExtensibleArrayHeader hdr, FormatContext ctx) {
        FormatWriter w = prefix("EASB", hdr, 64, ctx);
        w.uint(b.blockOffset(), hdr.arrayOffsetSize());
        if (b.pageBitmap() != null) {
            w.bytes(b.pageBitmap());
        }
        for (long a : b.dataBlockAddresses()) {
            w.offset(a);
        }
        w.checksum(0);
        return w.toByteArray();
    }

    /** A data block; only its prefix when its elements are null (paged: pages follow, see encodePage). */
    public static byte[] encodeData(DataBlock b, ExtensibleArrayHeader hdr, FormatContext ctx) {
        FormatWriter w = prefix("EADB", hdr, 64, ctx);
        w.uint(b.blockOffset(), hdr.arrayOffsetSize());
        if (b.elements() != null) {
            ChunkIndexElement.encodeAll(w, b.elements(), hdr.clientId(), hdr.elementSize());
        }
        w.checksum(0);
        return w.toByteArray();
    }
}
