package org.nwbj.hdf5.internal.engine;

import java.util.Arrays;

/**
 * The chunks of a {@link ChunkTable} by grid cell: a dense array of table positions over the chunk grid of the
 * current dimensions when it is not much larger than the chunk count, else an open-addressing hash from linear
 * cell number to position. Built once per dataset handle; looking a cell up allocates nothing.
 */
final class ChunkLookup {
    /** A dense array is used up to this many cells, or four times the chunk count when that is more. */
    private static final long DENSE_CELLS = 1 << 16;
    private static final long MAX_DENSE_CELLS = 1 << 24;

    final ChunkTable table;
    private final long[] grid;
    /** Dense: position by linear cell, -1 for none. */
    private final int[] dense;
    /** Sparse: keys (linear cell + 1, 0 = empty slot) and positions, a power-of-two table at most half full. */
    private final long[] keys;
    private final int[] values;

    ChunkLookup(ChunkTable table, long[] dims, long[] chunk) {
        this.table = table;
        this.grid = new long[chunk.length];
        long cells = 1;
        for (int d = 0; d < chunk.length; d++) {
            grid[d] = (dims[d] + chunk[d] - 1) / chunk[d];
            cells = grid[d] != 0 && cells > Long.MAX_VALUE / grid[d] ? Long.MAX_VALUE : cells * grid[d];
        }
        int n = table.size();
        if (cells <= Math.min(MAX_DENSE_CELLS, Math.max(DENSE_CELLS, 4L * n))) {
            dense = new int[(int) cells];
            Arrays.fill(dense, -1);
            keys = null;
            values = null;
        } else {
            dense = null;
            int cap = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
            keys = new long[cap];
            values = new int[cap];
        }
        for (int i = 0; i < n; i++) {
            long cell = 0;
            for (int d = 0; d < chunk.length && cell >= 0; d++) {
                long g = table.origin(i, d) / chunk[d];
                // chunks past the current dimensions (a shrunk dataset) lie under no selection
                cell = g < 0 || g >= grid[d] ? -1 : cell * grid[d] + g;
            }
            if (cell < 0) {
                continue;
            }
            if (dense != null) {
                dense[(int) cell] = i;
            } else {
                int s = slot(cell);
                keys[s] = cell + 1;
                values[s] = i;
            }
        }
    }

    /** The slot holding {@code cell}, or the empty slot where it would go. */
    private int slot(long cell) {
        int mask = keys.length - 1;
        long h = (cell + 1) * 0x9E3779B97F4A7C15L;
        int s = (int) (h ^ (h >>> 32)) & mask;
        while (keys[s] != 0 && keys[s] != cell + 1) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The table position of the chunk at grid cell {@code cell} (chunk coordinates), or -1 when none is allocated. */
    int at(long[] cell) {
        long lin = 0;
        for (int d = 0; d < cell.length; d++) {
            if (cell[d] < 0 || cell[d] >= grid[d]) {
                return -1;
            }
            lin = lin * grid[d] + cell[d];
        }
        if (dense != null) {
            return dense[(int) lin];
        }
        int s = slot(lin);
        return keys[s] == 0 ? -1 : values[s];
    }
}
