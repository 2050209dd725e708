package org.nwbj.hdf5.filters;

/**
 * Writes Zstandard frames (RFC 8878), single segment, no checksum: each 128 KiB block as an RLE block when it is one
 * byte value, else as a compressed block ({@link ZstdBlockEncoder}: LZ77 matches, predefined FSE sequence codes,
 * Huffman literals; lazy matching with repeat offsets) when that is smaller, else raw. One matcher whatever the
 * level; the level is recorded in the filter's client data only.
 */
final class ZstdEncoder {
    static final int MAGIC = 0xFD2FB528;
    private static final int MAX_BLOCK = 128 << 10;
    /** Shorter content is stored raw: a compressed block's headers would eat the gain. */
    private static final int MIN_COMPRESS = 32;

    private ZstdEncoder() {
    }

    /** The most {@link #compress} writes for {@code n} bytes. */
    static int maxCompressedLength(int n) {
        return n + (n / MAX_BLOCK + 1) * 3 + 16;
    }

    /** Writes one frame of {@code src[sp, sp + len)} into {@code dst} at {@code dp}; returns the bytes written. */
    static int compress(byte[] src, int sp, int len, byte[] dst, int dp, int level) {
        int start = dp;
        CodecFilter.writeIntLE(dst, dp, MAGIC);
        dp += 4;
        // single segment (no window descriptor), the content size in 1, 2 or 4 bytes, no checksum, no dictionary
        if (len < 256) {
            dst[dp++] = 0x20;
            dst[dp++] = (byte) len;
        } else if (len < 65536 + 256) {
            dst[dp++] = 0x60;
            int v = len - 256;
            dst[dp++] = (byte) v;
            dst[dp++] = (byte) (v >>> 8);
        } else {
            dst[dp++] = (byte) 0xA0;
            CodecFilter.writeIntLE(dst, dp, len);
            dp += 4;
        }
        int at = sp;
        int end = sp + len;
        ZstdBlockEncoder blocks = len >= MIN_COMPRESS ? new ZstdBlockEncoder(src, sp, len) : null;
        do {
            int n = Math.min(MAX_BLOCK, end - at);
            boolean last = at + n == end;
            boolean run = n > 0;
            for (int i = at + 1; i < at + n && run; i++) {
                run = src[i] == src[at];
            }
            int header = (last ? 1 : 0) | (run ? 1 : 0) << 1 | n << 3;
            int c = run || blocks == null ? -1 : blocks.compress(at, at + n, dst, dp + 3, n);
            if (c > 0) {
                header = (last ? 1 : 0) | 2 << 1 | c << 3;
            }
            dst[dp++] = (byte) header;
            dst[dp++] = (byte) (header >>> 8);
            dst[dp++] = (byte) (header >>> 16);
            if (c > 0) {
                dp += c;
            } else if (run) {
                dst[dp++] = src[at];
            } else {
                System.arraycopy(src, at, dst, dp, n);
                dp += n;
            }
            at += n;
        } while (at < end);
        return dp - start;
    }
}
