package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/** A chunk index that is an array of entries by linear chunk index (fixed array, extensible array). */
public interface ArrayChunkIndex {
    /** Number of entries. */
    long size();

    /** Visits every entry in index order. */
    void forEach(Consumer<ChunkEntry> visitor);

    /** The entry at {@code index}, reading only the blocks on the way to it. */
    ChunkEntry get(long index);

    /**
     * Every entry in index order; unallocated chunks have address -1. Refuses indexes of more than
     * {@link ChunkEntry#MAX_LISTED} entries (use {@link #forEach} or {@link #get}).
     */
    default List<ChunkEntry> entries() {
        long n = size();
        if (n > ChunkEntry.MAX_LISTED) {
            throw new Hdf5UnsupportedException("listing a chunk index of " + n
                    + " entries at once (iterate with forEach instead)");
        }
        List<ChunkEntry> out = new ArrayList<>((int) n);
        forEach(out::add);
        return out;
    }
}
