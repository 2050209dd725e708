package org.nwbj.hdf5.filters;

import java.util.Arrays;

import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 32015, Zstandard ({@code H5Zzstd.c}): each chunk is a zstd frame. Client data: {@code [level]},
 * used only on write. The decoded size comes from the frame header, or is the chunk's size when the frame omits
 * it. Writes raw and RLE blocks only (see {@link ZstdEncoder}).
 */
public final class ZstdFilter extends CodecFilter {
    /** The HDF5 filter id of zstd. */
    public static final int ID = 32015;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        long declared = ZstdDecoder.contentSize(in, 0, in.length, structure());
        if (declared < 0) {
            if (p.chunkBytes() <= 0) {
                throw corrupt("zstd frame without a content size, and the chunk size is unknown");
            }
            declared = p.chunkBytes();
        }
        int size = checkedSize(declared, in.length, p);
        byte[] out = new byte[size];
        ZstdDecoder.decompressFrame(in, 0, in.length, out, 0, size, structure());
        return out;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        byte[] out = new byte[ZstdEncoder.maxCompressedLength(raw.length)];
        int n = ZstdEncoder.compress(raw, 0, raw.length, out, 0, p.clientData(0, 3));
        return Arrays.copyOf(out, n);
    }
}
