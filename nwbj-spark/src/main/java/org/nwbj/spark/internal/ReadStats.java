package org.nwbj.spark.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes and read calls of the storages this JVM opened for Spark reads: an I/O counter for tests (in local mode
 * the executors share the driver's JVM) and for the benchmark.
 */
public final class ReadStats {
    private static final AtomicLong BYTES = new AtomicLong();
    private static final AtomicLong READS = new AtomicLong();

    private ReadStats() {
    }

    static void add(int bytes) {
        BYTES.addAndGet(Math.max(0, bytes));
        READS.incrementAndGet();
    }

    public static long bytes() {
        return BYTES.get();
    }

    public static long reads() {
        return READS.get();
    }

    public static void reset() {
        BYTES.set(0);
        READS.set(0);
    }
}
