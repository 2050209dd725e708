package org.nwbj.hdf5.filters;

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

    /** The 2-byte case (uint16 images): both planes of a group at once, 16 output bytes in order. */
    private static void unshuffle2(byte[] src, int sp, byte[] dst, int dp, int rowBytes) {
        int hi = sp + 8 * rowBytes;
        for (int g = 0; g < rowBytes; g++) {
            long lo = transpose8x8(gather(src, sp + g, rowBytes));
            long up = transpose8x8(gather(src, hi + g, rowBytes));
            int e = dp + (g << 4);
            for (int k = 0; k < 8; k++) {
                dst[e + 2 * k] = (byte) (lo >>> (k << 3));
                dst[e + 2 * k + 1] = (byte) (up >>> (k << 3));
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
            // element by element: the input is read in order, two output streams advance together
            for (int i = 0, s = sp, o = dp; i < n; i++, s += 2, o++) {
                dst[o] = src[s];
                dst[o + n] = src[s + 1];
            }
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
            for (int i = 0, s = sp, o = dp; i < n; i++, s++, o += 2) {
                dst[o] = src[s];
                dst[o + 1] = src[s + n];
            }
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
}
