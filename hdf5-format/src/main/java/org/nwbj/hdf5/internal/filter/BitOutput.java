package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;

/** Writes bit fields most-significant bit first into a growing array; unused low bits of the last byte are 0. */
final class BitOutput {
    private byte[] buf;
    private int pos;
    private long acc;
    private int bits;

    BitOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Writes the low {@code n} (0..56) bits of {@code v}. */
    void write(long v, int n) {
        acc = (acc << n) | (v & ((1L << n) - 1));
        bits += n;
        while (bits >= 8) {
            bits -= 8;
            put((byte) (acc >>> bits));
        }
    }

    void writeLong(long v, int n) {
        if (n <= 56) {
            write(v, n);
        } else {
            write(v >>> 32, n - 32);
            write(v, 32);
        }
    }

    private void put(byte b) {
        if (pos == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[pos++] = b;
    }

    /** Number of whole bytes written so far. */
    int wholeBytes() {
        return pos;
    }

    /** Flushes a partial last byte (padded with 0 bits) and returns the bytes. */
    byte[] toByteArray(int minLength) {
        if (bits > 0) {
            put((byte) (acc << (8 - bits)));
            bits = 0;
        }
        return Arrays.copyOf(buf, Math.max(pos, minLength));
    }
}
