package org.nwbj.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.nwbj.hdf5.internal.format.Checksums;

/**
 * The single-threaded micro cases of the JMH suite timed by thread CPU time instead of wall time: on a machine
 * shared with other work the wall-clock JMH errors can exceed the scores, while CPU time of one thread stays
 * comparable. Median of 9 rounds after 3 warm-up rounds.
 *
 * <pre>java -cp benchmarks.jar org.nwbj.benchmarks.CpuTime [shuffle]</pre>
 */
public final class CpuTime {
    private CpuTime() {
    }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    static volatile Object sink;

    public static void main(String[] args) {
        boolean onlyShuffle = args.length > 0 && args[0].equals("shuffle");
        byte[] small = new byte[64];
        byte[] page = new byte[4096];
        byte[] big = new byte[1 << 20];
        Random r = new Random(7);
        r.nextBytes(small);
        r.nextBytes(page);
        r.nextBytes(big);
        if (!onlyShuffle) {
        report("lookup3 64 B, library (Checksums.lookup3)", 64, () -> Checksums.lookup3(small, 0, 64));
        report("lookup3 64 B, word reads (ChecksumBenchmark.lookup3Words)", 64,
                () -> ChecksumBenchmark.lookup3Words(small, 0, 64));
        report("lookup3 4 KiB, library", 4096, () -> Checksums.lookup3(page, 0, 4096));
        report("lookup3 4 KiB, word reads", 4096, () -> ChecksumBenchmark.lookup3Words(page, 0, 4096));
        report("lookup3 1 MiB, library", 1 << 20, () -> Checksums.lookup3(big, 0, big.length));
        report("lookup3 1 MiB, word reads", 1 << 20, () -> ChecksumBenchmark.lookup3Words(big, 0, big.length));

        }
        ChunkDecodeBenchmark c = new ChunkDecodeBenchmark();
        c.setup();
        int n = ChunkDecodeBenchmark.CHUNK_BYTES;
        if (!onlyShuffle) {
        report("chunk 80 kB: deflate + unshuffle (library pipeline)", n, c::deflateShuffleDecode);
        report("chunk 80 kB: deflate only (library DeflateFilter)", n, c::deflateDecode);
        report("chunk 80 kB: java.util.zip.Inflater alone", n, () -> {
            try {
                return c.rawInflater();
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            }
        });
        }
        report("chunk 80 kB: unshuffle only (library ShuffleFilter)", n, c::shuffleDecode);
        report("chunk 80 kB: unshuffle by longs (ChunkDecodeBenchmark.shuffleDecodeByLong)", n,
                c::shuffleDecodeByLong);
        report("chunk 80 kB: unshuffle as 8x8 byte transposes (ChunkDecodeBenchmark.shuffleDecodeTranspose)", n,
                c::shuffleDecodeTranspose);
        c.tearDown();
    }

    private static void report(String name, long bytes, Supplier<Object> op) {
        // calibrate: ops per round of about 0.2 s of CPU
        long ops = 1;
        while (true) {
            long t = MX.getCurrentThreadCpuTime();
            for (long i = 0; i < ops; i++) {
                sink = op.get();
            }
            if (MX.getCurrentThreadCpuTime() - t > 50_000_000L) {
                ops *= 4;
                break;
            }
            ops *= 2;
        }
        double[] per = new double[12];
        for (int round = 0; round < per.length; round++) {
            long t = MX.getCurrentThreadCpuTime();
            for (long i = 0; i < ops; i++) {
                sink = op.get();
            }
            per[round] = (MX.getCurrentThreadCpuTime() - t) / (double) ops;
        }
        double[] m = java.util.Arrays.copyOfRange(per, 3, per.length);
        java.util.Arrays.sort(m);
        double ns = m[m.length / 2];
        System.out.printf(Locale.ROOT, "%-78s %12.1f ns/op CPU %8.0f MB/s%n", name, ns, bytes / ns * 1e3);
    }
}
