package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Layout;

/** The chunk indexes of HDF5 1.10 (fixed array, extensible array, v2 B-tree), listed into a {@link ChunkTable}. */
final class NewChunkIndexes {
    private NewChunkIndexes() {
    }

    static void list(FileContext f, Layout layout, long[] dims, long[] maxDims, int chunkBytes, ChunkTable out) {
        long[] chunk = layout.chunkDims();
        int rank = chunk.length;
        switch (layout.indexType()) {
            case Layout.INDEX_FIXED_ARRAY -> {
                long[] grid = ChunkListing.grid(maxDims, dims, chunk);
                FixedArrayIndex.open(f, layout.address(), chunkBytes).forEach((index, address, size, mask) -> {
                    if (address != -1) {
                        ChunkListing.setOrigin(out, out.append(address, size, mask), index, grid, chunk);
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
                long[] grid = ChunkListing.grid(maxDims, dims, chunk);
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
                ExtensibleArrayIndex.open(f, layout.address(), chunkBytes).forEach((index, address, size, mask) -> {
                    if (address == -1) {
                        return;
                    }
                    int at = out.append(address, size, mask);
                    long rem = index;
                    for (int i = rank - 1; i >= 0; i--) {
                        long g = i == 0 ? Long.MAX_VALUE : swizzledGrid[i];
                        out.setOrigin(at, perm[i], (rem % g) * chunk[perm[i]]);
                        rem /= g;
                    }
                });
            }
            case Layout.INDEX_BTREE_V2 -> btreeV2(f, layout.address(), chunk, chunkBytes, out);
            default -> throw new Hdf5FormatException("LayoutMessage", -1, "chunk index type expected 1 to 5, found "
                    + layout.indexType());
        }
    }

    /**
     * Every chunk of a version 2 B-tree chunk index (record types 10 and 11: address, [size, filter mask,] scaled
     * offsets) read straight from the nodes' bytes into {@code out}, in key order; non-filtered chunks get
     * {@code chunkBytes} as their stored size.
     */
    static void btreeV2(BlockReader r, long headerAddress, long[] chunk, long chunkBytes, ChunkTable out) {
        BTreeV2 tree = BTreeV2.open(r, headerAddress);
        int rank = chunk.length;
        int type = tree.recordType();
        int recordSize = tree.recordSize();
        int offsetSize = r.ctx().offsetSize();
        int sizeWidth;
        if (type == BTreeV2Records.CHUNK) {
            sizeWidth = 0;
            if (recordSize != offsetSize + 8 * rank) {
                throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, headerAddress,
                        "record size " + recordSize + " does not fit non-filtered chunks of rank " + rank);
            }
        } else if (type == BTreeV2Records.CHUNK_FILTERED) {
            sizeWidth = BTreeV2Records.filteredChunkSizeLength(recordSize, rank, r.ctx());
            if (sizeWidth < 1 || sizeWidth > 8) {
                throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, headerAddress,
                        "record size " + recordSize + " does not fit filtered chunks of rank " + rank);
            }
        } else {
            throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, headerAddress, "record type", "10 or 11", type);
        }
        int scaledAt = offsetSize + (sizeWidth > 0 ? sizeWidth + 4 : 0);
        long undefined = offsetSize == 8 ? -1L : (1L << (8 * offsetSize)) - 1;
        tree.forEachShared(rec -> {
            long address = uint(rec, 0, offsetSize);
            int i = out.append(address == undefined ? -1 : address,
                    sizeWidth > 0 ? uint(rec, offsetSize, sizeWidth) : chunkBytes,
                    sizeWidth > 0 ? rec.getInt(offsetSize + sizeWidth) : 0);
            for (int d = 0; d < rank; d++) {
                out.setOrigin(i, d, rec.getLong(scaledAt + 8 * d) * chunk[d]);
            }
        });
    }

    /** The little-endian unsigned number of {@code width} (1-8) bytes at {@code at}. */
    private static long uint(ByteBuffer b, int at, int width) {
        if (width == 8) {
            return b.getLong(at);
        }
        if (width == 4) {
            return b.getInt(at) & 0xFFFFFFFFL;
        }
        long v = 0;
        for (int k = width - 1; k >= 0; k--) {
            v = (v << 8) | (b.get(at + k) & 0xFF);
        }
        return v;
    }
}
