package org.nwbj.hdf5.internal.engine;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.FormatContext;

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

    /**
     * Visits entry {@code index} of an index whose elements are {@code e} ({@code null} or an undefined address:
     * not allocated); entries of non-filtered indexes ({@code clientId} {@link ChunkIndexElement#CLIENT_CHUNKS})
     * report {@code chunkBytes} as their stored size.
     */
    static void visit(Visitor v, long index, ChunkIndexElement e, int clientId, long chunkBytes) {
        if (e == null || e.address() == FormatContext.UNDEFINED) {
            v.chunk(index, -1, 0, 0);
        } else {
            v.chunk(index, e.address(), clientId == ChunkIndexElement.CLIENT_CHUNKS ? chunkBytes : e.size(),
                    e.filterMask());
        }
    }

    /** Entry {@code index} as a record (see {@link #visit}). */
    static StoredChunk chunk(long index, ChunkIndexElement e, int clientId, long chunkBytes) {
        StoredChunk[] out = new StoredChunk[1];
        visit((i, address, size, mask) -> out[0] = new StoredChunk(new long[] {i}, address, size, mask), index, e,
                clientId, chunkBytes);
        return out[0];
    }
}
