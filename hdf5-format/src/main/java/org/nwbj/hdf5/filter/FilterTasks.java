package org.nwbj.hdf5.filter;

import java.util.function.IntConsumer;

import org.nwbj.hdf5.internal.engine.ParallelTasks;

/**
 * Lets a filter split one chunk into independent pieces (blosc or bitshuffle blocks) and code them on the same
 * pool that decodes chunks in parallel, the calling thread taking part: a one-chunk read or write then uses every
 * core, and nested use from a chunk already decoded on the pool neither deadlocks nor oversubscribes.
 */
public final class FilterTasks {
    private FilterTasks() {
    }

    /**
     * Runs {@code task} for 0..n-1, in parallel where cores are free, and returns when all have ended; rethrows
     * the first failure.
     *
     * @param n the number of tasks
     * @param task what to run for each index
     */
    public static void run(int n, IntConsumer task) {
        ParallelTasks.run(null, n, task);
    }

    /**
     * Whether {@link #run} would run every task on the calling thread: it is a writer thread coding one of enough
     * chunks in flight to keep every core busy. A filter can then code its blocks in order straight into one
     * output instead of into separate slots.
     *
     * @return true when {@link #run} stays on this thread
     */
    public static boolean runsInline() {
        return ParallelTasks.inline();
    }
}
