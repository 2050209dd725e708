package org.nwbj.hdf5.internal.filter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 2: byte shuffle. Byte {@code j} of every element goes to plane {@code j}; bytes past the last whole
 * element are left unchanged at the end, as H5Zshuffle.c does.
 *
 * <p>Shuffling is a transpose of an (elements x size) byte matrix. For 8-, 4- and 2-byte elements it runs on
 * blocks of 8 elements held in words (a byte-matrix transpose by masks and shifts), which is about twice as fast as
 * moving single bytes with a stride; other sizes and the last partial block move bytes one at a time.
 */
final class ShuffleFilter implements Filter {
    @Override
    public int id() {
        return 2;
    }

    @Override
    public String name() {
        return "shuffle";
    }

    private static int typeSize(FilterParameters p) {
        return p.clientData(0, p.elementSize());
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        return transpose(encoded, typeSize(p), false);
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        return transpose(raw, typeSize(p), true);
    }

    /** Element-major to plane-major ({@code shuffle}) or back. */
    static byte[] transpose(byte[] in, int size, boolean shuffle) {
        int n = size <= 1 ? 0 : in.length / size;
        if (n <= 1) {
            return in.clone();
        }
        byte[] out = new byte[in.length];
        transpose(in, in.length, out, size, shuffle);
        return out;
    }

    /** Unshuffles the first {@code length} bytes of {@code in} into {@code out} (at least as long). */
    static void unshuffle(byte[] in, int length, byte[] out, int size) {
        int n = size <= 1 ? 0 : length / size;
        if (n <= 1) {
            System.arraycopy(in, 0, out, 0, length);
            return;
        }
        transpose(in, length, out, size, false);
    }

    /** Shuffles the first {@code length} bytes of {@code in} into {@code out} (at least as long). */
    static void shuffle(byte[] in, int length, byte[] out, int size) {
        int n = size <= 1 ? 0 : length / size;
        if (n <= 1) {
            System.arraycopy(in, 0, out, 0, length);
            return;
        }
        transpose(in, length, out, size, true);
    }

    /**
     * Unshuffles elements [{@code from}, {@code to}) of a shuffled buffer of {@code n} whole elements (planes of
     * {@code n} bytes) into {@code out} from 0: a piece of a chunk at a time, which stays in the CPU cache for
     * whoever consumes it. Bytes past the last whole element are not touched.
     */
    static void unshuffleRange(byte[] planes, int n, int size, int from, int to, byte[] out) {
        int blocked = from;
        if (size == 8 || size == 4 || size == 2) {
            blocked = from + ((to - from) & ~7);
            ByteBuffer src = ByteBuffer.wrap(planes).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer dst = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            if (size == 8) {
                blocks8(src, dst, n, from, blocked, from, false);
            } else if (size == 4) {
                blocks4(src, dst, n, from, blocked, from, false);
            } else {
                blocks2(src, dst, n, from, blocked, from, false);
            }
        }
        for (int j = 0; j < size; j++) {
            int plane = j * n;
            for (int i = blocked; i < to; i++) {
                out[(i - from) * size + j] = planes[plane + i];
            }
        }
    }

    /**
     * Bytes [{@code from}, {@code from + len}) of the unshuffled form of {@code planes} (the first {@code length}
     * bytes, element size {@code size}) into {@code out} at {@code off}, touching only those: a read of a few rows
     * of a cached chunk.
     */
    static void gather(byte[] planes, int length, int size, int from, int len, byte[] out, int off) {
        gather(planes, 0, length, size, from, len, out, off);
    }

    /** {@link #gather} from planes that start at {@code base} of {@code planes}. */
    static void gather(byte[] planes, int base, int length, int size, int from, int len, byte[] out, int off) {
        int n = size <= 1 ? 0 : length / size;
        if (n <= 1) {
            System.arraycopy(planes, base + from, out, off, len);
            return;
        }
        int whole = n * size;
        int end = from + len;
        int b = from;
        int e = from / size;
        int j = from % size;
        for (; b < end && b < whole; b++) {
            out[off++] = planes[base + j * n + e];
            if (++j == size) {
                j = 0;
                e++;
            }
        }
        if (b < end) {
            System.arraycopy(planes, base + b, out, off, end - b);
        }
    }

