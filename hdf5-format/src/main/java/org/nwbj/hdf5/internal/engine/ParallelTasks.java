package org.nwbj.hdf5.internal.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks (chunk decodes, pieces of a read) on an executor, with the calling thread taking part:
 * helpers are offered to the executor and every thread, the caller included, takes the next task until none is
 * left. So a small or busy executor (even one running this caller) slows a read down but never deadlocks it, and
 * at most {@code parallelism - 1} helpers are submitted per call.
 */
public final class ParallelTasks {
    /** Set while this thread codes one of enough chunks in flight to keep every core busy (see {@link #inline}). */
    private static final ThreadLocal<Boolean> INLINE = new ThreadLocal<>();

    private ParallelTasks() {
    }

    /**
     * Whether {@code run(null, ...)} runs every task on the calling thread: true on a chunk-writer thread while
     * the write queue has a chunk per core in flight, where splitting one chunk further only adds hand-offs.
     */
    public static boolean inline() {
        return INLINE.get() != null;
    }

    /** Marks (or unmarks) the calling thread as one whose {@code run(null, ...)} calls stay on it. */
    public static void setInline(boolean on) {
        if (on) {
            INLINE.set(Boolean.TRUE);
        } else {
            INLINE.remove();
        }
    }

    /**
     * Runs {@code task} for 0..n-1 on {@code executor} (null: the JVM's common fork-join pool) and the calling
     * thread; rethrows the first failure once every started task has ended.
     */
    public static void run(Executor executor, int n, IntConsumer task) {
        if (n <= 0) {
            return;
        }
        if (n == 1 || executor == null && inline()) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        if (executor == null) {
            java.util.stream.IntStream.range(0, n).parallel().forEach(task);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
                try {
                    if (failure.get() == null) {
                        task.accept(i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        int helpers = Math.min(n - 1, Runtime.getRuntime().availableProcessors());
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(worker);
            } catch (RejectedExecutionException e) {
                break; // the caller does the rest
            }
        }
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.nwbj.hdf5.Hdf5Exception("interrupted while decoding chunks");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new org.nwbj.hdf5.Hdf5Exception("decoding failed: " + t);
        }
    }
}
