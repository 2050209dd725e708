package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV1Node;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.Layout;

/** Chunk indexes: every allocated chunk of a dataset with its coordinates, from any of the five index types. */
final class ChunkListing {
    private static final int MAX_BTREE_DEPTH = 64;

    private ChunkListing() {
    }

    static ChunkTable list(FileContext f, ObjectHeader h, Layout layout, long[] dims, long[] maxDims,
            int chunkBytes, boolean filtered) {
        long[] chunk = layout.chunkDims();
        ChunkTable out = new ChunkTable(chunk.length, 16);
        if (layout.address() == -1) {
            return out;
        }
        switch (layout.indexType()) {
            case Layout.INDEX_BTREE_V1 -> btreeV1(f, layout.address(), chunk.length, out, new HashSet<>(), 0);
            case Layout.INDEX_SINGLE -> out.add(layout.address(),
                    filtered && (layout.flags() & 2) != 0 ? layout.singleFilteredSize() : chunkBytes,
                    layout.singleFilterMask(), new long[chunk.length]);
            case Layout.INDEX_IMPLICIT -> {
                long n = 1;
                long[] grid = grid(maxDims, dims, chunk);
                for (long g : grid) {
                    n *= g;
                }
                for (long i = 0; i < n; i++) {
                    setOrigin(out, out.append(layout.address() + i * chunkBytes, chunkBytes, 0), i, grid, chunk);
                }
            }
            default -> NewChunkIndexes.list(f, layout, dims, maxDims, chunkBytes, out);
        }
        return out;
    }

    /** Number of chunks per dimension over the maximum dimensions (current ones where unlimited). */
    static long[] grid(long[] maxDims, long[] dims, long[] chunk) {
        long[] g = new long[chunk.length];
        for (int d = 0; d < chunk.length; d++) {
            long m = maxDims[d] == Dataspace.UNLIMITED ? dims[d] : maxDims[d];
            g[d] = (m + chunk[d] - 1) / chunk[d];
        }
        return g;
    }

    /** Sets the coordinates of chunk {@code i} of {@code t} from its linear index over {@code grid}. */
    static void setOrigin(ChunkTable t, int i, long linear, long[] grid, long[] chunk) {
        for (int d = grid.length - 1; d >= 0; d--) {
            t.setOrigin(i, d, (linear % grid[d]) * chunk[d]);
            linear /= grid[d];
        }
    }

    private static void btreeV1(FileContext f, long address, int rank, ChunkTable out, Set<Long> seen,
            int depth) {
        if (depth > MAX_BTREE_DEPTH || !seen.add(address)) {
            throw new Hdf5FormatException("ChunkBTree", address, "node visited twice or tree deeper than "
                    + MAX_BTREE_DEPTH);
        }
        // the node size depends on K, which only the superblock (v1) or default 32 gives; read what is there
        long size = BTreeV1Node.size(f.ctx(), 1, Math.max(f.superblock().chunkBTreeK(), 32), rank);
        ByteBuffer buf = f.readUpTo(address, (int) Math.min(size * 2, f.maxMetadataBlock()));
        BTreeV1Node node = BTreeV1Node.decode(new FormatReader(buf, address, "ChunkBTreeNode", f.ctx()), 1, rank);
        for (int i = 0; i < node.children().length; i++) {
            if (node.level() > 0) {
                btreeV1(f, node.children()[i], rank, out, seen, depth + 1);
            } else {
                long[] key = node.chunkKeys().get(i);
                int at = out.append(node.children()[i], key[0], (int) key[1]);
                for (int d = 0; d < rank; d++) {
                    out.setOrigin(at, d, key[2 + d]);
                }
            }
        }
    }
}
