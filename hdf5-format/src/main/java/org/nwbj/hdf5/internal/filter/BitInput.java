package org.nwbj.hdf5.internal.filter;

import org.nwbj.hdf5.Hdf5FormatException;

/** Reads bit fields most-significant bit first, the packing of nbit, scaleoffset and CCSDS 121.0-B (szip). */
final class BitInput {
    private final byte[] buf;
    private final int end;
    private final String structure;
    private int pos; // next byte to load into acc
    private long acc; // the low `bits` bits are unread
    private int bits;

    BitInput(byte[] buf, int from, String structure) {
        this.buf = buf;
        this.pos = from;
        this.end = buf.length;
        this.structure = structure;
    }

    /** The next {@code n} bits (0..57) as an unsigned number. */
    long read(int n) {
        if (bits < n) {
            fill(n);
        }
        bits -= n;
        return (acc >>> bits) & ((1L << n) - 1);
    }

    /** Reads up to 64 bits. */
    long readLong(int n) {
        if (n <= 56) {
            return read(n);
        }
        long hi = read(n - 32);
        return (hi << 32) | read(32);
    }

    private void fill(int n) {
        while (bits <= 56) {
            if (pos >= end) {
                if (bits < n) {
                    throw new Hdf5FormatException(structure, -1, "compressed data ends early (after " + (end)
                            + " bytes)");
                }
                return;
            }
            acc = (acc << 8) | (buf[pos++] & 0xff);
            bits += 8;
        }
    }

    /** Counts 0 bits up to the next 1 bit and consumes both: a CCSDS fundamental-sequence code word. */
    int readUnary() {
        int zeros = 0;
        while (true) {
            if (bits == 0) {
                fill(1);
            }
            long window = bits == 64 ? acc : acc & ((1L << bits) - 1);
            if (window != 0) {
                int lead = Long.numberOfLeadingZeros(window) - (64 - bits);
                zeros += lead;
                bits -= lead + 1;
                return zeros;
            }
            zeros += bits;
            bits = 0;
        }
    }

    /** Skips to the next byte boundary. */
    void alignToByte() {
        bits -= bits & 7;
    }
}
