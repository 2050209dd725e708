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
}
