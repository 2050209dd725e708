package org.nwbj.hdf5.internal.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/**
 * The allocated chunks of one dataset, as every index type lists them, in parallel primitive arrays: file address,
 * stored (possibly filtered) size, filter mask (bit k set: filter k was not applied) and the chunk's first element
 * coordinates. One table per dataset handle instead of an object (and two arrays) per chunk: an index of 50,000
 * tiny chunks is then five arrays. Chunks are referred to by their position in the table.
 */
public final class ChunkTable {
    /** Most chunks one table holds (a table of this many takes ~ (24 + 8 x rank) x 4 M bytes). */
    public static final int MAX_CHUNKS = 1 << 22;

    private final int rank;
    private int count;
    private long[] addresses;
    private long[] sizes;
    private int[] masks;
    private long[] origins;

    public ChunkTable(int rank, int capacity) {
        this.rank = rank;
        int c = Math.max(4, Math.min(capacity, MAX_CHUNKS));
        addresses = new long[c];
        sizes = new long[c];
        masks = new int[c];
        origins = new long[c * Math.max(1, rank)];
    }

    /**
     * A table of the write side's chunk entries ({stored size, address, filter mask, origin...} each), for the
     * modify-mode index rewrite (see {@code modify.KeptChunkIndex}).
     */
    public static ChunkTable ofEntries(java.util.Collection<long[]> entries, int rank) {
        ChunkTable t = new ChunkTable(rank, entries.size());
        for (long[] e : entries) {
            int i = t.append(e[1], e[0], (int) e[2]);
            for (int d = 0; d < rank; d++) {
                t.setOrigin(i, d, e[3 + d]);
            }
        }
        return t;
    }

    public int rank() {
        return rank;
    }

    /** Number of chunks. */
    public int size() {
        return count;
    }

    public long address(int i) {
        return addresses[i];
    }

    /** Bytes stored on disk: the filtered size for filtered chunks, else the chunk's byte size. */
    public long storedSize(int i) {
        return sizes[i];
    }

    public int filterMask(int i) {
        return masks[i];
    }

    /** Coordinate {@code d} of chunk {@code i}'s first element. */
    public long origin(int i, int d) {
        return origins[i * rank + d];
    }

    /** A copy of chunk {@code i}'s first element coordinates. */
    public long[] origin(int i) {
        return Arrays.copyOfRange(origins, i * rank, i * rank + rank);
    }

    /** Appends a chunk; {@code origin} is copied. Returns its position. */
    public int add(long address, long size, int mask, long[] origin) {
        int i = append(address, size, mask);
        System.arraycopy(origin, 0, origins, i * rank, rank);
        return i;
    }

    /** Appends a chunk whose coordinates the caller then sets with {@link #setOrigin}. Returns its position. */
    int append(long address, long size, int mask) {
        if (count == addresses.length) {
            if (count >= MAX_CHUNKS) {
                throw new Hdf5UnsupportedException("chunk indexes of more than " + MAX_CHUNKS + " chunks");
            }
            int c = (int) Math.min(MAX_CHUNKS, count * 2L);
            addresses = Arrays.copyOf(addresses, c);
            sizes = Arrays.copyOf(sizes, c);
            masks = Arrays.copyOf(masks, c);
            origins = Arrays.copyOf(origins, c * Math.max(1, rank));
        }
        int i = count++;
        addresses[i] = address;
        sizes[i] = size;
        masks[i] = mask;
        return i;
    }

    void setOrigin(int i, int d, long value) {
        origins[i * rank + d] = value;
    }

    /** True when chunk {@code i} reaches past {@code dims} in some dimension (a partial edge chunk). */
    boolean partialEdge(int i, long[] chunk, long[] dims) {
        for (int d = 0; d < rank; d++) {
            if (origins[i * rank + d] + chunk[d] > dims[d]) {
                return true;
            }
        }
        return false;
    }

    /** True when chunk {@code i} lies wholly inside the box ({first, end} per dimension). */
    boolean inside(int i, long[] chunk, long[][] box) {
        for (int d = 0; d < rank; d++) {
            long o = origins[i * rank + d];
            if (o < box[d][0] || o + chunk[d] > box[d][1]) {
                return false;
            }
        }
        return true;
    }

    /** True when chunk {@code i} overlaps the box ({first, end} per dimension). */
    boolean overlaps(int i, long[] chunk, long[][] box) {
        for (int d = 0; d < rank; d++) {
            long o = origins[i * rank + d];
            if (o >= box[d][1] || o + chunk[d] <= box[d][0]) {
                return false;
            }
        }
        return true;
    }

    /** Sum of the stored sizes. */
    public long storedBytes() {
        long n = 0;
        for (int i = 0; i < count; i++) {
            n += sizes[i];
        }
        return n;
    }

    /** Chunk {@code i} as a record, for callers outside the read engine (copy, modify). */
    public StoredChunk get(int i) {
        return new StoredChunk(origin(i), addresses[i], sizes[i], masks[i]);
    }

    /** The table as a read-only list of records, each made when asked for. */
    public List<StoredChunk> asList() {
        return new AbstractList<StoredChunk>() {
            @Override
            public StoredChunk get(int i) {
                if (i < 0 || i >= count) {
                    throw new IndexOutOfBoundsException("chunk " + i + " of " + count);
                }
                return ChunkTable.this.get(i);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
