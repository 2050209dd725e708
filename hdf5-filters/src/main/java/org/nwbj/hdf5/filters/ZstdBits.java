package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * Zstandard's bit streams (RFC 8878 section 4.1): a backward stream read from its last byte, whose highest set bit
 * marks the start, towards its first; reads past the first byte yield zeros and leave {@link #overflowed()} true.
 */
final class ZstdBits {
    private final byte[] b;
    private final int start;
    /** Bits left before the first byte's bit 0; negative once read past it. */
    private long index;

    ZstdBits(byte[] b, int start, int end, String structure) {
        if (end <= start) {
            throw new Hdf5FormatException(structure, -1, "empty zstd bit stream");
        }
        int last = b[end - 1] & 0xff;
        if (last == 0) {
            throw new Hdf5FormatException(structure, -1, "zstd bit stream without its end marker");
        }
        this.b = b;
        this.start = start;
        this.index = (long) (end - 1 - start) * 8 + (31 - Integer.numberOfLeadingZeros(last));
    }

    /** Reads {@code n} (0-32) bits: the bits just below the position, the highest first. */
    int read(int n) {
        int v = peek(n);
        index -= n;
        return v;
    }

    int peek(int n) {
        if (n == 0) {
            return 0;
        }
        long from = index - n;
        if (from >= 0) {
            return (int) (extract(from, n));
        }
        if (index <= 0) {
            return 0;
        }
        return (int) (extract(0, (int) index) << (int) -from);
    }

    void skip(int n) {
        index -= n;
    }

    private long extract(long from, int n) {
        int byteAt = (int) (from >>> 3);
        int shift = (int) (from & 7);
        long v = 0;
        int need = (shift + n + 7) >>> 3;
        for (int i = 0; i < need; i++) {
            v |= (b[start + byteAt + i] & 0xffL) << (8 * i);
        }
        return (v >>> shift) & ((1L << n) - 1);
    }

    boolean overflowed() {
        return index < 0;
    }

    /** True when every bit was read, no more. */
    boolean finished() {
        return index == 0;
    }
}
