package org.nwbj.hdf5.internal.engine;

import java.util.List;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.Layout;

/** The chunk indexes of HDF5 1.10: fixed array, extensible array, v2 B-tree. */
final class NewChunkIndexes {
    private NewChunkIndexes() {
    }

    static void list(FileContext f, Layout layout, long[] dims, long[] maxDims, int chunkBytes, boolean filtered,
            List<StoredChunk> out) {
        throw new Hdf5UnsupportedException("chunk index type " + layout.indexType());
    }
}
