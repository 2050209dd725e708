package org.nwbj.hdf5.filters;

/**
 * XXH64 (xxHash's 64-bit hash, as specified in its {@code doc/xxhash_spec.md}): a zstd frame's optional content
 * checksum is the low 32 bits of XXH64 of the decoded content with seed 0.
 */
final class Xxh64 {
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private Xxh64() {
    }

    /** XXH64 of {@code b[from, from + len)} with {@code seed}. */
    static long hash(byte[] b, int from, int len, long seed) {
        int p = from;
        int end = from + len;
        long h;
        if (len >= 32) {
            long v1 = seed + P1 + P2;
            long v2 = seed + P2;
            long v3 = seed;
            long v4 = seed - P1;
            int limit = end - 32;
            do {
                v1 = round(v1, readLong(b, p));
                v2 = round(v2, readLong(b, p + 8));
                v3 = round(v3, readLong(b, p + 16));
                v4 = round(v4, readLong(b, p + 24));
                p += 32;
            } while (p <= limit);
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(h, v1);
            h = merge(h, v2);
            h = merge(h, v3);
            h = merge(h, v4);
        } else {
            h = seed + P5;
        }
        h += len;
        for (; p + 8 <= end; p += 8) {
            h ^= round(0, readLong(b, p));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (p + 4 <= end) {
            h ^= (CodecFilter.readIntLE(b, p) & 0xffffffffL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            p += 4;
        }
        for (; p < end; p++) {
            h ^= (b[p] & 0xffL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }

    private static long round(long acc, long lane) {
        acc += lane * P2;
        return Long.rotateLeft(acc, 31) * P1;
    }

    private static long merge(long h, long v) {
        h ^= round(0, v);
        return h * P1 + P4;
    }

    private static long readLong(byte[] b, int p) {
        return (CodecFilter.readIntLE(b, p) & 0xffffffffL) | (long) CodecFilter.readIntLE(b, p + 4) << 32;
    }
}
