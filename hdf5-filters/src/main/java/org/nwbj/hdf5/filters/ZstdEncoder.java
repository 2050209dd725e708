package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/** Zstandard frames (RFC 8878). */
final class ZstdEncoder {
    private ZstdEncoder() {
    }

    static int maxCompressedLength(int n) {
        return n + n / 128 * 3 + 32;
    }

    static int compress(byte[] src, int sp, int len, byte[] dst, int dp, int level) {
        throw new Hdf5UnsupportedException("zstd");
    }
}
