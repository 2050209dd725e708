package org.nwbj.hdf5.internal.engine;

/**
 * One entry of a chunk index, in the index's linear order.
 *
 * @param index      the linear chunk index (the dataset layer maps it to chunk coordinates)
 * @param address    file address of the stored chunk, -1 when the chunk is not allocated
 * @param storedSize bytes stored on disk: the filtered size for filtered chunks, else the chunk byte size given by
 *                   the caller (0 for unallocated chunks)
 * @param filterMask filters skipped for this chunk (bit i set: filter i not applied); 0 for non-filtered indexes
 */
public record ChunkEntry(long index, long address, long storedSize, int filterMask) {
    /** Most entries an index lists at once; larger indexes are visited with forEach or read with get. */
    public static final int MAX_LISTED = 1 << 22;

    public boolean allocated() {
        return address != -1;
    }
}
