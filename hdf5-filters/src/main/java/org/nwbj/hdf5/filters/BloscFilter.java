package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 32001, blosc ({@code hdf5-blosc}'s {@code blosc_filter.c}): each chunk is one blosc1 frame. Client
 * data: {@code [filter revision, blosc version, type size, chunk bytes, level 0-9, shuffle (0 none, 1 byte,
 * 2 bit), compressor (0 blosclz, 1 lz4, 2 lz4hc, 3 snappy, 4 zlib, 5 zstd)]}; reading needs none of it (the frame
 * header says everything). Writes blosclz, lz4, lz4hc (as lz4 streams), zlib and zstd.
 */
public final class BloscFilter extends CodecFilter {
    /** The HDF5 filter id of blosc. */
    public static final int ID = 32001;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "blosc";
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        return BloscFrame.decode(in, p, structure());
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int typesize = p.clientData(2, p.elementSize());
        int level = p.clientData(4, 5);
        int shuffle = p.clientData(5, 1);
        int compressor = p.clientData(6, 0);
        int format = format(compressor);
        if (level < 0 || level > 9) {
            level = 5;
        }
        // lz4 (not lz4hc, written as lz4 streams too) with the acceleration c-blosc gives it: 10 - level
        int acceleration = compressor == 1 ? 10 - level : 1;
        return BloscFrame.encode(raw, typesize, level, shuffle, format, blockSize(raw.length, typesize, level, format),
                false, acceleration);
    }

    /** The frame's codec format of a compressor code of the client data (blosc and blosc2 number them alike). */
    static int format(int compressor) {
        return switch (compressor) {
            case 0 -> BloscFrame.FORMAT_BLOSCLZ;
            case 1, 2 -> BloscFrame.FORMAT_LZ4;
            case 4 -> BloscFrame.FORMAT_ZLIB;
            case 5 -> BloscFrame.FORMAT_ZSTD;
            default -> throw new IllegalArgumentException("blosc compressor " + compressor
                    + " cannot be written (0 blosclz, 1 lz4, 2 lz4hc, 4 zlib, 5 zstd)");
        };
    }

    /** About what c-blosc chooses: bigger blocks for higher levels and for the slow, strong codecs. */
    static int blockSize(int nbytes, int typesize, int level, int format) {
        int block = level <= 3 ? 32 << 10 : level <= 6 ? 64 << 10 : 256 << 10;
        if (format == BloscFrame.FORMAT_ZLIB || format == BloscFrame.FORMAT_ZSTD) {
            block *= 2;
        }
        return Math.max(1, Math.min(block, nbytes));
    }
}
