package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5FormatException;

/** A finite state entropy decoding table (RFC 8878 section 4.1.1). */
final class ZstdFse {
    final int accuracyLog;
    final int[] symbol;
    final int[] nbBits;
    final int[] newState;

    private ZstdFse(int accuracyLog) {
        this.accuracyLog = accuracyLog;
        int size = 1 << accuracyLog;
        symbol = new int[size];
        nbBits = new int[size];
        newState = new int[size];
    }

    /** A table for one symbol with probability 1 (the RLE mode): every state decodes it with no bits. */
    static ZstdFse rle(int sym) {
        ZstdFse t = new ZstdFse(0);
        t.symbol[0] = sym;
        return t;
    }

    /** Builds the table of a normalized distribution ({@code -1}: "less than 1"). */
    static ZstdFse build(short[] norm, int symbols, int accuracyLog, String structure) {
        ZstdFse t = new ZstdFse(accuracyLog);
        int size = 1 << accuracyLog;
        int high = size - 1;
        int[] next = new int[symbols];
        for (int s = 0; s < symbols; s++) {
            if (norm[s] == -1) {
                t.symbol[high--] = s;
                next[s] = 1;
            } else {
                next[s] = norm[s];
            }
        }
        int step = (size >>> 1) + (size >>> 3) + 3;
        int mask = size - 1;
        int pos = 0;
        for (int s = 0; s < symbols; s++) {
            for (int i = 0; i < norm[s]; i++) {
                t.symbol[pos] = s;
                do {
                    pos = (pos + step) & mask;
                } while (pos > high);
            }
        }
        if (pos != 0) {
            throw new Hdf5FormatException(structure, -1, "zstd FSE distribution does not fill its table");
        }
        for (int u = 0; u < size; u++) {
            int s = t.symbol[u];
            int x = next[s]++;
            int bits = accuracyLog - (31 - Integer.numberOfLeadingZeros(x));
            t.nbBits[u] = bits;
            t.newState[u] = (x << bits) - size;
        }
        return t;
    }

    /**
     * Reads a table description at {@code in[at..]} (forward little-endian bits); returns the table and stores
     * the bytes used in {@code used[0]}.
     */
    static ZstdFse read(byte[] in, int at, int end, int maxSymbol, int maxLog, int[] used, String structure) {
        long bitPos = 0;
        long avail = (long) (end - at) * 8;
        if (avail < 4) {
            throw corrupt(structure, "zstd FSE table description truncated");
        }
        int log = (int) bits(in, at, end, bitPos, 4) + 5;
        bitPos += 4;
        if (log > maxLog) {
            throw corrupt(structure, "zstd FSE accuracy log " + log + " above " + maxLog);
        }
        short[] norm = new short[maxSymbol + 1];
        int remaining = (1 << log) + 1;
        int threshold = 1 << log;
        int nb = log + 1;
        int sym = 0;
        boolean previous0 = false;
        while (remaining > 1 && sym <= maxSymbol) {
            if (previous0) {
                int n0 = sym;
                while (true) {
                    int r = (int) bits(in, at, end, bitPos, 2);
                    bitPos += 2;
                    n0 += r;
                    if (r != 3) {
                        break;
                    }
                }
                if (n0 > maxSymbol + 1) {
                    throw corrupt(structure, "zstd FSE zero run past symbol " + maxSymbol);
                }
                while (sym < n0) {
                    norm[sym++] = 0;
                }
                if (sym > maxSymbol) {
                    break;
                }
            }
            int max = (2 * threshold - 1) - remaining;
            int count;
            long v = bits(in, at, end, bitPos, nb);
            if ((v & (threshold - 1)) < max) {
                count = (int) (v & (threshold - 1));
                bitPos += nb - 1;
            } else {
                count = (int) (v & (2 * threshold - 1));
                if (count >= threshold) {
                    count -= max;
                }
                bitPos += nb;
            }
            count--;
            remaining -= Math.abs(count);
            norm[sym++] = (short) count;
            previous0 = count == 0;
            while (remaining < threshold) {
                nb--;
                threshold >>= 1;
            }
            if (bitPos > avail) {
                throw corrupt(structure, "zstd FSE table description truncated");
            }
        }
        if (remaining != 1 || bitPos > avail) {
            throw corrupt(structure, "zstd FSE table description is corrupt");
        }
        used[0] = (int) ((bitPos + 7) >>> 3);
        return build(norm, sym, log, structure);
    }

    /** {@code n} bits at bit {@code pos} of the forward stream, zeros past its end. */
    private static long bits(byte[] in, int at, int end, long pos, int n) {
        long v = 0;
        int byteAt = (int) (pos >>> 3);
        int shift = (int) (pos & 7);
        int need = (shift + n + 7) >>> 3;
        for (int i = 0; i < need; i++) {
            int idx = at + byteAt + i;
            if (idx < end) {
                v |= (in[idx] & 0xffL) << (8 * i);
            }
        }
        return (v >>> shift) & ((1L << n) - 1);
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}
