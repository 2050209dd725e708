package org.nwbj.hdf5.internal.engine;

/**
 * Copies a whole chunk that lies inside a solid box selection into the selection's bytes, one row (last
 * dimension) at a time, with no allocation: the common case of a read of many small chunks.
 */
final class ChunkBoxCopy {
    private ChunkBoxCopy() {
    }

    /**
     * @param src    the chunk's bytes start at {@code srcOff}
     * @param c      the chunk's position in {@code t}; it lies inside {@code box}
     * @param box    the selection's {first, end} per dimension; the output holds exactly this box in C order
     */
    static void copy(byte[] src, int srcOff, ChunkTable t, int c, long[] chunk, long[][] box, byte[] out, int elem) {
        int rank = chunk.length;
        if (rank == 0) {
            System.arraycopy(src, srcOff, out, 0, elem);
            return;
        }
        int rowBytes = (int) (chunk[rank - 1] * elem);
        long rows = 1;
        for (int d = 0; d < rank - 1; d++) {
            rows *= chunk[d];
        }
        // output strides in bytes
        long[] stride = new long[rank];
        stride[rank - 1] = elem;
        for (int d = rank - 2; d >= 0; d--) {
            stride[d] = stride[d + 1] * (box[d + 1][1] - box[d + 1][0]);
        }
        long base = 0;
        for (int d = 0; d < rank; d++) {
            base += (t.origin(c, d) - box[d][0]) * stride[d];
        }
        if (rank == 2) {
            long at = base;
            for (int r = 0; r < rows; r++, at += stride[0]) {
                System.arraycopy(src, srcOff + r * rowBytes, out, (int) at, rowBytes);
            }
            return;
        }
        for (long r = 0; r < rows; r++) {
            long rem = r;
            long at = base;
            for (int d = rank - 2; d >= 0; d--) {
                at += (rem % chunk[d]) * stride[d];
                rem /= chunk[d];
            }
            System.arraycopy(src, (int) (srcOff + r * rowBytes), out, (int) at, rowBytes);
        }
    }
}
