package org.nwbj.hdf5.internal.format;

/** The link info message (section IV.A.2.c): where a new-style group keeps dense links. */
public record LinkInfo(boolean trackOrder, boolean indexOrder, long fractalHeapAddress, long nameIndexAddress,
        long orderIndexAddress) {
    public static LinkInfo decode(FormatReader r) {
        r.version("version", r.u8(), 0);
        int flags = r.u8();
        if ((flags & 1) != 0) {
            r.u64(); // maximum creation index
        }
        long heap = r.offset();
        long name = r.offset();
        long order = (flags & 2) != 0 ? r.offset() : -1;
        return new LinkInfo((flags & 1) != 0, (flags & 2) != 0, heap, name, order);
    }

    /** True when the links live in a fractal heap rather than in link messages. */
    public boolean isDense() {
        return fractalHeapAddress != -1;
    }

    /** Encodes a link info message for compact storage (no fractal heap yet), tracking creation order or not. */
    public static byte[] encodeCompact(boolean trackOrder, long maxCreationIndex, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(0).u8(trackOrder ? 1 : 0);
        if (trackOrder) {
            w.u64(maxCreationIndex);
        }
        w.offset(-1).offset(-1);
        return w.toByteArray();
    }

    /** Encodes a link info message for dense storage: the fractal heap and the name index. */
    public static byte[] encodeDense(long heap, long nameIndex, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(0).u8(0).offset(heap).offset(nameIndex);
        return w.toByteArray();
    }
}
