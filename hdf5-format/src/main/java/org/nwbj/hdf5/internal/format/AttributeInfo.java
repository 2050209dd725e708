package org.nwbj.hdf5.internal.format;

/** The attribute info message (section IV.A.2.v): where dense attributes live. */
public record AttributeInfo(boolean trackOrder, boolean indexOrder, long fractalHeapAddress, long nameIndexAddress,
        long orderIndexAddress) {
    public static AttributeInfo decode(FormatReader r) {
        r.version("version", r.u8(), 0);
        int flags = r.u8();
        if ((flags & 1) != 0) {
            r.u16(); // maximum creation index
        }
        long heap = r.offset();
        long name = r.offset();
        long order = (flags & 2) != 0 ? r.offset() : -1;
        return new AttributeInfo((flags & 1) != 0, (flags & 2) != 0, heap, name, order);
    }

    /** The maximum creation index field (the order the next attribute gets), or -1 when order is not tracked. */
    public static int maxCreationIndex(FormatReader r) {
        r.version("version", r.u8(), 0);
        return (r.u8() & 1) != 0 ? r.u16() : -1;
    }

    public boolean isDense() {
        return fractalHeapAddress != -1;
    }

    /** Encodes an attribute info message for dense storage: the fractal heap and the name index. */
    public static byte[] encodeDense(long heap, long nameIndex, FormatContext ctx) {
        return encode(false, 0, heap, nameIndex, -1, ctx);
    }

    /**
     * Encodes an attribute info message; when {@code trackOrder}, flags say tracked and indexed, followed by the
     * maximum creation index (2 bytes), and the creation order index address ({@code orderIndex}, -1 while the
     * attributes are compact) ends the message. {@code heap} and {@code nameIndex} are -1 for compact storage.
     */
    public static byte[] encode(boolean trackOrder, int maxCreationIndex, long heap, long nameIndex,
            long orderIndex, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(0).u8(trackOrder ? 3 : 0);
        if (trackOrder) {
            w.u16(maxCreationIndex);
        }
        w.offset(heap).offset(nameIndex);
        if (trackOrder) {
            w.offset(orderIndex);
        }
        return w.toByteArray();
    }

    /** Bytes {@link #encode} writes. */
    public static int encodedSize(boolean trackOrder, FormatContext ctx) {
        return 2 + (trackOrder ? 2 + 3 * ctx.offsetSize() : 2 * ctx.offsetSize());
    }
}
