package org.nwbj.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one chunk of the comparison's chunked workload: 1000 x 10 int64 (80,000 bytes), shuffle + deflate 4,
 * through the filter pipeline as DatasetReader runs it (deflate, then unshuffle), against java.util.zip alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChunkDecodeBenchmark {
    static final int ELEMENTS = Workloads.CHUNK_ROWS * Workloads.COLS;
    static final int CHUNK_BYTES = ELEMENTS * 8;

    private Filter deflate;
    private Filter shuffle;
    private FilterParameters deflateParams;
    private FilterParameters shuffleParams;
    private byte[] shuffled;
    private byte[] stored;
    private Inflater inflater;

    @Setup
    public void setup() {
        // the same random walk as the comparison's workload (compresses about 3.5x)
        ByteBuffer b = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Random r = new Random(2);
        long[] acc = new long[Workloads.COLS];
        for (int i = 0; i < Workloads.CHUNK_ROWS; i++) {
            for (int c = 0; c < Workloads.COLS; c++) {
                acc[c] += r.nextInt(101) - 50;
                b.putLong(acc[c]);
            }
        }
        deflate = Filters.require(1);
        shuffle = Filters.require(2);
        deflateParams = new FilterParameters(new int[] {4}, 8, CHUNK_BYTES);
        shuffleParams = new FilterParameters(new int[] {8}, 8, CHUNK_BYTES);
        shuffled = shuffle.encode(b.array(), shuffleParams);
        stored = deflate.encode(shuffled, deflateParams);
        inflater = new Inflater();
    }

    @TearDown
    public void tearDown() {
        inflater.end();
    }

    /** What DatasetReader.decodeChunk does for this pipeline. */
    @Benchmark
    public byte[] deflateShuffleDecode() {
        return shuffle.decode(deflate.decode(stored, deflateParams), shuffleParams);
    }

    @Benchmark
    public byte[] deflateDecode() {
        return deflate.decode(stored, deflateParams);
    }

    @Benchmark
    public byte[] shuffleDecode() {
        return shuffle.decode(shuffled, shuffleParams);
    }

    /** The floor: java.util.zip inflating the same stream into a new array. */
    @Benchmark
    public byte[] rawInflater() throws DataFormatException {
        inflater.reset();
        inflater.setInput(stored);
        byte[] out = new byte[CHUNK_BYTES];
        int n = 0;
        while (!inflater.finished() && n < out.length) {
            n += inflater.inflate(out, n, out.length - n);
        }
        return out;
    }
}
