package org.nwbj.benchmarks;

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
    }

    @Benchmark
    public long lookup3() {
        return Checksums.lookup3(data, 0, size);
    }
}
