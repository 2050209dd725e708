package org.nwbj.hdf5.internal.engine;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded chunks by file address, least recently used first out, bounded by total bytes (like the C library's
 * raw data chunk cache, but per file). Chunks larger than a quarter of the bound are not kept. An entry is either
 * the chunk's unfiltered bytes or, for a shuffled chunk read a few rows at a time, its inflated but still shuffled
 * bytes ({@link Shuffled}): such reads then unshuffle only the rows they take.
 *
 * <p>Shuffled entries live in slots of large arrays (slabs) that are reused, not in an array each: random rows
 * fill the cache with tens of MB of chunks that stay live, and as separate arrays every young collection copied
 * them again (profiled: most of random_rows' CPU was the collector's). A slab is large enough that the collector
 * places it outside the young generation. Because slots are reused, their bytes are only read under this cache's
 * lock ({@link #gather}, {@link #unshuffleAll}); a slot taken by {@link #take} is filled outside the lock, then
 * published by {@link #put} or handed back by {@link #release}. Free slots are kept for reuse, so the slabs hold at
 * most the bound plus one slab per slot size beside the live entries.
 */
public final class ChunkCache {
    /** 32 MiB: the least default. */
    public static final long DEFAULT_BYTES = 32L << 20;
    /** Slab bytes at most: past half a G1 region (1-4 MiB for heaps up to 16 GB), so allocated outside the young. */
    private static final int SLAB = 8 << 20;

    /** A sixteenth of the heap, between 32 MiB and 512 MiB: most random-access workloads then decode once. */
    public static long defaultBytes() {
        long m = Runtime.getRuntime().maxMemory() / 16;
        return Math.max(DEFAULT_BYTES, Math.min(512L << 20, m));
    }

    /**
     * A chunk inflated but not unshuffled: byte planes of {@code elementSize}-byte elements, {@code length} bytes
     * at {@code offset} of {@code slab} (shared with other entries: read it only through the cache).
     */
    record Shuffled(byte[] slab, int offset, int length, int elementSize) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Long, Object> map = new LinkedHashMap<>(64, 0.75f, true);
    /** Free slots by slot length. */
    private final Map<Integer, ArrayDeque<Shuffled>> freeSlots = new HashMap<>();
    private long bytes;

    public ChunkCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The entry at {@code address} (a byte[] or a {@link Shuffled}), or null; callers must not modify it. */
    synchronized Object get(long address) {
        return map.get(address);
    }

    /** The unfiltered bytes cached at {@code address}, or null (also when only the shuffled form is). */
    synchronized byte[] peek(long address) {
        Object o = map.get(address);
        return o instanceof byte[] b ? b : null;
    }

    /**
     * A free slot of {@code length} bytes for a shuffled chunk, to fill and then {@link #put} or {@link #release};
     * null when such a chunk is not kept (larger than a quarter of the bound).
     */
    Shuffled take(int length, int elementSize) {
        if (length > maxBytes / 4 || length <= 0) {
            return null;
        }
        synchronized (this) {
            evict(length);
            ArrayDeque<Shuffled> free = freeSlots.computeIfAbsent(length, k -> new ArrayDeque<>());
            if (free.isEmpty()) {
                int per = (int) Math.max(1, Math.min(SLAB, maxBytes / 4) / length);
                byte[] slab = new byte[per * length];
                for (int i = per - 1; i >= 0; i--) {
                    free.push(new Shuffled(slab, i * length, length, 0));
                }
            }
            Shuffled slot = free.pop();
            return new Shuffled(slot.slab(), slot.offset(), length, elementSize);
        }
    }

    /** Hands back a slot from {@link #take} that was not filled. */
    synchronized void release(Shuffled slot) {
        freeSlots.computeIfAbsent(slot.length(), k -> new ArrayDeque<>()).push(slot);
    }

    /**
     * Unshuffled bytes [{@code from}, {@code from + len}) of the shuffled chunk cached at {@code address} into
     * {@code out}; false when it is not cached in that form (with that element size and at least {@code length}).
     */
    synchronized boolean gather(long address, int length, int elementSize, int from, int len, byte[] out) {
        Object e = map.get(address);
        if (!(e instanceof Shuffled s) || s.elementSize() != elementSize || s.length() < length) {
            return false;
        }
        org.nwbj.hdf5.internal.filter.ShuffleDeflate.gather(s.slab(), s.offset(), length, elementSize, from, len,
                out, 0);
        return true;
    }

    /** The whole unshuffled chunk of a shuffled entry at {@code address} of at least {@code length}, or null. */
    synchronized byte[] unshuffleAll(long address, int length) {
        Object e = map.get(address);
        if (!(e instanceof Shuffled s) || s.length() < length) {
            return null;
        }
        byte[] b = new byte[length];
        byte[] planes = java.util.Arrays.copyOfRange(s.slab(), s.offset(), s.offset() + length);
        int size = s.elementSize();
        int n = length / size;
        org.nwbj.hdf5.internal.filter.ShuffleDeflate.unshuffleRange(planes, n, size, 0, n, b);
        System.arraycopy(planes, n * size, b, n * size, length % size);
        return b;
    }

    /** Keeps {@code entry} (a byte[] or a filled {@link Shuffled} slot) for {@code address}, replacing what was there. */
    void put(long address, Object entry) {
        long size = size(entry);
        if (size > maxBytes / 4) {
            return;
        }
        synchronized (this) {
            Object old = map.put(address, entry);
            if (old != null) {
                bytes -= size(old);
                recycle(old);
            }
            bytes += size;
            evict(0);
        }
    }

    /** Drops least recently used entries until {@code room} more bytes fit. */
    private void evict(long room) {
        Iterator<Map.Entry<Long, Object>> it = map.entrySet().iterator();
        while (bytes + room > maxBytes && it.hasNext()) {
            Object o = it.next().getValue();
            bytes -= size(o);
            it.remove();
            recycle(o);
        }
    }

    private void recycle(Object o) {
        if (o instanceof Shuffled s) {
            release(s);
        }
    }

    private static long size(Object entry) {
        return entry instanceof byte[] b ? b.length : ((Shuffled) entry).length();
    }

    /** Forgets every chunk (after the file changed). */
    public synchronized void clear() {
        map.clear();
        freeSlots.clear();
        bytes = 0;
    }
}
