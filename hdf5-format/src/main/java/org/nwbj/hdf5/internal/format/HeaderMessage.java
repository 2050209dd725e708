package org.nwbj.hdf5.internal.format;

import java.nio.Buffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One raw object header message: its type number, flags, creation order (v2 headers that track it, else -1),
 * body bytes and the file address of the body.
 */
public record HeaderMessage(int typeId, int flags, int creationOrder, ByteBuffer body, long address) {
    public static final int FLAG_CONSTANT = 0x01;
    public static final int FLAG_SHARED = 0x02;
    public static final int FLAG_FAIL_IF_UNKNOWN_WRITE = 0x08;
    public static final int FLAG_FAIL_IF_UNKNOWN_ALWAYS = 0x80;

    public MessageType type() {
        return MessageType.of(typeId);
    }

    public boolean isShared() {
        return (flags & FLAG_SHARED) != 0;
    }

    /** A fresh reader over the body (its own position). */
    public FormatReader reader(String structure, FormatContext ctx) {
        ByteBuffer b = body.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ((Buffer) b).position(0);
        return new FormatReader(b, address, structure, ctx);
    }
}
