package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Selection;

/**
 * Copies the part of a selection that falls inside one source block (a chunk, or the whole contiguous dataset)
 * into the selection's output array, as bulk copies of runs along the last dimension.
 */
public final class SelectionCopier {
    /** Per dimension: runs of selected indices as {start (dataset coordinate), length, output start}. */
    private final List<long[]>[] runs;
    private final long[] outDims;
    private final int elemSize;

    @SuppressWarnings("unchecked")
    public SelectionCopier(Selection sel, int elemSize) {
        int rank = sel.rank();
        this.runs = new List[rank];
        this.outDims = sel.shape();
        this.elemSize = elemSize;
        for (int d = 0; d < rank; d++) {
            List<long[]> r = new ArrayList<>();
            long s = sel.start()[d];
            long st = sel.stride()[d];
            long b = sel.block()[d];
            long n = sel.count()[d];
            if (st == b || n == 1) {
                if (n * b > 0) {
                    r.add(new long[] {s, n * b, 0});
                }
            } else {
                for (long i = 0; i < n; i++) {
                    r.add(new long[] {s + i * st, b, i * b});
                }
            }
            runs[d] = r;
        }
    }

    /** The bounding box of the selection per dimension: {first, end (exclusive)}; null when empty. */
    public long[][] bounds() {
        long[][] out = new long[runs.length][];
        for (int d = 0; d < runs.length; d++) {
            List<long[]> r = runs[d];
            if (r.isEmpty()) {
                return null;
            }
            long[] last = r.get(r.size() - 1);
            out[d] = new long[] {r.get(0)[0], last[0] + last[1]};
        }
        return out;
    }

    /**
     * Copies from {@code src}, a block of dimensions {@code srcDims} whose first element is at dataset coordinates
     * {@code origin}, into {@code out}.
     */
    void copy(byte[] src, long[] origin, long[] srcDims, byte[] out) {
        transfer(src, origin, srcDims, out, false);
    }

    /** The reverse of {@link #copy}: puts the selection's elements held in {@code selected} into the block. */
    public void copyInto(byte[] selected, long[] origin, long[] blockDims, byte[] block) {
        transfer(block, origin, blockDims, selected, true);
    }

    private void transfer(byte[] src, long[] origin, long[] srcDims, byte[] out, boolean reverse) {
        int rank = runs.length;
        if (rank == 0) {
            if (reverse) {
                System.arraycopy(out, 0, src, 0, elemSize);
            } else {
                System.arraycopy(src, 0, out, 0, elemSize);
            }
            return;
        }
        // clip the runs of each dimension to the block
        long[][][] clipped = new long[rank][][];
        for (int d = 0; d < rank; d++) {
            long lo = origin[d];
            long hi = origin[d] + srcDims[d];
            List<long[]> c = new ArrayList<>();
            for (long[] run : runs[d]) {
                long a = Math.max(run[0], lo);
                long b = Math.min(run[0] + run[1], hi);
                if (a < b) {
                    c.add(new long[] {a - lo, b - a, run[2] + (a - run[0])});
                }
            }
            if (c.isEmpty()) {
                return;
            }
            clipped[d] = c.toArray(new long[0][]);
        }
        long[] srcStride = new long[rank];
        long[] outStride = new long[rank];
        srcStride[rank - 1] = elemSize;
        outStride[rank - 1] = elemSize;
        for (int d = rank - 2; d >= 0; d--) {
            srcStride[d] = srcStride[d + 1] * srcDims[d + 1];
            outStride[d] = outStride[d + 1] * outDims[d + 1];
        }
        copyDim(0, clipped, src, srcStride, 0, out, outStride, 0, reverse);
    }

    private void copyDim(int d, long[][][] clipped, byte[] src, long[] srcStride, long srcOff, byte[] out,
            long[] outStride, long outOff, boolean reverse) {
        if (d == clipped.length - 1) {
            for (long[] run : clipped[d]) {
                int a = (int) (srcOff + run[0] * elemSize);
                int b = (int) (outOff + run[2] * elemSize);
                int n = (int) (run[1] * elemSize);
                if (reverse) {
                    System.arraycopy(out, b, src, a, n);
                } else {
                    System.arraycopy(src, a, out, b, n);
                }
            }
            return;
        }
        for (long[] run : clipped[d]) {
            for (long i = 0; i < run[1]; i++) {
                copyDim(d + 1, clipped, src, srcStride, srcOff + (run[0] + i) * srcStride[d], out, outStride,
                        outOff + (run[2] + i) * outStride[d], reverse);
            }
        }
    }
}
