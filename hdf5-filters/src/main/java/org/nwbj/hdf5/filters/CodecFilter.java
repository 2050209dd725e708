package org.nwbj.hdf5.filters;

import java.util.function.IntConsumer;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterTasks;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * What every filter of this module shares: corrupt input always ends in an {@link Hdf5Exception} naming the
 * filter (a bounds slip in a codec becomes one too, never a foreign exception), and a declared output size is
 * checked against the {@link ReadLimits} before anything is allocated.
 */
abstract class CodecFilter implements Filter {
    /** The largest Java array. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** The structure name used in messages, e.g. {@code "lz4 filter (32004)"}. */
    final String structure() {
        return name() + " filter (" + id() + ")";
    }

    @Override
    public final byte[] decode(byte[] encoded, FilterParameters p) {
        try {
            return decodeChunk(encoded, p);
        } catch (Hdf5Exception e) {
            throw e;
        } catch (RuntimeException e) {
            // a codec's own checks should have caught this; still the caller gets the safety contract's exception
            throw new Hdf5FormatException(structure(), -1, "corrupt " + name() + " data of " + encoded.length
                    + " bytes (" + e.getClass().getSimpleName() + ")");
        }
    }

    abstract byte[] decodeChunk(byte[] encoded, FilterParameters p);

    /** A format exception naming this filter. */
    final Hdf5FormatException corrupt(String problem) {
        return new Hdf5FormatException(structure(), -1, problem);
    }

    /**
     * Checks a size read from compressed data before it is allocated: at most {@code maxChunkBytes}, and, when
     * above the chunk's own size, at most {@code maxCompressionRatio} times the stored bytes.
     */
    final int checkedSize(long declared, int storedBytes, FilterParameters p) {
        return checkedSize(structure(), declared, storedBytes, p);
    }

    static int checkedSize(String structure, long declared, int storedBytes, FilterParameters p) {
        if (declared < 0) {
            throw new Hdf5FormatException(structure, -1, "declared decoded size " + declared + " is negative");
        }
        ReadLimits limits = p.limits();
        ReadLimits.check("maxChunkBytes", declared, Math.min(limits.maxChunkBytes(), MAX_ARRAY),
                structure + ": declared decoded size");
        // a chunk as large as the dataset says is no bomb: its size is bounded by the dataset's own metadata
        if (declared > Math.max(p.chunkBytes(), 1 << 16)) {
            long stored = Math.max(1, storedBytes);
            ReadLimits.check("maxCompressionRatio", (declared + stored - 1) / stored, limits.maxCompressionRatio(),
                    structure + ": " + storedBytes + " stored bytes declaring " + declared + " decoded bytes, ratio");
        }
        return (int) declared;
    }

    /** Below this many bytes a chunk's blocks are coded on the calling thread: handing them out costs more. */
    static final int PARALLEL_MIN_BYTES = 64 << 10;
    private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[3][0]);

    /**
     * Runs {@code task} for every block 0..n-1 of a chunk of {@code bytes} bytes: through {@link FilterTasks} (the
     * pool that decodes chunks, the caller taking part) when the chunk is large enough, else in order here.
     */
    static void forEachBlock(int n, long bytes, IntConsumer task) {
        if (!parallel(n, bytes)) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
        } else {
            FilterTasks.run(n, task);
        }
    }

    /**
     * Whether {@link #forEachBlock} would hand the blocks out: more than one, a chunk large enough, and not on a
     * writer thread whose pool already has a chunk per core ({@link FilterTasks#runsInline}). Encoders that code
     * in order write straight into one output instead of separate slots.
     */
    static boolean parallel(int n, long bytes) {
        return n >= 2 && bytes >= PARALLEL_MIN_BYTES && !FilterTasks.runsInline();
    }

    /** Outputs up to this size are built in a per-thread array (then copied out at their exact size). */
    static final int KEPT_OUTPUT_BYTES = 4 << 20;

    /**
     * An array of at least {@code n} bytes to build an encoded chunk in, in order: this thread's (reused) when
     * {@code n} is at most {@link #KEPT_OUTPUT_BYTES}, else a new one. The caller copies its result out.
     */
    static byte[] output(int n) {
        return n <= KEPT_OUTPUT_BYTES ? scratch(2, n) : new byte[n];
    }

    /**
     * This thread's scratch array number {@code which} (0-2) of at least {@code n} bytes; a block task takes it and
     * is done with it before it returns (never held across {@link #forEachBlock}).
     */
    static byte[] scratch(int which, int n) {
        byte[][] s = SCRATCH.get();
        if (s[which].length < n) {
            s[which] = new byte[n];
        }
        return s[which];
    }

    static long readLongBE(byte[] b, int at) {
        return ((long) readIntBE(b, at) << 32) | (readIntBE(b, at + 4) & 0xffffffffL);
    }

    static int readIntBE(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    static int readIntLE(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static void writeLongBE(byte[] b, int at, long v) {
        writeIntBE(b, at, (int) (v >>> 32));
        writeIntBE(b, at + 4, (int) v);
    }

    static void writeIntBE(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static void writeIntLE(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
