package org.nwbj.hdf5.internal.format;

import org.nwbj.hdf5.Hdf5Exception;

/**
 * Encodes the selection stored in a dataset region reference (the C library's serialized dataspace selection):
 * "all" (type 3) or a version 1 hyperslab (type 2) listing every block by its first and last coordinates, the form
 * HDF5 1.8 and later read.
 */
public final class RegionSelection {
    private static final long MAX_BLOCKS = 1 << 20;

    private RegionSelection() {
    }

    /** The whole dataspace. */
    public static byte[] all() {
        FormatWriter w = new FormatWriter(FormatContext.DEFAULT);
        w.u32(3).u32(1).u32(0).u32(0);
        return w.toByteArray();
    }

    /** A regular hyperslab (per dimension start, stride, count, block) as its list of blocks. */
    public static byte[] hyperslab(long[] start, long[] stride, long[] count, long[] block) {
        int rank = start.length;
        long blocks = 1;
        for (int d = 0; d < rank; d++) {
            blocks *= count[d];
            if (blocks > MAX_BLOCKS) {
                throw new Hdf5Exception("region selection of more than " + MAX_BLOCKS + " blocks");
            }
            if (start[d] + (count[d] - 1) * stride[d] + block[d] > 0xffffffffL) {
                throw new Hdf5Exception("region selection beyond the 32-bit coordinates of version 1 selections");
            }
        }
        FormatWriter w = new FormatWriter(FormatContext.DEFAULT);
        w.u32(2).u32(1).u32(0).u32(8 + blocks * rank * 8).u32(rank).u32(blocks);
        long[] cell = new long[rank];
        for (long b = 0; b < blocks; b++) {
            for (int d = 0; d < rank; d++) {
                w.u32(start[d] + cell[d] * stride[d]);
            }
            for (int d = 0; d < rank; d++) {
                w.u32(start[d] + cell[d] * stride[d] + block[d] - 1);
            }
            for (int d = rank - 1; d >= 0; d--) {
                if (++cell[d] < count[d]) {
                    break;
                }
                cell[d] = 0;
            }
        }
        return w.toByteArray();
    }
}