    private static void transpose(byte[] in, int length, byte[] out, int size, boolean shuffle) {
        int n = length / size;
        int whole = n * size;
        System.arraycopy(in, whole, out, whole, length - whole);
        int blocked = 0;
        if (size == 8 || size == 4 || size == 2) {
            blocked = n & ~7;
            ByteBuffer src = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer dst = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            if (size == 8) {
                blocks8(src, dst, n, 0, blocked, 0, shuffle);
            } else if (size == 4) {
                blocks4(src, dst, n, 0, blocked, 0, shuffle);
            } else {
                blocks2(src, dst, n, 0, blocked, 0, shuffle);
            }
        }
        // the elements after the last whole block of 8, and every element of other sizes
        for (int j = 0; j < size; j++) {
            int plane = j * n;
            for (int i = blocked; i < n; i++) {
                if (shuffle) {
                    out[plane + i] = in[i * size + j];
                } else {
                    out[i * size + j] = in[plane + i];
                }
            }
        }
    }

    /**
     * 8-byte elements, 8 at a time: 8 longs are an 8 x 8 byte matrix (row = element, byte k of a little-endian
     * long = column k); its transpose holds byte j of the 8 elements in row j, which is 8 consecutive plane bytes.
     * The transpose is its own inverse, so the same code unshuffles with the roles of rows and planes swapped.
     */
    private static void blocks8(ByteBuffer src, ByteBuffer dst, int n, int from, int to, int off,
            boolean shuffle) {
        for (int i = from; i < to; i += 8) {
            long r0;
            long r1;
            long r2;
            long r3;
            long r4;
            long r5;
            long r6;
            long r7;
            if (shuffle) {
                int a = (i - off) * 8;
                r0 = src.getLong(a);
                r1 = src.getLong(a + 8);
                r2 = src.getLong(a + 16);
                r3 = src.getLong(a + 24);
                r4 = src.getLong(a + 32);
                r5 = src.getLong(a + 40);
                r6 = src.getLong(a + 48);
                r7 = src.getLong(a + 56);
            } else {
                r0 = src.getLong(i);
                r1 = src.getLong(n + i);
                r2 = src.getLong(2 * n + i);
                r3 = src.getLong(3 * n + i);
                r4 = src.getLong(4 * n + i);
                r5 = src.getLong(5 * n + i);
                r6 = src.getLong(6 * n + i);
                r7 = src.getLong(7 * n + i);
            }
            // swap the off-diagonal 4 x 4 blocks, then 2 x 2 blocks, then single bytes
            long t;
            final long m32 = 0x00000000FFFFFFFFL;
            t = r0; r0 = (t & m32) | (r4 << 32); r4 = (t >>> 32) | (r4 & ~m32);
            t = r1; r1 = (t & m32) | (r5 << 32); r5 = (t >>> 32) | (r5 & ~m32);
            t = r2; r2 = (t & m32) | (r6 << 32); r6 = (t >>> 32) | (r6 & ~m32);
            t = r3; r3 = (t & m32) | (r7 << 32); r7 = (t >>> 32) | (r7 & ~m32);
            final long m16 = 0x0000FFFF0000FFFFL;
            t = r0; r0 = (t & m16) | ((r2 & m16) << 16); r2 = ((t >>> 16) & m16) | (r2 & ~m16);
            t = r1; r1 = (t & m16) | ((r3 & m16) << 16); r3 = ((t >>> 16) & m16) | (r3 & ~m16);
            t = r4; r4 = (t & m16) | ((r6 & m16) << 16); r6 = ((t >>> 16) & m16) | (r6 & ~m16);
            t = r5; r5 = (t & m16) | ((r7 & m16) << 16); r7 = ((t >>> 16) & m16) | (r7 & ~m16);
            final long m8 = 0x00FF00FF00FF00FFL;
            t = r0; r0 = (t & m8) | ((r1 & m8) << 8); r1 = ((t >>> 8) & m8) | (r1 & ~m8);
            t = r2; r2 = (t & m8) | ((r3 & m8) << 8); r3 = ((t >>> 8) & m8) | (r3 & ~m8);
            t = r4; r4 = (t & m8) | ((r5 & m8) << 8); r5 = ((t >>> 8) & m8) | (r5 & ~m8);
            t = r6; r6 = (t & m8) | ((r7 & m8) << 8); r7 = ((t >>> 8) & m8) | (r7 & ~m8);
            if (shuffle) {
                dst.putLong(i, r0);
                dst.putLong(n + i, r1);
                dst.putLong(2 * n + i, r2);
                dst.putLong(3 * n + i, r3);
                dst.putLong(4 * n + i, r4);
                dst.putLong(5 * n + i, r5);
                dst.putLong(6 * n + i, r6);
                dst.putLong(7 * n + i, r7);
            } else {
                int a = (i - off) * 8;
                dst.putLong(a, r0);
                dst.putLong(a + 8, r1);
                dst.putLong(a + 16, r2);
                dst.putLong(a + 24, r3);
                dst.putLong(a + 32, r4);
                dst.putLong(a + 40, r5);
                dst.putLong(a + 48, r6);
                dst.putLong(a + 56, r7);
            }
        }
    }

