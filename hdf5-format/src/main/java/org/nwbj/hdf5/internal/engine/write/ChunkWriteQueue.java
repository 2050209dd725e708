package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.engine.ParallelTasks;
import org.nwbj.hdf5.internal.filter.ShuffleDeflate;
import org.nwbj.hdf5.internal.format.FilterPipeline;

/**
 * Filters the chunks of one dataset being written on a small shared pool while the caller goes on, and hands the
 * results back in the order the chunks were submitted. Chunks are independent, so compressing them is the part of a
 * write that parallelizes; the writes themselves stay on the caller's thread and in submission order, so the file
 * is byte-for-byte the same as a serial writer's.
 *
 * <p>Memory is bounded: at most {@link #maxPending} chunks (about {@link #PENDING_BYTES} of unfiltered data, and
 * at least two per core) are in flight; submitting one more first waits for the oldest and writes it.
 */
public final class ChunkWriteQueue {
    /** Receives a chunk's filtered bytes, on the caller's thread, in submission order. */
    interface Sink {
        void stored(String key, long[] origin, byte[] stored);
    }

    /** Unfiltered bytes in flight per dataset (a bound, not a target). */
    static final long PENDING_BYTES = 16L << 20;

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static volatile ThreadPoolExecutor pool;

    private final Filter[] filters;
    private final FilterParameters[] params;
    private final Sink sink;
    private final int shuffleDeflateLevel;
    private final int shuffleSize;
    private final int maxPending;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Set<String> pendingKeys = new HashSet<>();
    /** Chunks submitted to the pool and not yet filtered (queued or running). */
    private final AtomicInteger inFlight = new AtomicInteger();

    private record Pending(String key, long[] origin, Future<byte[]> result) {
    }

    ChunkWriteQueue(FilterPipeline pipeline, int elementSize, int chunkBytes, Sink sink) {
        List<FilterPipeline.FilterInfo> fs = pipeline.filters();
        this.filters = new Filter[fs.size()];
        this.params = new FilterParameters[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            FilterPipeline.FilterInfo fi = fs.get(i);
            // look the filters up now: a missing one fails the write that needs it, not a later one
            filters[i] = Filters.require(fi.id());
            params[i] = new FilterParameters(fi.clientData(), elementSize, chunkBytes);
        }
        // shuffle then deflate (h5py's shuffle=True, compression="gzip"): one fused pass with per-thread buffers
        if (fs.size() == 2 && fs.get(0).id() == 2 && fs.get(1).id() == 1) {
            int level = params[1].clientData(0, 6);
            shuffleDeflateLevel = level < 0 || level > 9 ? 6 : level; // as DeflateFilter.encode treats it
            shuffleSize = params[0].clientData(0, elementSize);
        } else {
            shuffleDeflateLevel = -1;
            shuffleSize = 0;
        }
        this.sink = sink;
        long byBytes = PENDING_BYTES / Math.max(1, chunkBytes);
        this.maxPending = THREADS <= 1 ? 0 : (int) Math.max(2L * THREADS, Math.min(byBytes, 8L * THREADS));
    }

    /** Filters {@code plain} (which the queue then owns) and writes it, now or at a later call. */
    void submit(String key, long[] origin, byte[] plain) {
        if (maxPending == 0) {
            sink.stored(key, origin, encode(plain));
            return;
        }
        if (pendingKeys.contains(key)) {
            drain(); // the same chunk again: its earlier version must be written first
        }
        while (pending.size() >= maxPending) {
            writeOldest();
        }
        inFlight.incrementAndGet();
        pending.add(new Pending(key, origin.clone(), pool().submit(() -> encodeOnPool(plain))));
        pendingKeys.add(key);
    }

    /** True when the chunk has been submitted but not written yet. */
    boolean isPending(String key) {
        return pendingKeys.contains(key);
    }

    /** Writes every pending chunk, waiting for those still being filtered. */
    void drain() {
        Hdf5Exception failure = null;
        while (!pending.isEmpty()) {
            try {
                writeOldest();
            } catch (Hdf5Exception e) {
                // write what can be written; report the first failure
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void writeOldest() {
        Pending p = pending.poll();
        pendingKeys.remove(p.key());
        byte[] stored;
        if (p.result() instanceof java.util.concurrent.FutureTask<byte[]> t) {
            t.run(); // not started yet (a busy machine, a flush per chunk): filter it here, not wait for a thread
        }
        try {
            stored = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Hdf5Exception("interrupted while compressing chunk " + p.key());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new Hdf5Exception("filtering chunk " + p.key() + " failed: " + c);
        }
        sink.stored(p.key(), p.origin(), stored);
    }

    /**
     * With a chunk per core in flight every core already has a chunk to code: a filter that splits a chunk into
     * blocks then codes them on this thread, straight into one output (FilterTasks.runsInline). The last chunks of
     * a write, or a lone one, still spread their blocks over idle cores.
     */
    private byte[] encodeOnPool(byte[] plain) {
        ParallelTasks.setInline(inFlight.get() >= THREADS);
        try {
            return encode(plain);
        } finally {
            ParallelTasks.setInline(false);
            inFlight.decrementAndGet();
        }
    }

    private byte[] encode(byte[] plain) {
        if (shuffleDeflateLevel >= 0) {
            return ShuffleDeflate.encode(plain, shuffleSize, shuffleDeflateLevel);
        }
        byte[] b = plain;
        for (int i = 0; i < filters.length; i++) {
            b = filters[i].encode(b, params[i]);
        }
        return b;
    }

    /** One pool for all files: a thread per core, idle threads end after a few seconds. */
    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor p = pool;
        if (p == null) {
            synchronized (ChunkWriteQueue.class) {
                p = pool;
                if (p == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadFactory tf = r -> {
                        Thread t = new Thread(r, "nwbj-chunk-writer-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    };
                    p = new ThreadPoolExecutor(THREADS, THREADS, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                            tf);
                    p.allowCoreThreadTimeOut(true);
                    pool = p;
                }
            }
        }
        return p;
    }
}
