package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;

/**
 * The link message (section IV.A.2.g): a hard, soft or external link with its name and, when tracked, creation
 * order. Also the form links take inside a dense group's fractal heap.
 *
 * @param type         0 hard, 1 soft, 64 external, other values user-defined
 * @param creationOrder creation order, or -1 when not stored
 * @param address      hard link target object header address
 * @param softPath     soft link path
 * @param externalFile external link file name
 * @param externalPath external link object path
 */
public record LinkMessage(String name, int type, long creationOrder, long address, String softPath,
        String externalFile, String externalPath) {
    public static final int HARD = 0;
    public static final int SOFT = 1;
    public static final int EXTERNAL = 64;

    public static LinkMessage decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1);
        int flags = r.u8();
        int type = HARD;
        if ((flags & 0x08) != 0) {
            type = r.u8();
        }
        long order = -1;
        if ((flags & 0x04) != 0) {
            order = r.u64();
        }
        if ((flags & 0x10) != 0) {
            r.u8(); // charset: names are decoded as UTF-8, which is a superset of ASCII
        }
        long nameLen = r.uint(1 << (flags & 3));
        if (nameLen <= 0 || nameLen > r.remaining()) { // an 8-byte length may read as negative
            throw r.fail("link name length " + nameLen + " outside 1.." + r.remaining());
        }
        String name = new String(r.bytes((int) nameLen), StandardCharsets.UTF_8);
        switch (type) {
            case HARD -> {
                return new LinkMessage(name, type, order, r.offset(), null, null, null);
            }
            case SOFT -> {
                int n = r.u16();
                return new LinkMessage(name, type, order, -1, new String(r.bytes(n), StandardCharsets.UTF_8), null,
                        null);
            }
            default -> {
                int n = r.u16();
                if (type != EXTERNAL) {
                    r.skip(n);
                    return new LinkMessage(name, type, order, -1, null, null, null);
                }
                byte[] blob = r.bytes(n);
                FormatReader b = new FormatReader(java.nio.ByteBuffer.wrap(blob), -1, "ExternalLink", r.ctx());
                int vf = b.u8();
                if ((vf >> 4) != 0) {
                    throw r.fail("external link version expected 0, found " + (vf >> 4));
                }
                String file = b.cString();
                String path = b.cString();
                return new LinkMessage(name, type, order, -1, null, file, path);
            }
        }
    }

    /** Encodes the link message body (version 1). */
    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        boolean ascii = nameBytes.length == name.length();
        int widthCode = nameBytes.length < 0x100 ? 0 : nameBytes.length < 0x10000 ? 1 : 2;
        int flags = widthCode | (creationOrder >= 0 ? 0x04 : 0) | (type != HARD ? 0x08 : 0) | (ascii ? 0 : 0x10);
        w.u8(1).u8(flags);
        if (type != HARD) {
            w.u8(type);
        }
        if (creationOrder >= 0) {
            w.u64(creationOrder);
        }
        if (!ascii) {
            w.u8(1);
        }
        w.uint(nameBytes.length, 1 << widthCode);
        w.bytes(nameBytes);
        switch (type) {
            case HARD -> w.offset(address);
            case SOFT -> {
                byte[] p = softPath.getBytes(StandardCharsets.UTF_8);
                w.u16(p.length).bytes(p);
            }
            case EXTERNAL -> {
                byte[] f = externalFile.getBytes(StandardCharsets.UTF_8);
                byte[] p = externalPath.getBytes(StandardCharsets.UTF_8);
                w.u16(1 + f.length + 1 + p.length + 1).u8(0).bytes(f).u8(0).bytes(p).u8(0);
            }
            default -> throw new IllegalArgumentException("cannot encode link type " + type);
        }
        return w.toByteArray();
    }
}
