package org.nwbj.hdf5.internal.format;

/**
 * The body of a shared message (section IV.A.2, "shared object header message"): the real message lives in another
 * object header (committed datatype) or in the shared-message heap.
 *
 * @param inHeap        true when {@code heapId} names an object in the SOHM fractal heap
 * @param address       the object header that holds the message (when not in the heap)
 * @param heapId        8-byte fractal heap ID (when in the heap)
 */
public record SharedMessageRef(boolean inHeap, long address, byte[] heapId) {
    public static SharedMessageRef decode(FormatReader r) {
        int version = r.u8();
        r.version("shared message version", version, 1, 2, 3);
        int type = r.u8();
        if (version == 1) {
            // version 1 stored a whole symbol table entry: a name offset, then the object header address
            r.skip(6);
            r.length(); // the name offset has "size of lengths" bytes
            return new SharedMessageRef(false, r.offset(), null);
        }
        if (version == 2) {
            return new SharedMessageRef(false, r.offset(), null);
        }
        if (type == 1) {
            return new SharedMessageRef(true, -1, r.bytes(8));
        }
        if (type == 2) {
            return new SharedMessageRef(false, r.offset(), null);
        }
        throw r.fail("shared message type expected 1 or 2, found " + type);
    }

    /** Encodes a reference to a message held by the object header at {@code address} (version 3, committed). */
    public static byte[] encodeCommitted(long address, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(3).u8(2).offset(address);
        return w.toByteArray();
    }

    /** Encodes a reference to a message kept in the shared message heap by its 8-byte heap ID (version 3). */
    public static byte[] encodeInHeap(byte[] heapId, FormatContext ctx) {
        if (heapId.length != 8) {
            throw new IllegalArgumentException("shared message heap ID of " + heapId.length + " bytes, expected 8");
        }
        FormatWriter w = new FormatWriter(ctx);
        w.u8(3).u8(1).bytes(heapId);
        return w.toByteArray();
    }

    /** Bytes of a version 3 reference: committed ({@code inHeap} false) or in the heap. */
    public static int encodedSize(boolean inHeap, FormatContext ctx) {
        return 2 + (inHeap ? 8 : ctx.offsetSize());
    }
}
