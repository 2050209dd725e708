package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Little-endian writing of on-disk structures into a growing byte array, with the widths of offsets and lengths
 * taken from a {@link FormatContext}; the mirror of {@link FormatReader}.
 */
public final class FormatWriter {
    private final FormatContext ctx;
    private byte[] buf;
    private int pos;

    public FormatWriter(FormatContext ctx) {
        this(ctx, 64);
    }

    public FormatWriter(FormatContext ctx, int initialCapacity) {
        this.ctx = ctx;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    public FormatContext ctx() {
        return ctx;
    }

    /** Number of bytes written so far (the position of the next byte). */
    public int position() {
        return pos;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    public FormatWriter u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public FormatWriter u16(int v) {
        return uint(v, 2);
    }

    public FormatWriter u32(long v) {
        return uint(v, 4);
    }

    public FormatWriter u64(long v) {
        return uint(v, 8);
    }

    /** An unsigned little-endian integer of {@code n} bytes. */
    public FormatWriter uint(long v, int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = i < 8 ? (byte) (v >>> (8 * i)) : 0;
        }
        return this;
    }

    /** An address; -1 (undefined) is written as all bits set. */
    public FormatWriter offset(long address) {
        return address == -1 ? ones(ctx.offsetSize()) : uint(address, ctx.offsetSize());
    }

    /** A length; -1 is written as all bits set (unlimited dimensions). */
    public FormatWriter length(long v) {
        return v == -1 ? ones(ctx.lengthSize()) : uint(v, ctx.lengthSize());
    }

    private FormatWriter ones(int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) 0xff;
        }
        return this;
    }

    public FormatWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public FormatWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    public FormatWriter zeros(int n) {
        ensure(n);
        pos += n; // the array is zero-filled
        return this;
    }

    public FormatWriter signature(String s) {
        return bytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A UTF-8 string followed by a NUL byte. */
    public FormatWriter cString(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
        return u8(0);
    }

    /** Zero bytes up to the next multiple of {@code n} counted from {@code from}. */
    public FormatWriter padTo(int from, int n) {
        int used = pos - from;
        return zeros((n - used % n) % n);
    }

    /** Appends the lookup3 checksum of bytes [from, position). */
    public FormatWriter checksum(int from) {
        long c = Checksums.lookup3(buf, from, pos - from);
        return u32(c);
    }

    /** Overwrites 4 bytes at {@code at} (for sizes known only after what follows them is written). */
    public void patchU32(int at, long v) {
        for (int i = 0; i < 4; i++) {
            buf[at + i] = (byte) (v >>> (8 * i));
        }
    }

    public void patchU16(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }
}
