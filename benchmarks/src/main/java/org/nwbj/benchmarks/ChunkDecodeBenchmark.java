package org.nwbj.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
        if (!java.util.Arrays.equals(unshuffle8(shuffled), b.array())
                || !java.util.Arrays.equals(unshuffle8Transpose(shuffled), b.array())
                || !java.util.Arrays.equals(deflateShuffleDecode(), b.array())) {
            throw new IllegalStateException("decoders disagree");
        }
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

    /**
     * A comparison only (not used by the library): unshuffling 8-byte elements by assembling each element from the
     * 8 byte planes and storing it as one little-endian long, into a fresh array (no clone of the input).
     */
    @Benchmark
    public byte[] shuffleDecodeByLong() {
        return unshuffle8(shuffled);
    }

    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);

    static byte[] unshuffle8(byte[] in) {
        int n = in.length / 8;
        byte[] out = new byte[in.length];
        for (int e = 0; e < n; e++) {
            long v = (in[e] & 0xffL) | (in[n + e] & 0xffL) << 8 | (in[2 * n + e] & 0xffL) << 16
                    | (in[3 * n + e] & 0xffL) << 24 | (in[4 * n + e] & 0xffL) << 32 | (in[5 * n + e] & 0xffL) << 40
                    | (in[6 * n + e] & 0xffL) << 48 | (in[7 * n + e] & 0xffL) << 56;
            LE_LONG.set(out, e * 8, v);
        }
        System.arraycopy(in, n * 8, out, n * 8, in.length - n * 8);
        return out;
    }

    /** A comparison only: unshuffling 8 elements at a time as an 8 x 8 byte-matrix transpose in 8 longs. */
    @Benchmark
    public byte[] shuffleDecodeTranspose() {
        return unshuffle8Transpose(shuffled);
    }

    static byte[] unshuffle8Transpose(byte[] in) {
        int n = in.length / 8;
        byte[] out = new byte[in.length];
        long[] r = new long[8];
        int blocks = n / 8;
        for (int blk = 0; blk < blocks; blk++) {
            int e0 = blk * 8;
            for (int j = 0; j < 8; j++) {
                r[j] = (long) LE_LONG.get(in, j * n + e0); // byte e of row j: byte j of element e0 + e
            }
            for (int i = 0; i < 4; i++) {
                long t = ((r[i] >>> 32) ^ r[i + 4]) & 0x00000000FFFFFFFFL;
                r[i + 4] ^= t;
                r[i] ^= t << 32;
            }
            for (int i : new int[] {0, 1, 4, 5}) {
                long t = ((r[i] >>> 16) ^ r[i + 2]) & 0x0000FFFF0000FFFFL;
                r[i + 2] ^= t;
                r[i] ^= t << 16;
            }
            for (int i = 0; i < 8; i += 2) {
                long t = ((r[i] >>> 8) ^ r[i + 1]) & 0x00FF00FF00FF00FFL;
                r[i + 1] ^= t;
                r[i] ^= t << 8;
            }
            for (int e = 0; e < 8; e++) {
                LE_LONG.set(out, (e0 + e) * 8, r[e]);
            }
        }
        for (int e = blocks * 8; e < n; e++) {
            for (int j = 0; j < 8; j++) {
                out[e * 8 + j] = in[j * n + e];
            }
        }
        System.arraycopy(in, n * 8, out, n * 8, in.length - n * 8);
        return out;
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
