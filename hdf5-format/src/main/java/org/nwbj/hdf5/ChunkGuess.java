package org.nwbj.hdf5;

/**
 * Chooses chunk dimensions when a chunked dataset gets none, in the spirit of h5py's heuristic: start from the
 * dataset's shape (1024 for growable dimensions of size 0), then halve dimensions in turn until a chunk is near a
 * target size that grows with the dataset (8 KiB to 1 MiB).
 */
final class ChunkGuess {
    private static final double MIN = 8 * 1024;
    private static final double MAX = 1024 * 1024;
    private static final double BASE = 16 * 1024;

    private ChunkGuess() {
    }

    static long[] guess(long[] dims, long[] maxDims, int typeSize) {
        int rank = dims.length;
        double[] c = new double[rank];
        for (int d = 0; d < rank; d++) {
            long v = dims[d] > 0 ? dims[d] : 1024;
            c[d] = Math.max(1, v);
        }
        double total = typeSize;
        for (double v : c) {
            total *= v;
        }
        double datasetBytes = total;
        double pct = Math.pow(2, Math.log10(Math.max(1, datasetBytes / (1024.0 * 1024))));
        double target = Math.min(MAX, Math.max(MIN, BASE * pct));
        int idx = 0;
        for (int guard = 0; guard < 10_000; guard++) {
            double bytes = typeSize;
            boolean allOne = true;
            for (double v : c) {
                bytes *= v;
                allOne &= v <= 1;
            }
            if ((bytes < target || Math.abs(bytes - target) / target < 0.5) && bytes < MAX || allOne) {
                break;
            }
            c[idx % rank] = Math.ceil(c[idx % rank] / 2.0);
            idx++;
        }
        long[] out = new long[rank];
        for (int d = 0; d < rank; d++) {
            out[d] = (long) c[d];
        }
        return out;
    }
}
