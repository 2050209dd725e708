package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * A version 2 B-tree chunk index (record types 10 and 11), used for datasets with more than one unlimited
 * dimension. Records are keyed by the chunk's scaled offsets, compared dimension 0 first, so a chunk can be found
 * without visiting the others. Unlike the array indexes, only allocated chunks have records.
 */
public final class BTreeV2ChunkIndex {
    private final BTreeV2 tree;
    private final int rank;
    private final long chunkBytes;
    private final int chunkSizeLength;
    private final FormatContext ctx;

    private BTreeV2ChunkIndex(BTreeV2 tree, int rank, long chunkBytes, FormatContext ctx) {
        this.tree = tree;
        this.rank = rank;
        this.chunkBytes = chunkBytes;
        this.ctx = ctx;
        int type = tree.recordType();
        int recordSize = tree.recordSize();
        BTreeV2Header h = tree.header();
        if (type == BTreeV2Records.CHUNK) {
            if (recordSize != ctx.offsetSize() + 8 * rank) {
                throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, h.address(),
                        "record size " + recordSize + " does not fit non-filtered chunks of rank " + rank);
            }
            chunkSizeLength = 0;
        } else if (type == BTreeV2Records.CHUNK_FILTERED) {
            chunkSizeLength = BTreeV2Records.filteredChunkSizeLength(recordSize, rank, ctx);
            if (chunkSizeLength < 1 || chunkSizeLength > 8) {
                throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, h.address(),
                        "record size " + recordSize + " does not fit filtered chunks of rank " + rank);
            }
        } else {
            throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, h.address(), "record type", "10 or 11", type);
        }
    }

    /**
     * @param rank       the dataset's rank (the layout message's dimensionality minus one)
     * @param chunkBytes the unfiltered byte size of one chunk, reported as the stored size of non-filtered chunks
     */
    public static BTreeV2ChunkIndex open(BlockReader r, long headerAddress, int rank, long chunkBytes) {
        return new BTreeV2ChunkIndex(BTreeV2.open(r, headerAddress), rank, chunkBytes, r.ctx());
    }

    public BTreeV2 tree() {
        return tree;
    }

    public boolean filtered() {
        return chunkSizeLength > 0;
    }

    /** Number of allocated chunks. */
    public long size() {
        return tree.recordCount();
    }

    /** Visits every allocated chunk in key order; {@code size()} of non-filtered chunks is the chunk byte size. */
    public void forEach(Consumer<BTreeV2Records.Chunk> visitor) {
        tree.forEach(rec -> visitor.accept(decode(rec)));
    }

    /** Every allocated chunk in key order, up to {@link ChunkEntry#MAX_LISTED}. */
    public List<BTreeV2Records.Chunk> chunks() {
        if (size() > ChunkEntry.MAX_LISTED) {
            throw new org.nwbj.hdf5.Hdf5UnsupportedException("listing a v2 B-tree chunk index of " + size()
                    + " chunks at once (iterate with forEach instead)");
        }
        List<BTreeV2Records.Chunk> out = new ArrayList<>((int) size());
        forEach(out::add);
        return out;
    }

    /** The chunk at the given scaled offsets (chunk coordinates), or null when it is not allocated. */
    public BTreeV2Records.Chunk get(long[] scaledOffsets) {
        if (scaledOffsets.length != rank) {
            throw new IllegalArgumentException("expected " + rank + " scaled offsets, got " + scaledOffsets.length);
        }
        ByteBuffer found = tree.find(rec -> {
            // scaled offsets follow the address (and, when filtered, the size and filter mask)
            int at = ctx.offsetSize() + (chunkSizeLength > 0 ? chunkSizeLength + 4 : 0);
            for (int d = 0; d < rank; d++) {
                int c = Long.compareUnsigned(scaledOffsets[d], rec.getLong(at + 8 * d));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return found == null ? null : decode(found);
    }

    private BTreeV2Records.Chunk decode(ByteBuffer rec) {
        if (chunkSizeLength > 0) {
            return BTreeV2Records.filteredChunk(rec, rank, chunkSizeLength, ctx);
        }
        BTreeV2Records.Chunk c = BTreeV2Records.chunk(rec, rank, ctx);
        return new BTreeV2Records.Chunk(c.address(), chunkBytes, 0, c.scaledOffsets());
    }
}
