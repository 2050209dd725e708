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
        for (int b = 0; b < size; b++) {
            int rowBase = dp + 8 * b * rowBytes;
            for (int g = 0; g < rowBytes; g++) {
                int e = sp + (g << 3) * size + b;
                long x = (src[e] & 0xffL)
                        | (src[e + size] & 0xffL) << 8
                        | (src[e + 2 * size] & 0xffL) << 16
                        | (src[e + 3 * size] & 0xffL) << 24
                        | (src[e + 4 * size] & 0xffL) << 32
                        | (src[e + 5 * size] & 0xffL) << 40
                        | (src[e + 6 * size] & 0xffL) << 48
                        | (src[e + 7 * size] & 0xffL) << 56;
                x = transpose8x8(x);
                int o = rowBase + g;
                for (int k = 0; k < 8; k++) {
                    dst[o + k * rowBytes] = (byte) (x >>> (k << 3));
                }
            }
        }
    }

    /** Reverses {@link #shuffle}. */
    static void unshuffle(byte[] src, int sp, byte[] dst, int dp, int n, int size) {
        int rowBytes = n >>> 3;
        for (int b = 0; b < size; b++) {
            int rowBase = sp + 8 * b * rowBytes;
            for (int g = 0; g < rowBytes; g++) {
                int r = rowBase + g;
                long x = (src[r] & 0xffL)
                        | (src[r + rowBytes] & 0xffL) << 8
                        | (src[r + 2 * rowBytes] & 0xffL) << 16
                        | (src[r + 3 * rowBytes] & 0xffL) << 24
                        | (src[r + 4 * rowBytes] & 0xffL) << 32
                        | (src[r + 5 * rowBytes] & 0xffL) << 40
                        | (src[r + 6 * rowBytes] & 0xffL) << 48
                        | (src[r + 7 * rowBytes] & 0xffL) << 56;
                x = transpose8x8(x);
                int e = dp + (g << 3) * size + b;
                for (int k = 0; k < 8; k++) {
                    dst[e + k * size] = (byte) (x >>> (k << 3));
                }
            }
        }
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
        for (int j = 0; j < size; j++) {
            int o = dp + j * n;
            for (int i = 0, s = sp + j; i < n; i++, s += size) {
                dst[o + i] = src[s];
            }
        }
        System.arraycopy(src, sp + n * size, dst, dp + n * size, len - n * size);
    }

    /** Reverses {@link #byteShuffle}. */
    static void byteUnshuffle(byte[] src, int sp, byte[] dst, int dp, int len, int size) {
        int n = len / size;
        for (int j = 0; j < size; j++) {
            int s = sp + j * n;
            for (int i = 0, o = dp + j; i < n; i++, o += size) {
                dst[o] = src[s + i];
            }
        }
        System.arraycopy(src, sp + n * size, dst, dp + n * size, len - n * size);
    }
}
