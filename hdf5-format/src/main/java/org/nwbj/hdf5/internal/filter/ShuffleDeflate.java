package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The commonest pipeline, shuffle then deflate (h5py's {@code shuffle=True, compression="gzip"}), encoded and
 * decoded with per-thread buffers. Decoding goes into caller-owned buffers: a whole-dataset read then allocates nothing per chunk (the filters' general path makes
 * three chunk-sized arrays per chunk, which at 1,000 chunks of 80 kB is a quarter of a read's CPU in allocation and
 * collection). Only the well-formed case is handled here; anything else returns false and the caller takes the
 * general path, which reports the problem.
 */
public final class ShuffleDeflate {
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);
    /** Per thread: a Deflater per level, and {shuffled, deflated} scratch buffers. */
    private static final ThreadLocal<byte[][]> ENCODE_BUFFERS = ThreadLocal.withInitial(() -> new byte[2][0]);

    private ShuffleDeflate() {
    }

    /**
     * The bytes the pipeline shuffle (element size {@code elementSize}) then deflate ({@code level} 0-9) stores for
     * {@code plain}: the same bytes as the two filters' {@code encode}, with one allocation (the result) instead of
     * four.
     */
    public static byte[] encode(byte[] plain, int elementSize, int level) {
        byte[][] bufs = ENCODE_BUFFERS.get();
        int bound = plain.length + (plain.length >> 9) + 64;
        if (bufs[0].length < plain.length) {
            bufs[0] = new byte[plain.length];
        }
        if (bufs[1].length < bound) {
            bufs[1] = new byte[bound];
        }
        ShuffleFilter.shuffle(plain, plain.length, bufs[0], elementSize);
        Deflater def = DeflateFilter.deflater(level);
        try {
            def.setInput(bufs[0], 0, plain.length);
            def.finish();
            byte[] out = bufs[1];
            int n = 0;
            while (!def.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    bufs[1] = out;
                }
                n += def.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            def.reset();
        }
    }

    /**
     * Inflates {@code stored[0, storedLength)} into {@code scratch} and unshuffles the result into {@code out};
     * true when the stream inflates to exactly {@code chunkBytes} and ends there.
     */
    public static boolean decode(byte[] stored, int storedLength, byte[] scratch, int chunkBytes, int elementSize,
            byte[] out) {
        if (!inflate(stored, storedLength, scratch, chunkBytes)) {
            return false;
        }
        ShuffleFilter.unshuffle(scratch, chunkBytes, out, elementSize);
        return true;
    }

    /** Inflates {@code stored[0, storedLength)} into {@code out}; true when it gives exactly {@code chunkBytes}. */
    public static boolean inflate(byte[] stored, int storedLength, byte[] out, int chunkBytes) {
        return inflateAt(stored, storedLength, out, 0, chunkBytes);
    }

    private static boolean inflateAt(byte[] stored, int storedLength, byte[] out, int offset, int chunkBytes) {
        Inflater inf = INFLATERS.get();
        inf.reset();
        try {
            inf.setInput(stored, 0, storedLength);
            int n = 0;
            int idle = 0;
            while (n < chunkBytes) {
                int got = inf.inflate(out, offset + n, chunkBytes - n);
                n += got;
                if (inf.finished()) {
                    break;
                }
                if (got == 0 && (inf.needsInput() || inf.needsDictionary() || ++idle > 2)) {
                    return false;
                }
            }
            if (n != chunkBytes) {
                return false;
            }
            if (!inf.finished() && (inf.inflate(new byte[1]) > 0 || !inf.finished())) {
                return false; // longer than a chunk
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inf.reset();
        }
    }

    /** See {@link ShuffleFilter#unshuffleRange}: elements [from, to) of {@code n} shuffled ones into {@code out}. */
    public static void unshuffleRange(byte[] planes, int n, int elementSize, int from, int to, byte[] out) {
        ShuffleFilter.unshuffleRange(planes, n, elementSize, from, to, out);
    }

    /** See {@link ShuffleFilter#gather}: unshuffled bytes [from, from + len) of a shuffled chunk into {@code out}. */
    public static void gather(byte[] planes, int length, int elementSize, int from, int len, byte[] out, int off) {
        ShuffleFilter.gather(planes, length, elementSize, from, len, out, off);
    }

    /** {@link #gather} from planes that start at {@code base} of {@code planes}. */
    public static void gather(byte[] planes, int base, int length, int elementSize, int from, int len, byte[] out,
            int off) {
        ShuffleFilter.gather(planes, base, length, elementSize, from, len, out, off);
    }

    /** {@link #inflate(byte[], int, byte[], int)} into {@code out} from {@code offset}. */
    public static boolean inflate(byte[] stored, int storedLength, byte[] out, int offset, int chunkBytes) {
        return inflateAt(stored, storedLength, out, offset, chunkBytes);
    }
}
