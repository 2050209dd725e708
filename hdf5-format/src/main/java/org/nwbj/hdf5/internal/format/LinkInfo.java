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

    /**
     * The maximum creation index field (the creation order the next link gets), or -1 when the group does not track
     * creation order.
     */
    public static long maxCreationIndex(FormatReader r) {
        r.version("version", r.u8(), 0);
        return (r.u8() & 1) != 0 ? r.u64() : -1;
    }

    /**
     * Encodes a link info message for compact storage (no fractal heap yet). A group tracking creation order also
     * asks for it to be indexed, as h5py's {@code track_order=True} does, so that the C library builds the creation
     * order index when the links go dense.
     */
    public static byte[] encodeCompact(boolean trackOrder, long maxCreationIndex, FormatContext ctx) {
        return encode(trackOrder, maxCreationIndex, -1, -1, -1, ctx);
    }

    /** Encodes a link info message for dense storage: the fractal heap and the name index, no creation order. */
    public static byte[] encodeDense(long heap, long nameIndex, FormatContext ctx) {
        return encode(false, 0, heap, nameIndex, -1, ctx);
    }

    /**
     * Encodes a link info message; when {@code trackOrder}, flags say tracked and indexed, followed by the maximum
     * creation index, and the creation order index address ({@code orderIndex}, -1 while compact) ends the message.
     */
    public static byte[] encode(boolean trackOrder, long maxCreationIndex, long heap, long nameIndex,
            long orderIndex, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(0).u8(trackOrder ? 3 : 0);
        if (trackOrder) {
            w.u64(maxCreationIndex);
        }
        w.offset(heap).offset(nameIndex);
        if (trackOrder) {
            w.offset(orderIndex);
        }
        return w.toByteArray();
    }

    /** Bytes {@link #encode} writes. */
    public static int encodedSize(boolean trackOrder, FormatContext ctx) {
        return 2 + (trackOrder ? 8 + 3 * ctx.offsetSize() : 2 * ctx.offsetSize());
    }
}
