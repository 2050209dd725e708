package org.nwbj.hdf5.internal.format;

/** The local heap header (section III.D): where a symbol-table group keeps link names. */
public record LocalHeap(long dataSize, long freeListOffset, long dataAddress) {
    public static int headerSize(FormatContext ctx) {
        return 8 + 2 * ctx.lengthSize() + ctx.offsetSize();
    }

    public static LocalHeap decode(FormatReader r) {
        r.signature("HEAP");
        r.version("version", r.u8(), 0);
        r.skip(3);
        long size = r.length();
        long free = r.length();
        long addr = r.offset();
        return new LocalHeap(size, free, addr);
    }

    /** The header's bytes; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, headerSize(ctx));
        w.signature("HEAP").u8(0).zeros(3).length(dataSize).length(freeListOffset).offset(dataAddress);
        return w.toByteArray();
    }
}
