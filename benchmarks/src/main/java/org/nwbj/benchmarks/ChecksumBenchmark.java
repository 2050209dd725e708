package org.nwbj.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.nwbj.hdf5.internal.format.Checksums;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Jenkins lookup3, which verifies every v2+ metadata block (object headers, B-tree nodes, heaps). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChecksumBenchmark {
    /** 64 B: a small object header; 4 KiB: a B-tree node or heap block; 1 MiB: a large direct block. */
    @Param({"64", "4096", "1048576"})
    public int size;

    private byte[] data;

    @Setup
    public void setup() {
        data = new byte[size];
        new Random(7).nextBytes(data);
        for (int n : new int[] {0, 1, 11, 12, 13, 24, 25, size}) {
            if (n <= size && lookup3Words(data, 0, n) != Checksums.lookup3(data, 0, n)) {
                throw new IllegalStateException("lookup3Words differs from Checksums.lookup3 at length " + n);
            }
        }
    }

    /** The library's implementation (ByteBuffer.get of single bytes, assembled into little-endian words). */
    @Benchmark
    public long lookup3() {
        return Checksums.lookup3(data, 0, size);
    }

    /** A comparison only (not used by the library): the same hash reading whole words through a VarHandle. */
    @Benchmark
    public long lookup3Words() {
        return lookup3Words(data, 0, size);
    }

    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    static long lookup3Words(byte[] buf, int from, int len) {
        int a = 0xdeadbeef + len;
        int b = a;
        int c = a;
        int i = from;
        int n = len;
        while (n > 12) {
            a += (int) LE_INT.get(buf, i);
            b += (int) LE_INT.get(buf, i + 4);
            c += (int) LE_INT.get(buf, i + 8);
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            n -= 12;
            i += 12;
        }
        if (n == 0) {
            return c & 0xffffffffL;
        }
        int w0 = 0;
        int w1 = 0;
        int w2 = 0;
        for (int k = 0; k < n; k++) {
            int v = (buf[i + k] & 0xff) << (8 * (k & 3));
            switch (k >> 2) {
                case 0 -> w0 |= v;
                case 1 -> w1 |= v;
                default -> w2 |= v;
            }
        }
        a += w0;
        b += w1;
        c += w2;
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c & 0xffffffffL;
    }
}