    /**
     * 4-byte elements, 8 at a time as two 4 x 4 byte matrices side by side in 4 longs: long k holds element k in
     * its low half and element k + 4 in its high half. Transposing both halves at once leaves in long j the plane-j
     * bytes of elements 0-3 (low half) and 4-7 (high half): 8 consecutive plane bytes.
     */
    private static void blocks4(ByteBuffer src, ByteBuffer dst, int n, int from, int to, int off,
            boolean shuffle) {
        final long lo = 0x00000000FFFFFFFFL;
        for (int i = from; i < to; i += 8) {
            long r0;
            long r1;
            long r2;
            long r3;
            if (shuffle) {
                int a = (i - off) * 4;
                long e01 = src.getLong(a);
                long e23 = src.getLong(a + 8);
                long e45 = src.getLong(a + 16);
                long e67 = src.getLong(a + 24);
                r0 = (e01 & lo) | (e45 << 32);
                r1 = (e01 >>> 32) | (e45 & ~lo);
                r2 = (e23 & lo) | (e67 << 32);
                r3 = (e23 >>> 32) | (e67 & ~lo);
            } else {
                r0 = src.getLong(i);
                r1 = src.getLong(n + i);
                r2 = src.getLong(2 * n + i);
                r3 = src.getLong(3 * n + i);
            }
            long t;
            final long m16 = 0x0000FFFF0000FFFFL;
            t = r0; r0 = (t & m16) | ((r2 & m16) << 16); r2 = ((t >>> 16) & m16) | (r2 & ~m16);
            t = r1; r1 = (t & m16) | ((r3 & m16) << 16); r3 = ((t >>> 16) & m16) | (r3 & ~m16);
            final long m8 = 0x00FF00FF00FF00FFL;
            t = r0; r0 = (t & m8) | ((r1 & m8) << 8); r1 = ((t >>> 8) & m8) | (r1 & ~m8);
            t = r2; r2 = (t & m8) | ((r3 & m8) << 8); r3 = ((t >>> 8) & m8) | (r3 & ~m8);
            if (shuffle) {
                dst.putLong(i, r0);
                dst.putLong(n + i, r1);
                dst.putLong(2 * n + i, r2);
                dst.putLong(3 * n + i, r3);
            } else {
                int a = (i - off) * 4;
                dst.putLong(a, (r0 & lo) | (r1 << 32));
                dst.putLong(a + 8, (r2 & lo) | (r3 << 32));
                dst.putLong(a + 16, (r0 >>> 32) | (r1 & ~lo));
                dst.putLong(a + 24, (r2 >>> 32) | (r3 & ~lo));
            }
        }
    }

    /**
     * 2-byte elements, 8 at a time in two longs: the low bytes (even positions) are gathered into one plane word
     * and the high bytes (odd positions) into the other, by masks and shifts; unshuffling spreads them back.
     */
    private static void blocks2(ByteBuffer src, ByteBuffer dst, int n, int from, int to, int off,
            boolean shuffle) {
        for (int i = from; i < to; i += 8) {
            if (shuffle) {
                int a = (i - off) * 2;
                long x = src.getLong(a);
                long y = src.getLong(a + 8);
                dst.putLong(i, gather(x) | (gather(y) << 32));
                dst.putLong(n + i, gather(x >>> 8) | (gather(y >>> 8) << 32));
            } else {
                long p0 = src.getLong(i);
                long p1 = src.getLong(n + i);
                int a = (i - off) * 2;
                dst.putLong(a, spread(p0) | (spread(p1) << 8));
                dst.putLong(a + 8, spread(p0 >>> 32) | (spread(p1 >>> 32) << 8));
            }
        }
    }

    /** Bytes 0, 2, 4, 6 of {@code v} packed into bytes 0-3. */
    private static long gather(long v) {
        v &= 0x00FF00FF00FF00FFL;
        v = (v | (v >>> 8)) & 0x0000FFFF0000FFFFL;
        return (v | (v >>> 16)) & 0x00000000FFFFFFFFL;
    }

    /** Bytes 0-3 of {@code v} moved to bytes 0, 2, 4, 6 (the inverse of {@link #gather}). */
    private static long spread(long v) {
        v &= 0x00000000FFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        return (v | (v << 8)) & 0x00FF00FF00FF00FFL;
    }
}
