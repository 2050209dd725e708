package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/** Checksums of the HDF5 format: Bob Jenkins' lookup3 {@code hashlittle} (seed 0) and Fletcher-32. */
public final class Checksums {
    private Checksums() {
    }

    /** lookup3 hashlittle with seed 0 over {@code len} bytes of {@code buf} from absolute index {@code from}. */
    public static long lookup3(ByteBuffer buf, int from, int len) {
        int a = 0xdeadbeef + len;
        int b = a;
        int c = a;
        int i = from;
        int n = len;
        while (n > 12) {
            a += le32(buf, i);
            b += le32(buf, i + 4);
            c += le32(buf, i + 8);
            // mix
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            n -= 12;
            i += 12;
        }
        if (n == 0) {
            return c & 0xffffffffL;
        }
        // the last 1..12 bytes, zero-extended into a, b, c
        int[] w = new int[3];
        for (int k = 0; k < n; k++) {
            w[k >> 2] |= (buf.get(i + k) & 0xff) << (8 * (k & 3));
        }
        a += w[0];
        b += w[1];
        c += w[2];
        // final
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c & 0xffffffffL;
    }

    public static long lookup3(byte[] bytes, int from, int len) {
        return lookup3(ByteBuffer.wrap(bytes), from, len);
    }

    private static int le32(ByteBuffer buf, int i) {
        return (buf.get(i) & 0xff) | (buf.get(i + 1) & 0xff) << 8 | (buf.get(i + 2) & 0xff) << 16
                | (buf.get(i + 3) & 0xff) << 24;
    }
}
