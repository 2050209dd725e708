package org.nwbj.hdf5.internal.format;

import java.nio.Buffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * Bounds-checked little-endian reading of one on-disk structure held in a buffer. Every failure is an
 * {@link Hdf5FormatException} naming the structure and the file address of the failing field.
 */
public final class FormatReader {
    private final ByteBuffer buf;
    private final long baseAddress;
    private final String structure;
    private final FormatContext ctx;

    /**
     * @param buf         the bytes; reading starts at its position, and the buffer's position advances
     * @param baseAddress file address of {@code buf}'s position 0 (for messages); -1 when unknown
     */
    public FormatReader(ByteBuffer buf, long baseAddress, String structure, FormatContext ctx) {
        this.buf = buf.order(ByteOrder.LITTLE_ENDIAN);
        this.baseAddress = baseAddress;
        this.structure = structure;
        this.ctx = ctx;
    }

    public FormatContext ctx() {
        return ctx;
    }

    public String structure() {
        return structure;
    }

    public ByteBuffer buffer() {
        return buf;
    }

    /** File address of the next byte to read (or -1 when unknown). */
    public long address() {
        return baseAddress == -1 ? -1 : baseAddress + buf.position();
    }

    public long baseAddress() {
        return baseAddress;
    }

    public int position() {
        return buf.position();
    }

    public void position(int p) {
        if (p < 0 || p > buf.limit()) {
            throw fail("position " + p + " outside the structure's " + buf.limit() + " bytes");
        }
        ((Buffer) buf).position(p);
    }

    public int remaining() {
        return buf.remaining();
    }

    /** Throws unless {@code n} more bytes are available. */
    public void require(long n) {
        if (n < 0 || n > buf.remaining()) {
            throw fail("truncated: needs " + n + " more bytes, " + buf.remaining() + " left");
        }
    }

    public int u8() {
        require(1);
        return buf.get() & 0xff;
    }

    public int u16() {
        require(2);
        return buf.getShort() & 0xffff;
    }

    public long u32() {
        require(4);
        return buf.getInt() & 0xffffffffL;
    }

    /** A 32-bit field that must fit in a non-negative int. */
    public int u32AsInt(String field) {
        long v = u32();
        if (v > Integer.MAX_VALUE) {
            throw fail(field + " too large: " + v);
        }
        return (int) v;
    }

    public long u64() {
        require(8);
        return buf.getLong();
    }

    /** Unsigned little-endian integer of {@code n} bytes (0..8); larger widths must have zero high bytes. */
    public long uint(int n) {
        require(n);
        long v = 0;
        for (int i = 0; i < n; i++) {
            int b = buf.get() & 0xff;
            if (i < 8) {
                v |= (long) b << (8 * i);
            } else if (b != 0) {
                throw fail(n + "-byte integer does not fit in 64 bits");
            }
        }
        return v;
    }

    /** An address of "size of offsets" bytes; all bits set (the undefined address) is returned as -1. */
    public long offset() {
        int n = ctx.offsetSize();
        long v = uint(n);
        if (n < 8 && v == (1L << (8 * n)) - 1) {
            return FormatContext.UNDEFINED;
        }
        return v;
    }

    /** A length of "size of lengths" bytes; all bits set is returned as -1. */
    public long length() {
        int n = ctx.lengthSize();
        long v = uint(n);
        if (n < 8 && v == (1L << (8 * n)) - 1) {
            return -1;
        }
        return v;
    }

    public byte[] bytes(int n) {
        require(n);
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** A view of the next {@code n} bytes (little-endian), advancing past them. */
    public ByteBuffer slice(int n) {
        require(n);
        ByteBuffer s = buf.slice();
        ((Buffer) s).limit(n);
        s.order(ByteOrder.LITTLE_ENDIAN);
        ((Buffer) buf).position(buf.position() + n);
        return s;
    }

    public void skip(long n) {
        require(n);
        ((Buffer) buf).position(buf.position() + (int) n);
    }

    /** Checks a signature of ASCII characters. */
    public void signature(String expected) {
        byte[] b = bytes(expected.length());
        String found = new String(b, StandardCharsets.ISO_8859_1);
        if (!found.equals(expected)) {
            throw new Hdf5FormatException(structure, address() - b.length, "signature", quote(expected),
                    quote(printable(found)));
        }
    }

    /** Reads a NUL-terminated string of at most the remaining bytes, consuming the terminator. */
    public String cString() {
        int start = buf.position();
        int end = start;
        while (end < buf.limit() && buf.get(end) != 0) {
            end++;
        }
        if (end >= buf.limit()) {
            throw fail("unterminated string");
        }
        byte[] b = new byte[end - start];
        buf.get(b);
        buf.get();
        return new String(b, StandardCharsets.UTF_8);
    }

    public void version(String field, int found, int... allowed) {
        for (int a : allowed) {
            if (a == found) {
                return;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int a : allowed) {
            sb.append(sb.length() == 0 ? "" : " or ").append(a);
        }
        throw new Hdf5FormatException(structure, address() - 1, field, sb.toString(), found);
    }

    public Hdf5FormatException fail(String problem) {
        return new Hdf5FormatException(structure, address(), problem);
    }

    /** Verifies a Jenkins lookup3 checksum over bytes [from, position) stored in the next 4 bytes. */
    public void checksum(int from) {
        int to = buf.position();
        long computed = Checksums.lookup3(buf, from, to - from);
        long stored = u32();
        if (computed != stored) {
            throw new org.nwbj.hdf5.Hdf5ChecksumException(structure, baseAddress == -1 ? -1 : baseAddress + from,
                    stored, computed);
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return sb.toString();
    }
}
