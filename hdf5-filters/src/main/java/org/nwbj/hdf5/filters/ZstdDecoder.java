package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/** Zstandard frames (RFC 8878). */
final class ZstdDecoder {
    private ZstdDecoder() {
    }

    static void decompressFrame(byte[] src, int sp, int sEnd, byte[] dst, int dp, int dEnd, String structure) {
        throw new Hdf5UnsupportedException(structure + ": zstd");
    }
}
