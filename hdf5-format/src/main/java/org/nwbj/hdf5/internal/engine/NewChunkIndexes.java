package org.nwbj.hdf5.internal.engine;

import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Layout;

/** The chunk indexes of HDF5 1.10: fixed array, extensible array, v2 B-tree. */
final class NewChunkIndexes {
    private NewChunkIndexes() {
    }

    static void list(FileContext f, Layout layout, long[] dims, long[] maxDims, int chunkBytes, boolean filtered,
            List<StoredChunk> out) {
        long[] chunk = layout.chunkDims();
        int rank = chunk.length;
        switch (layout.indexType()) {
            case Layout.INDEX_FIXED_ARRAY -> {
                long[] grid = DatasetReader.ChunkIndexes.grid(maxDims, dims, chunk);
                FixedArrayIndex.open(f, layout.address(), chunkBytes).forEach(e -> {
                    if (e.allocated()) {
                        out.add(new StoredChunk(DatasetReader.ChunkIndexes.origin(e.index(), grid, chunk), e.address(),
                                e.storedSize(), e.filterMask()));
                    }
                });
            }
            case Layout.INDEX_EXTENSIBLE_ARRAY -> {
                // the linear index runs over the chunk grid with the unlimited dimension moved first
                int unlimited = -1;
                for (int d = 0; d < rank; d++) {
                    if (maxDims[d] == Dataspace.UNLIMITED) {
                        unlimited = d;
                        break;
                    }
                }
                long[] grid = DatasetReader.ChunkIndexes.grid(maxDims, dims, chunk);
                int[] perm = new int[rank];
                int k = 0;
                if (unlimited >= 0) {
                    perm[k++] = unlimited;
                }
                for (int d = 0; d < rank; d++) {
                    if (d != unlimited) {
                        perm[k++] = d;
                    }
                }
                long[] swizzledGrid = new long[rank];
                for (int i = 0; i < rank; i++) {
                    swizzledGrid[i] = grid[perm[i]];
                }
                ExtensibleArrayIndex.open(f, layout.address(), chunkBytes).forEach(e -> {
                    if (!e.allocated()) {
                        return;
                    }
                    long rem = e.index();
                    long[] origin = new long[rank];
                    for (int i = rank - 1; i >= 0; i--) {
                        long g = i == 0 ? Long.MAX_VALUE : swizzledGrid[i];
                        origin[perm[i]] = (rem % g) * chunk[perm[i]];
                        rem /= g;
                    }
                    out.add(new StoredChunk(origin, e.address(), e.storedSize(), e.filterMask()));
                });
            }
            case Layout.INDEX_BTREE_V2 -> {
                BTreeV2 tree = BTreeV2.open(f, layout.address());
                int type = tree.recordType();
                int width = type == BTreeV2Records.CHUNK_FILTERED
                        ? BTreeV2Records.filteredChunkSizeLength(tree.recordSize(), rank, f.ctx()) : 0;
                tree.forEach(rec -> {
                    BTreeV2Records.Chunk c = type == BTreeV2Records.CHUNK_FILTERED
                            ? BTreeV2Records.filteredChunk(rec, rank, width, f.ctx())
                            : BTreeV2Records.chunk(rec, rank, f.ctx());
                    long[] origin = new long[rank];
                    for (int d = 0; d < rank; d++) {
                        origin[d] = c.scaledOffsets()[d] * chunk[d];
                    }
                    out.add(new StoredChunk(origin, c.address(), type == BTreeV2Records.CHUNK_FILTERED ? c.size()
                            : chunkBytes, c.filterMask()));
                });
            }
            default -> throw new Hdf5FormatException("LayoutMessage", -1, "chunk index type expected 1 to 5, found "
                    + layout.indexType());
        }
    }
}
