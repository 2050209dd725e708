package org.nwbj.hdf5.internal.engine;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/**
 * A chunk index that is an array of entries by linear chunk index (fixed array, extensible array). Entries are
 * visited as primitives or listed into a {@link ChunkTable} of rank 1 whose one coordinate is the linear index
 * (the dataset layer maps it to chunk coordinates); a point lookup is a {@link StoredChunk} in the same terms.
 */
public interface ArrayChunkIndex {
    /** One entry; {@code address} is -1 (and the size 0) for a chunk not allocated. */
    @FunctionalInterface
    interface Visitor {
        void chunk(long index, long address, long storedSize, int filterMask);
    }

    /** Number of entries. */
    long size();

    /** Visits every entry in index order. */
    void forEach(Visitor visitor);

    /** The entry at {@code index} (origin {index}), reading only the blocks on the way to it. */
    StoredChunk get(long index);

    /**
     * Every entry in index order, unallocated ones with address -1. Refuses indexes of more than
     * {@link ChunkTable#MAX_CHUNKS} entries (use {@link #forEach} or {@link #get}).
     */
    default ChunkTable entries() {
        long n = size();
        if (n > ChunkTable.MAX_CHUNKS) {
            throw new Hdf5UnsupportedException("listing a chunk index of " + n
                    + " entries at once (iterate with forEach instead)");
        }
        ChunkTable out = new ChunkTable(1, (int) n);
        long[] at = new long[1];
        forEach((index, address, size, mask) -> {
            at[0] = index;
            out.add(address, size, mask, at);
        });
        return out;
    }
}
