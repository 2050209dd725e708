package org.nwbj.hdf5.internal.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decoded chunks by file address, least recently used first out, bounded by total bytes (like the C library's
 * raw data chunk cache, but per file). Chunks larger than a quarter of the bound are not kept.
 */
public final class ChunkCache {
    /** 32 MiB: the least default. */
    public static final long DEFAULT_BYTES = 32L << 20;

    /** A sixteenth of the heap, between 32 MiB and 512 MiB: most random-access workloads then decode once. */
    public static long defaultBytes() {
        long m = Runtime.getRuntime().maxMemory() / 16;
        return Math.max(DEFAULT_BYTES, Math.min(512L << 20, m));
    }

    private final long maxBytes;
    private final LinkedHashMap<Long, byte[]> map = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public ChunkCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The decoded chunk stored at {@code address} with stored size {@code storedSize}, decoding it with
     * {@code decode} when absent. Callers must not modify the returned array.
     */
    public byte[] get(long address, long storedSize, Supplier<byte[]> decode) {
        synchronized (this) {
            byte[] b = map.get(address);
            if (b != null) {
                return b;
            }
        }
        byte[] b = decode.get();
        if (b.length <= maxBytes / 4) {
            synchronized (this) {
                if (map.put(address, b) == null) {
                    bytes += b.length;
                }
                Iterator<Map.Entry<Long, byte[]>> it = map.entrySet().iterator();
                while (bytes > maxBytes && it.hasNext()) {
                    bytes -= it.next().getValue().length;
                    it.remove();
                }
            }
        }
        return b;
    }

    /** The decoded chunk at {@code address} when cached, else null (nothing is decoded or kept). */
    public synchronized byte[] peek(long address) {
        return map.get(address);
    }

    /** Forgets every chunk (after the file changed). */
    public synchronized void clear() {
        map.clear();
        bytes = 0;
    }
}
