package org.nwbj.hdf5.internal.engine;

/**
 * One chunk of a dataset, the one record form of a chunk (a {@link ChunkTable} row): its first element's
 * coordinates, file address (-1: not allocated), stored (possibly filtered) size and the filter mask (bit k set:
 * filter k of the pipeline was not applied). An array index ({@link ArrayChunkIndex}) knows only its own linear
 * order: its entries have the one coordinate {index}.
 */
public record StoredChunk(long[] origin, long address, long size, int filterMask) {
    /** Whether the chunk has file space (array indexes list unallocated entries too). */
    public boolean allocated() {
        return address != -1;
    }

    /** Chunks are values: equal when their coordinates (not the array) and the rest are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredChunk c && java.util.Arrays.equals(origin, c.origin) && address == c.address
                && size == c.size && filterMask == c.filterMask;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(origin) * 31 + Long.hashCode(address);
    }

    @Override
    public String toString() {
        return "StoredChunk" + java.util.Arrays.toString(origin) + "@" + address + "+" + size + " mask " + filterMask;
    }
}
