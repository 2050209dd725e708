package org.nwbj.hdf5.internal.format;

import java.nio.Buffer;
import java.nio.ByteBuffer;

/** Byte helpers that Android API 26 lacks (absolute bulk get, unsigned array comparison). */
public final class Bytes {
    private Bytes() {
    }

    /** Copies {@code dst.length} bytes starting at absolute index {@code at}, leaving {@code src} untouched. */
    public static void getAt(ByteBuffer src, int at, byte[] dst) {
        ByteBuffer d = src.duplicate();
        ((Buffer) d).position(at);
        d.get(dst, 0, dst.length);
    }

    /** Lexicographic comparison treating bytes as unsigned (UTF-8 names sort by code point this way). */
    public static int compareUnsigned(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
