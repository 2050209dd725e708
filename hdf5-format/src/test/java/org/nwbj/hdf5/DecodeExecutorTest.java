package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/** Parallel chunk decoding runs on the executor of OpenOptions, bounded by it, and never deadlocks on it. */
class DecodeExecutorTest {
    @TempDir
    Path dir;

    private Path file() {
        Path p = dir.resolve("chunks.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            int[] v = new int[64 * 1000];
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 7;
            }
            w.root().createDataset("x", DatasetOptions.of(DataTypes.INT32, 64, 1000).chunks(4, 100).deflate(1))
                    .writeAll(v);
        }
        return p;
    }

    @Test
    void boundedExecutor_receivesTheDecodeHelpers() {
        Path p = file();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger submitted = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Executor counting = r -> {
            submitted.incrementAndGet();
            pool.execute(() -> {
                threads.add(Thread.currentThread().getName());
                r.run();
            });
        };
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withDecodeExecutor(counting))) {
            int[] got = f.dataset("/x").readInts();
            assertThat(got[12345]).isEqualTo(12345 * 7);
            assertThat(f.dataset("/x").readInts(Selection.box(new long[] {3, 50}, new long[] {10, 500})))
                    .startsWith(3 * 1000 * 7 + 50 * 7);
        } finally {
            pool.shutdown();
        }
        // 160 chunks per read, at most one helper per core each time: the executor got helpers, not chunks
        assertThat(submitted.get()).isBetween(1, 2 * Runtime.getRuntime().availableProcessors());
        assertThat(threads).allMatch(t -> t.startsWith("pool-"));
    }

    @Test
    void callerOnlyExecutor_and_aRejectingExecutor_stillRead() {
        Path p = file();
        AtomicInteger direct = new AtomicInteger();
        Executor callerRuns = r -> {
            direct.incrementAndGet();
            r.run();
        };
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withDecodeExecutor(callerRuns))) {
            assertThat(f.dataset("/x").readInts()[63999]).isEqualTo(63999 * 7);
        }
        assertThat(direct.get()).isPositive();
        Executor rejecting = r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        };
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withDecodeExecutor(rejecting))) {
            assertThat(f.dataset("/x").readLongs()[1]).isEqualTo(7);
        }
    }

    @Test
    void singleThreadExecutor_readFromItsOwnThread_noDeadlock() throws Exception {
        Path p = file();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withDecodeExecutor(one))) {
            // the read runs on the executor's only thread: its helper can never start, the caller does the work
            int[] got = one.submit(() -> f.dataset("/x").readInts()).get();
            assertThat(got[64 * 1000 - 1]).isEqualTo((64 * 1000 - 1) * 7);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void decodeFailure_propagates() {
        Path p = file();
        Executor failing = r -> {
            throw new IllegalStateException("boom");
        };
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withDecodeExecutor(failing))) {
            assertThatThrownBy(() -> f.dataset("/x").readInts()).isInstanceOf(IllegalStateException.class);
        }
    }
}
