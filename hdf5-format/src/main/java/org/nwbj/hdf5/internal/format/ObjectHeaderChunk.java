package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one chunk of an object header (section IV.A): the prefix of a v1 or v2 header with the first chunk's
 * messages, or a continuation block (v1: bare messages; v2: "OCHK" ... checksum).
 *
 * @param version           1 or 2
 * @param v2Flags           v2 header flags (0 for v1)
 * @param messages          the messages of this chunk, NIL messages dropped
 * @param continuations     (address, length) pairs of continuation blocks named in this chunk
 * @param maxCompact        v2 attribute phase change: max compact (or -1)
 * @param minDense          v2 attribute phase change: min dense (or -1)
 */
public record ObjectHeaderChunk(int version, int v2Flags, List<HeaderMessage> messages, List<long[]> continuations,
        int maxCompact, int minDense, int messageCountV1) {

    /** Bytes to fetch for the prefix of an object header: enough for either version's prefix. */
    public static final int PREFIX_PROBE = 40;

    /**
     * Size of the whole first chunk (prefix and messages) of the header whose first bytes are in {@code probe},
     * so the caller can read it in one piece.
     */
    public static long firstChunkSize(ByteBuffer probe, long address, FormatContext ctx) {
        FormatReader r = new FormatReader(probe, address, "ObjectHeader", ctx);
        int first = r.u8();
        if (first == 1) {
            r.skip(7);
            long size = r.u32();
            return 16 + size;
        }
        r.position(0);
        r.signature("OHDR");
        int version = r.u8();
        r.version("version", version, 2);
        int flags = r.u8();
        if ((flags & 0x20) != 0) {
            r.skip(16);
        }
        if ((flags & 0x10) != 0) {
            r.skip(4);
        }
        int width = 1 << (flags & 3);
        long size = r.uint(width);
        return r.position() + size + 4;
    }

    /** Decodes the first chunk of an object header (the prefix and its messages). */
    public static ObjectHeaderChunk decodeFirst(ByteBuffer buf, long address, FormatContext ctx) {
        FormatReader r = new FormatReader(buf, address, "ObjectHeader", ctx);
        int first = r.u8();
        if (first == 1) {
            r.u8();
            int count = r.u16();
            r.u32(); // reference count
            long size = r.u32();
            r.skip(4); // padding to 8
            List<HeaderMessage> msgs = new ArrayList<>();
            List<long[]> conts = new ArrayList<>();
            r.require(size);
            decodeV1Messages(r, (int) size, msgs, conts);
            return new ObjectHeaderChunk(1, 0, msgs, conts, -1, -1, count);
        }
        r.position(0);
        r.signature("OHDR");
        r.version("version", r.u8(), 2);
        int flags = r.u8();
        if ((flags & ~0x3f) != 0) {
            throw r.fail("unknown object header flags 0x" + Integer.toHexString(flags));
        }
        if ((flags & 0x20) != 0) {
            r.skip(16);
        }
        int maxCompact = -1;
        int minDense = -1;
        if ((flags & 0x10) != 0) {
            maxCompact = r.u16();
            minDense = r.u16();
        }
        long size = r.uint(1 << (flags & 3));
        r.require(size + 4);
        List<HeaderMessage> msgs = new ArrayList<>();
        List<long[]> conts = new ArrayList<>();
        decodeV2Messages(r, flags, (int) size, msgs, conts);
        r.checksum(0);
        return new ObjectHeaderChunk(2, flags, msgs, conts, maxCompact, minDense, -1);
    }

    /** Decodes a continuation block of a header of the given version. */
    public static ObjectHeaderChunk decodeContinuation(ByteBuffer buf, long address, FormatContext ctx, int version,
            int v2Flags) {
        FormatReader r = new FormatReader(buf, address, "ObjectHeaderContinuation", ctx);
        List<HeaderMessage> msgs = new ArrayList<>();
        List<long[]> conts = new ArrayList<>();
        if (version == 1) {
            decodeV1Messages(r, r.remaining(), msgs, conts);
        } else {
            r.signature("OCHK");
            decodeV2Messages(r, v2Flags, r.remaining() - 4, msgs, conts);
            r.checksum(0);
        }
        return new ObjectHeaderChunk(version, v2Flags, msgs, conts, -1, -1, -1);
    }

    private static void decodeV1Messages(FormatReader r, int size, List<HeaderMessage> msgs, List<long[]> conts) {
        int end = r.position() + size;
        while (end - r.position() >= 8) {
            int type = r.u16();
            int len = r.u16();
            int flags = r.u8();
            r.skip(3);
            if (len > end - r.position()) {
                throw r.fail("message of type " + type + " claims " + len + " bytes, only " + (end - r.position())
                        + " left in the header chunk");
            }
            long addr = r.address();
            ByteBuffer body = r.slice(len);
            add(r, type, flags, -1, body, addr, msgs, conts);
            // v1 messages are aligned to 8 bytes within the chunk
            int pad = (8 - (r.position() & 7)) & 7;
            if (pad > 0 && r.position() + pad <= end) {
                r.skip(pad);
            }
        }
        r.position(end);
    }

    private static void decodeV2Messages(FormatReader r, int flags, int size, List<HeaderMessage> msgs,
            List<long[]> conts) {
        boolean order = (flags & 0x04) != 0;
        int headerSize = order ? 6 : 4;
        int end = r.position() + size;
        while (end - r.position() >= headerSize) {
            int type = r.u8();
            int len = r.u16();
            int mflags = r.u8();
            int creation = order ? r.u16() : -1;
            if (len > end - r.position()) {
                throw r.fail("message of type " + type + " claims " + len + " bytes, only " + (end - r.position())
                        + " left in the header chunk");
            }
            long addr = r.address();
            ByteBuffer body = r.slice(len);
            add(r, type, mflags, creation, body, addr, msgs, conts);
        }
        r.position(end); // a gap smaller than a message header may end the chunk
    }

    private static void add(FormatReader r, int type, int flags, int creation, ByteBuffer body, long addr,
            List<HeaderMessage> msgs, List<long[]> conts) {
        if (type == MessageType.NIL.id()) {
            return;
        }
        if (type == MessageType.CONTINUATION.id()) {
            FormatReader c = new FormatReader(body.duplicate(), addr, "ContinuationMessage", r.ctx());
            long a = c.offset();
            long l = c.length();
            conts.add(new long[] {a, l});
            return;
        }
        msgs.add(new HeaderMessage(type, flags, creation, body, addr));
    }

    /**
     * A message to encode: its type, flags and body, and its creation index (written only in headers that track
     * attribute creation order, see {@link #encodeV2(java.util.List, int, FormatContext, boolean)}).
     */
    public record Message(int type, int flags, byte[] body, int creationOrder) {
        public Message(int type, int flags, byte[] body) {
            this(type, flags, body, 0);
        }
    }

    /** Header flags of version 2 headers tracking and indexing attribute creation order (bits 2 and 3). */
    public static final int FLAGS_ATTRIBUTE_ORDER = 0x0c;

    /** Bytes before a message's body in a version 2 header: type, size, flags (and the creation index). */
    public static int messagePrefix(boolean attributeOrder) {
        return attributeOrder ? 6 : 4;
    }

    /**
     * Encodes a version 2 object header in one chunk ("OHDR", no times, 4-byte chunk size) with its checksum;
     * {@code extra} bytes are reserved at the end for later growth: a NIL message, or a bare gap when fewer than
     * the 4 bytes of a message header.
     */
    public static byte[] encodeV2(java.util.List<Message> messages, int extra, FormatContext ctx) {
        return encodeV2(messages, extra, ctx, false);
    }

    /**
     * As {@link #encodeV2(java.util.List, int, FormatContext)}; with {@code attributeOrder} the header flags say
     * attribute creation order is tracked and indexed, and every message carries its creation index.
     */
    public static byte[] encodeV2(java.util.List<Message> messages, int extra, FormatContext ctx,
            boolean attributeOrder) {
        FormatWriter w = new FormatWriter(ctx);
        w.signature("OHDR").u8(2).u8(0x02 | (attributeOrder ? FLAGS_ATTRIBUTE_ORDER : 0));
        int sizeAt = w.position();
        w.u32(0);
        int start = w.position();
        encodeMessages(w, messages, attributeOrder);
        int prefix = messagePrefix(attributeOrder);
        if (extra >= prefix) {
            w.u8(0).u16(extra - prefix).u8(0);
            if (attributeOrder) {
                w.u16(0);
            }
            w.zeros(extra - prefix);
        } else if (extra > 0) {
            w.zeros(extra); // a gap smaller than a message header may end a chunk
        }
        w.patchU32(sizeAt, w.position() - start);
        w.checksum(0);
        return w.toByteArray();
    }

    /**
     * Encodes the first chunk of a version 1 object header: the 16-byte prefix (version, message count, reference
     * count, chunk size, padding) and the messages, each body padded to 8 bytes; the mirror of
     * {@link #decodeFirst}. {@code totalMessages} is the count the prefix states: the messages of every chunk,
     * continuation and NIL messages included. {@code extra} (0 or a multiple of 8, at least 8) is left as a NIL
     * message for later growth.
     */
    public static byte[] encodeV1(List<Message> messages, int extra, int totalMessages, long referenceCount,
            FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(1).u8(0).u16(totalMessages).u32(referenceCount);
        int sizeAt = w.position();
        w.u32(0).zeros(4); // the messages start 8-byte aligned
        int start = w.position();
        encodeV1Messages(w, messages, extra);
        w.patchU32(sizeAt, w.position() - start);
        return w.toByteArray();
    }

    /** A version 1 continuation block: bare messages, padded as in {@link #encodeV1}; no signature, no checksum. */
    public static byte[] encodeV1Continuation(List<Message> messages, int extra, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        encodeV1Messages(w, messages, extra);
        return w.toByteArray();
    }

    private static void encodeV1Messages(FormatWriter w, List<Message> messages, int extra) {
        if (extra != 0 && (extra < 8 || extra % 8 != 0)) {
            throw new IllegalArgumentException("a version 1 chunk grows by whole 8-byte messages, not " + extra);
        }
        for (Message m : messages) {
            int padded = (m.body().length + 7) & ~7;
            if (padded > 0xffff) {
                throw new IllegalArgumentException("message of type " + m.type() + " has " + m.body().length
                        + " bytes; version 1 header messages hold at most 65528");
            }
            // the size field counts the padding: v1 bodies keep the next message 8-byte aligned
            w.u16(m.type()).u16(padded).u8(m.flags()).zeros(3).bytes(m.body()).zeros(padded - m.body().length);
        }
        if (extra > 0) {
            w.u16(MessageType.NIL.id()).u16(extra - 8).u8(0).zeros(3).zeros(extra - 8);
        }
    }

    /** Writes messages as a version 2 chunk holds them, with creation indexes when {@code attributeOrder}. */
    public static void encodeMessages(FormatWriter w, java.util.List<Message> messages, boolean attributeOrder) {
        for (Message m : messages) {
            if (m.body().length > 0xffff) {
                throw new IllegalArgumentException("message of type " + m.type() + " has " + m.body().length
                        + " bytes; object header messages hold at most 65535");
            }
            w.u8(m.type()).u16(m.body().length).u8(m.flags());
            if (attributeOrder) {
                w.u16(m.creationOrder());
            }
            w.bytes(m.body());
        }
    }
}
