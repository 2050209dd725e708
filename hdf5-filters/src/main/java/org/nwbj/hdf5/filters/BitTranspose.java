package org.nwbj.hdf5.filters;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bitshuffle transform (Masui et al. 2015, the {@code bitshuffle} library's {@code bshuf_trans_bit_elem}):
 * {@code n} elements of {@code size} bytes ({@code n} a multiple of 8) become {@code 8 * size} rows of
 * {@code n / 8} bytes; row {@code 8 * b + k} holds bit {@code k} of byte {@code b} of every element, element
 * {@code i} at bit {@code i % 8} of byte {@code i / 8}. Also the byte shuffle that blosc and HDF5 use.
 */
final class BitTranspose {
    private BitTranspose() {
    }

    /** Bit-shuffles {@code n} elements ({@code n % 8 == 0}) from {@code src[sp..]} into {@code dst[dp..]}. */
    static void shuffle(byte[] src, int sp, byte[] dst, int dp, int n, int size) {
        int rowBytes = n >>> 3;
        if (size == 2) {
            shuffle2(src, sp, dst, dp, rowBytes);
            return;
        }
        // group by group: the input is read in order, 8 * size bytes at a time
        for (int g = 0; g < rowBytes; g++) {
            int e = sp + (g << 3) * size;
            for (int b = 0; b < size; b++) {
                long x = transpose8x8(gather(src, e + b, size));
                int o = dp + 8 * b * rowBytes + g;
                for (int k = 0; k < 8; k++) {
                    dst[o + k * rowBytes] = (byte) (x >>> (k << 3));
                }
            }
        }
    }

    /** Reverses {@link #shuffle}. */
    static void unshuffle(byte[] src, int sp, byte[] dst, int dp, int n, int size) {
        int rowBytes = n >>> 3;
        if (size == 2) {
            unshuffle2(src, sp, dst, dp, rowBytes);
            return;
        }
        // group by group, every byte plane: the output is written in order, 8 * size bytes at a time
        for (int g = 0; g < rowBytes; g++) {
            int e = dp + (g << 3) * size;
            for (int b = 0; b < size; b++) {
                long x = transpose8x8(gather(src, sp + 8 * b * rowBytes + g, rowBytes));
                for (int k = 0; k < 8; k++) {
                    dst[e + b + k * size] = (byte) (x >>> (k << 3));
                }
            }
        }
    }

    /** The 2-byte case (uint16 images): both planes of a group at once, 16 output bytes as two words. */
    private static void unshuffle2(byte[] src, int sp, byte[] dst, int dp, int rowBytes) {
        ByteBuffer out = ByteBuffer.wrap(dst).order(ByteOrder.LITTLE_ENDIAN);
        int hi = sp + 8 * rowBytes;
        for (int g = 0; g < rowBytes; g++) {
            long lo = transpose8x8(gather(src, sp + g, rowBytes));
            long up = transpose8x8(gather(src, hi + g, rowBytes));
            int e = dp + (g << 4);
            out.putLong(e, spread(lo) | spread(up) << 8);
            out.putLong(e + 8, spread(lo >>> 32) | spread(up >>> 32) << 8);
        }
    }

    /** The 2-byte case of {@link #shuffle}: a group's 16 input bytes as two words, split into the two planes. */
    private static void shuffle2(byte[] src, int sp, byte[] dst, int dp, int rowBytes) {
        ByteBuffer in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        int hi = dp + 8 * rowBytes;
        for (int g = 0; g < rowBytes; g++) {
            long a = in.getLong(sp + (g << 4));
            long b = in.getLong(sp + (g << 4) + 8);
            long lo = transpose8x8(pack(a) | pack(b) << 32);
            long up = transpose8x8(pack(a >>> 8) | pack(b >>> 8) << 32);
            int o = dp + g;
            int u = hi + g;
            for (int k = 0; k < 8; k++) {
                dst[o + k * rowBytes] = (byte) (lo >>> (k << 3));
                dst[u + k * rowBytes] = (byte) (up >>> (k << 3));
            }
        }
    }

    /** Byte {@code k} of the result is {@code b[at + k * stride]}. */
    private static long gather(byte[] b, int at, int stride) {
        return (b[at] & 0xffL)
                | (b[at + stride] & 0xffL) << 8
                | (b[at + 2 * stride] & 0xffL) << 16
                | (b[at + 3 * stride] & 0xffL) << 24
                | (b[at + 4 * stride] & 0xffL) << 32
                | (b[at + 5 * stride] & 0xffL) << 40
                | (b[at + 6 * stride] & 0xffL) << 48
                | (b[at + 7 * stride] & 0xffL) << 56;
    }

    /** Transposes the 8x8 bit matrix whose row {@code r} is byte {@code r} (bit {@code 8r + c} moves to {@code 8c + r}). */
    static long transpose8x8(long x) {
        long t = (x ^ (x >>> 7)) & 0x00AA00AA00AA00AAL;
        x = x ^ t ^ (t << 7);
        t = (x ^ (x >>> 14)) & 0x0000CCCC0000CCCCL;
        x = x ^ t ^ (t << 14);
        t = (x ^ (x >>> 28)) & 0x00000000F0F0F0F0L;
        return x ^ t ^ (t << 28);
    }

    /** Byte shuffle (HDF5 filter 2, blosc): byte {@code j} of every element together; a tail of {@code len % size} bytes stays. */
    static void byteShuffle(byte[] src, int sp, byte[] dst, int dp, int len, int size) {
        int n = len / size;
        if (size == 2) {
            byteShuffle2(src, sp, dst, dp, n);
        } else {
            for (int j = 0; j < size; j++) {
                int o = dp + j * n;
                for (int i = 0, s = sp + j; i < n; i++, s += size) {
                    dst[o + i] = src[s];
                }
            }
        }
        System.arraycopy(src, sp + n * size, dst, dp + n * size, len - n * size);
    }

    /** Reverses {@link #byteShuffle}. */
    static void byteUnshuffle(byte[] src, int sp, byte[] dst, int dp, int len, int size) {
        int n = len / size;
        if (size == 2) {
            byteUnshuffle2(src, sp, dst, dp, n);
        } else if (size == 4) {
            for (int i = 0, s = sp, o = dp; i < n; i++, s++, o += 4) {
                dst[o] = src[s];
                dst[o + 1] = src[s + n];
                dst[o + 2] = src[s + 2 * n];
                dst[o + 3] = src[s + 3 * n];
            }
        } else {
            for (int j = 0; j < size; j++) {
                int s = sp + j * n;
                for (int i = 0, o = dp + j; i < n; i++, o += size) {
                    dst[o] = src[s + i];
                }
            }
        }
        System.arraycopy(src, sp + n * size, dst, dp + n * size, len - n * size);
    }

    /**
     * 2-byte elements, 8 at a time in longs: the low and the high bytes are spread to every other byte and
     * or-ed together (the C plug-ins use SIMD here; word reads through a little-endian view are the portable way).
     */
    private static void byteUnshuffle2(byte[] src, int sp, byte[] dst, int dp, int n) {
        ByteBuffer in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(dst).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long lo = in.getLong(sp + i);
            long hi = in.getLong(sp + n + i);
            int o = dp + 2 * i;
            out.putLong(o, spread(lo) | spread(hi) << 8);
            out.putLong(o + 8, spread(lo >>> 32) | spread(hi >>> 32) << 8);
        }
        for (; i < n; i++) {
            dst[dp + 2 * i] = src[sp + i];
            dst[dp + 2 * i + 1] = src[sp + n + i];
        }
    }

    /** Reverses {@link #byteUnshuffle2}. */
    private static void byteShuffle2(byte[] src, int sp, byte[] dst, int dp, int n) {
        ByteBuffer in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(dst).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long a = in.getLong(sp + 2 * i);
            long b = in.getLong(sp + 2 * i + 8);
            out.putLong(dp + i, pack(a) | pack(b) << 32);
            out.putLong(dp + n + i, pack(a >>> 8) | pack(b >>> 8) << 32);
        }
        for (; i < n; i++) {
            dst[dp + i] = src[sp + 2 * i];
            dst[dp + n + i] = src[sp + 2 * i + 1];
        }
    }

    /** The 4 low bytes of {@code x} to bytes 0, 2, 4 and 6. */
    private static long spread(long x) {
        x &= 0xFFFFFFFFL;
        x = (x | x << 16) & 0x0000FFFF0000FFFFL;
        return (x | x << 8) & 0x00FF00FF00FF00FFL;
    }

    /** Bytes 0, 2, 4 and 6 of {@code x} to the 4 low bytes. */
    private static long pack(long x) {
        x &= 0x00FF00FF00FF00FFL;
        x = (x | x >>> 8) & 0x0000FFFF0000FFFFL;
        return (x | x >>> 16) & 0xFFFFFFFFL;
    }
}
