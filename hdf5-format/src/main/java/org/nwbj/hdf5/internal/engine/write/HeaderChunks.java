package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.internal.format.FormatWriter;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;

/**
 * Lays a header's messages out for a flush of {@link WritableFile}: the first chunk at the object's fixed address
 * and, when they outgrow it, a continuation block in fresh space (never rewritten in place, so a published first
 * chunk and a SWMR reader following it keep a whole block).
 */
final class HeaderChunks {
    private HeaderChunks() {
    }

    /**
     * Encodes the first chunk of an object's header, exactly {@code o.capacity} bytes; messages that do not fit go
     * to a continuation block, written now to fresh space (or kept where it is when its bytes did not change).
     */
    static byte[] encode(WritableFile f, WObject o, List<ObjectHeaderChunk.Message> msgs) {
        int overhead = 4 + 1 + 1 + 4 + 4; // signature, version, flags, chunk size, checksum
        int room = o.capacity - overhead;
        int used = 0;
        int fit = 0;
        int prefix = ObjectHeaderChunk.messagePrefix(o.trackAttributeOrder);
        int continuationRoom = f.continuationRoom - 4 + prefix;
        for (ObjectHeaderChunk.Message m : msgs) {
            int n = prefix + m.body().length;
            if (used + n > room) {
                break;
            }
            used += n;
            fit++;
        }
        List<ObjectHeaderChunk.Message> first;
        if (fit == msgs.size()) {
            first = msgs;
        } else {
            // keep room for the continuation message in the first chunk
            while (fit > 0 && used + continuationRoom > room) {
                used -= prefix + msgs.get(--fit).body().length;
            }
            List<ObjectHeaderChunk.Message> rest = msgs.subList(fit, msgs.size());
            FormatWriter cw = new FormatWriter(f.ctx);
            cw.signature("OCHK");
            for (ObjectHeaderChunk.Message m : rest) {
                if (m.body().length > 0xffff) {
                    throw new org.nwbj.hdf5.Hdf5UnsupportedException("a header message of type " + m.type()
                            + " with " + m.body().length + " bytes (at most 65535)");
                }
            }
            ObjectHeaderChunk.encodeMessages(cw, rest, o.trackAttributeOrder);
            cw.checksum(0);
            byte[] cont = cw.toByteArray();
            if (!java.util.Arrays.equals(cont, o.continuation)) {
                // never rewritten in place: the published first chunk may point to the old block, which is
                // released (free after this flush completes)
                long at = f.out.allocate(cont.length);
                f.out.write(at, cont);
                releaseContinuation(f, o);
                o.continuationAddress = at;
                o.continuation = cont;
            }
            first = new ArrayList<>(msgs.subList(0, fit));
            FormatWriter body = new FormatWriter(f.ctx);
            body.offset(o.continuationAddress).length(cont.length);
            first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, body.toByteArray()));
            used += continuationRoom;
        }
        if (fit == msgs.size()) {
            releaseContinuation(f, o);
        }
        int gap = room - used;
        if (gap < 0) {
            throw new org.nwbj.hdf5.Hdf5UnsupportedException("rewriting the object header at " + o.address
                    + ": its first chunk of " + o.capacity + " bytes cannot hold a continuation message");
        }
        byte[] h = ObjectHeaderChunk.encodeV2(first, gap, f.ctx, o.trackAttributeOrder);
        if (h.length != o.capacity) {
            throw new IllegalStateException("header of " + h.length + " bytes does not fill its capacity of "
                    + o.capacity);
        }
        return h;
    }

    /** The continuation block the object's last header used is free once a header without it is published. */
    static void releaseContinuation(WritableFile f, WObject o) {
        if (o.continuation != null) {
            f.out.release(o.continuationAddress, o.continuation.length);
            o.continuation = null;
            o.continuationAddress = -1;
        }
    }
}
