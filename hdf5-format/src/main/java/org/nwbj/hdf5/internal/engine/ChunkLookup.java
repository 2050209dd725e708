package org.nwbj.hdf5.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All allocated chunks of a dataset, and the same by grid cell: a dense array over the chunk grid of the current
 * dimensions when it is not much larger than the chunk count, else a map by linear cell number. Built once per
 * dataset handle; looking a cell up allocates nothing.
 */
final class ChunkLookup {
    /** A dense array is used up to this many cells, or four times the chunk count when that is more. */
    private static final long DENSE_CELLS = 1 << 16;
    private static final long MAX_DENSE_CELLS = 1 << 24;

    final List<StoredChunk> all;
    private final long[] chunk;
    private final long[] grid;
    private final StoredChunk[] dense;
    private final Map<Long, StoredChunk> sparse;

    ChunkLookup(List<StoredChunk> all, long[] dims, long[] chunk) {
        this.all = all;
        this.chunk = chunk;
        this.grid = new long[chunk.length];
        long cells = 1;
        for (int d = 0; d < chunk.length; d++) {
            grid[d] = (dims[d] + chunk[d] - 1) / chunk[d];
            cells = grid[d] != 0 && cells > Long.MAX_VALUE / grid[d] ? Long.MAX_VALUE : cells * grid[d];
        }
        if (cells <= Math.min(MAX_DENSE_CELLS, Math.max(DENSE_CELLS, 4L * all.size()))) {
            dense = new StoredChunk[(int) cells];
            sparse = null;
        } else {
            dense = null;
            sparse = new HashMap<>();
        }
        for (StoredChunk c : all) {
            long cell = 0;
            for (int d = 0; d < chunk.length && cell >= 0; d++) {
                long g = c.origin()[d] / chunk[d];
                // chunks past the current dimensions (a shrunk dataset) lie under no selection
                cell = g < 0 || g >= grid[d] ? -1 : cell * grid[d] + g;
            }
            if (cell < 0) {
                continue;
            }
            if (dense != null) {
                dense[(int) cell] = c;
            } else {
                sparse.put(cell, c);
            }
        }
    }

    /** The chunk at grid cell {@code cell} (chunk coordinates), or null when none is allocated. */
    StoredChunk at(long[] cell) {
        long lin = 0;
        for (int d = 0; d < cell.length; d++) {
            if (cell[d] < 0 || cell[d] >= grid[d]) {
                return null;
            }
            lin = lin * grid[d] + cell[d];
        }
        return dense != null ? dense[(int) lin] : sparse.get(lin);
    }
}
