package org.nwbj.hdf5.internal.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded chunks by file address, least recently used first out, bounded by total bytes (like the C library's
 * raw data chunk cache, but per file). Chunks larger than a quarter of the bound are not kept. An entry is either
 * the chunk's unfiltered bytes or, for a shuffled chunk read a few rows at a time, its inflated but still shuffled
 * bytes ({@link Shuffled}): such reads then unshuffle only the rows they take.
 */
public final class ChunkCache {
    /** 32 MiB: the least default. */
    public static final long DEFAULT_BYTES = 32L << 20;

    /** A sixteenth of the heap, between 32 MiB and 512 MiB: most random-access workloads then decode once. */
    public static long defaultBytes() {
        long m = Runtime.getRuntime().maxMemory() / 16;
        return Math.max(DEFAULT_BYTES, Math.min(512L << 20, m));
    }

    /** A chunk inflated but not unshuffled: byte planes of {@code elementSize}-byte elements. */
    record Shuffled(byte[] planes, int elementSize) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Long, Object> map = new LinkedHashMap<>(64, 0.75f, true);
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

    /** Keeps {@code entry} (a byte[] or a {@link Shuffled}) for {@code address}, replacing what was there. */
    void put(long address, Object entry) {
        long size = size(entry);
        if (size > maxBytes / 4) {
            return;
        }
        synchronized (this) {
            Object old = map.put(address, entry);
            bytes += size - (old == null ? 0 : size(old));
            Iterator<Map.Entry<Long, Object>> it = map.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                bytes -= size(it.next().getValue());
                it.remove();
            }
        }
    }

    private static long size(Object entry) {
        return entry instanceof byte[] b ? b.length : ((Shuffled) entry).planes().length;
    }

    /** Forgets every chunk (after the file changed). */
    public synchronized void clear() {
        map.clear();
        bytes = 0;
    }
}
