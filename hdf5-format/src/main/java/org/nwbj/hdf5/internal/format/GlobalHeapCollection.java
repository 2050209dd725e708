package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** A global heap collection "GCOL" (section III.E): variable-length data objects by index. */
public record GlobalHeapCollection(Map<Integer, ByteBuffer> objects) {
    /** Reads the signature and collection size (the first 16 bytes) to learn how much to fetch. */
    public static long collectionSize(FormatReader r) {
        r.signature("GCOL");
        r.version("version", r.u8(), 1);
        r.skip(3);
        return r.length();
    }

    public static GlobalHeapCollection decode(FormatReader r) {
        long size = collectionSize(r);
        // the collection header and each object header are padded to a multiple of 8 bytes (H5HG_ALIGN)
        r.skip(pad8(8 + r.ctx().lengthSize()));
        Map<Integer, ByteBuffer> objects = new HashMap<>();
        while (r.remaining() >= 8 + r.ctx().lengthSize()) {
            int index = r.u16();
            if (index == 0) {
                break; // free space
            }
            r.u16(); // reference count
            r.skip(4);
            long n = r.length();
            r.skip(Math.min(pad8(8 + r.ctx().lengthSize()), r.remaining()));
            if (n < 0 || n > r.remaining()) {
                throw r.fail("global heap object " + index + " claims " + n + " bytes, " + r.remaining() + " left");
            }
            objects.put(index, r.slice((int) n));
            long pad = (8 - n % 8) % 8;
            r.skip(Math.min(pad, r.remaining()));
        }
        return new GlobalHeapCollection(objects);
    }

    private static int pad8(int n) {
        return (8 - n % 8) % 8;
    }

    /** The smallest collection the C library writes. */
    public static final int MIN_SIZE = 4096;

    /** Encodes a collection holding {@code objects} as indexes 1, 2, ...; the rest is one free-space object. */
    public static byte[] encode(java.util.List<byte[]> objects, FormatContext ctx) {
        int hdr = 8 + ctx.lengthSize();
        int objHdr = hdr; // index, reference count, reserved, size: padded like the collection header
        int aligned = (hdr + 7) / 8 * 8;
        long size = aligned;
        for (byte[] o : objects) {
            size += (objHdr + 7) / 8 * 8 + (o.length + 7) / 8 * 8;
        }
        size += (objHdr + 7) / 8 * 8; // room for the free-space object header
        size = Math.max(MIN_SIZE, size);
        FormatWriter w = new FormatWriter(ctx, (int) size);
        w.signature("GCOL").u8(1).zeros(3).length(size);
        w.padTo(0, 8);
        int index = 1;
        for (byte[] o : objects) {
            int start = w.position();
            w.u16(index++).u16(1).u32(0).length(o.length);
            w.padTo(start, 8);
            w.bytes(o);
            w.padTo(start, 8);
        }
        long free = size - w.position();
        w.u16(0).u16(0).u32(0).length(free);
        w.zeros((int) (size - w.position()));
        return w.toByteArray();
    }
}
