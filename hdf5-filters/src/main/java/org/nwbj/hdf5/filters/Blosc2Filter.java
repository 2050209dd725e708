package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 32026, blosc2 ({@code hdf5-blosc2}). Writes one blosc2 chunk per HDF5 chunk (format 5, the 32-byte
 * header, blosclz, lz4, zlib or zstd, shuffle or bitshuffle; client data as for blosc: {@code [revision, version,
 * type size, chunk bytes, level, shuffle, compressor]}). Reads a chunk stored as one blosc2 chunk (blosclz, lz4,
 * lz4hc, zlib, zstd; split or whole streams, zero and byte-run streams; shuffle, bitshuffle and trunc_prec filters;
 * zero, NaN and repeated-value chunks). Chunks stored
 * as blosc2 frames (the {@code b2nd} containers newer plug-ins write for chunks of rank above 1) and the delta
 * filter are refused with an {@link Hdf5UnsupportedException}.
 */
public final class Blosc2Filter extends CodecFilter {
    /** The HDF5 filter id of blosc2. */
    public static final int ID = 32026;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "blosc2";
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        // a contiguous frame starts with a msgpack array marker and the magic "b2frame"
        if (in.length >= 10 && (in[0] & 0xf0) == 0x90 && in[2] == 'b' && in[3] == '2' && in[4] == 'f') {
            throw new Hdf5UnsupportedException(structure() + ": a blosc2 frame (b2nd/super-chunk) in a chunk");
        }
        return BloscFrame.decode(in, p, structure()); // a blosc1 frame (format 2) is a valid blosc2 chunk too
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int typesize = p.clientData(2, p.elementSize());
        int level = p.clientData(4, 5);
        int shuffle = p.clientData(5, 1);
        int format = BloscFilter.format(p.clientData(6, 0));
        if (level < 0 || level > 9) {
            level = 5;
        }
        return BloscFrame.encode(raw, typesize, level, shuffle, format,
                BloscFilter.blockSize(raw.length, typesize, level, format), true);
    }
}
