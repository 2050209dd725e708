package org.nwbj.hdf5.internal.filter;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The commonest pipeline, shuffle then deflate (h5py's {@code shuffle=True, compression="gzip"}), decoded into
 * caller-owned buffers: a whole-dataset read then allocates nothing per chunk (the filters' general path makes
 * three chunk-sized arrays per chunk, which at 1,000 chunks of 80 kB is a quarter of a read's CPU in allocation and
 * collection). Only the well-formed case is handled here; anything else returns false and the caller takes the
 * general path, which reports the problem.
 */
public final class ShuffleDeflateDecoder {
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    private ShuffleDeflateDecoder() {
    }

    /**
     * Inflates {@code stored[0, storedLength)} into {@code scratch} and unshuffles the result into {@code out};
     * true when the stream inflates to exactly {@code chunkBytes} and ends there.
     */
    public static boolean decode(byte[] stored, int storedLength, byte[] scratch, int chunkBytes, int elementSize,
            byte[] out) {
        Inflater inf = INFLATERS.get();
        inf.reset();
        try {
            inf.setInput(stored, 0, storedLength);
            int n = 0;
            int idle = 0;
            while (n < chunkBytes) {
                int got = inf.inflate(scratch, n, chunkBytes - n);
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
        } catch (DataFormatException e) {
            return false;
        } finally {
            inf.reset();
        }
        ShuffleFilter.unshuffle(scratch, chunkBytes, out, elementSize);
        return true;
    }
}
