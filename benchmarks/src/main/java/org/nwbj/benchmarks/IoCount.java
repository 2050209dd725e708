package org.nwbj.benchmarks;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * Diagnostics for the README's profile notes: how many storage reads (each one a pread system call with
 * FileStorage) nwbj issues per workload, and the metadata walk over a FileStorage against the same bytes already
 * in memory (MemoryStorage), which isolates the cost of those calls.
 *
 * <pre>java -cp benchmarks.jar org.nwbj.benchmarks.IoCount benchmarks/target/workloads</pre>
 */
public final class IoCount {
    private IoCount() {
    }

    /** Counts the reads passed to a storage. */
    static final class Counting implements Storage {
        final Storage inner;
        final AtomicLong calls = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        Counting(Storage inner) {
            this.inner = inner;
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            calls.incrementAndGet();
            int n = inner.read(position, dst);
            bytes.addAndGet(Math.max(0, n));
            return n;
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Workloads w = new Workloads(Paths.get(args[0]));
        count("metadata_walk", w.file("metadata.h5"), f -> Compare.walkNwbj(f, f.root(), new Workloads.Acc()));
        long[] rows = w.rows();
        count("random_rows", w.file("chunked.h5"), f -> {
            Dataset d = (Dataset) f.get("/data");
            for (long r : rows) {
                d.readLongs(Selection.rows(d.space().dims(), r, 1));
            }
        });
        count("chunked_read", w.file("chunked.h5"), f -> ((Dataset) f.get("/data")).readLongs());

        // the metadata walk from a file and from memory, best of 5 after 3 warm-ups each
        Path meta = w.file("metadata.h5");
        byte[] all = Files.readAllBytes(meta);
        for (int round = 0; round < 2; round++) {
            double file = best(() -> {
                try (Hdf5File f = Hdf5File.open(FileStorage.openReadOnly(meta))) {
                    Compare.walkNwbj(f, f.root(), new Workloads.Acc());
                }
            });
            double mem = best(() -> {
                try (Hdf5File f = Hdf5File.open(new MemoryStorage(all, "metadata.h5"))) {
                    Compare.walkNwbj(f, f.root(), new Workloads.Acc());
                }
            });
            System.out.printf(Locale.ROOT, "metadata_walk: FileStorage %.3f s, MemoryStorage %.3f s (best of 5)%n",
                    file, mem);
        }
    }

    interface Work {
        void run(Hdf5File f) throws Exception;
    }

    private static void count(String name, Path file, Work work) throws Exception {
        Counting c = new Counting(FileStorage.openReadOnly(file));
        try (Hdf5File f = Hdf5File.open(c)) {
            work.run(f);
        }
        System.out.printf(Locale.ROOT, "%s: %d storage reads, %d bytes, %.0f bytes per read%n", name, c.calls.get(),
                c.bytes.get(), (double) c.bytes.get() / Math.max(1, c.calls.get()));
    }

    private static double best(Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            long t = System.nanoTime();
            r.run();
            double s = (System.nanoTime() - t) / 1e9;
            if (i >= 3) {
                best = Math.min(best, s);
            }
        }
        return best;
    }
}
