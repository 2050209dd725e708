package org.nwbj.hdf5.internal.engine;

import java.util.Collections;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;

/** A whole object header: all messages of all chunks, continuation blocks followed (cycles refused). */
public record ObjectHeader(long address, int version, int v2Flags, List<HeaderMessage> messages, int maxCompact,
        int minDense) {
    private static final int MAX_CHUNKS = 10_000;
    private static final int MAX_MESSAGES = 1_000_000;

    static ObjectHeader read(FileContext f, long address) {
        ByteBuffer probe = f.readUpTo(address, ObjectHeaderChunk.PREFIX_PROBE);
        long size = ObjectHeaderChunk.firstChunkSize(probe, address, f.ctx());
        ObjectHeaderChunk first = ObjectHeaderChunk.decodeFirst(f.read(address, size, "ObjectHeader"), address,
                f.ctx());
        List<HeaderMessage> messages = new ArrayList<>(first.messages());
        ReadLimits.check("maxHeaderMessages", messages.size(), f.limits().maxHeaderMessages(),
                "object header at " + address + ": messages");
        Deque<long[]> pending = new ArrayDeque<>(first.continuations());
        Set<Long> seen = new HashSet<>();
        seen.add(address);
        int chunks = 1;
        while (!pending.isEmpty()) {
            long[] c = pending.poll();
            if (!seen.add(c[0])) {
                throw new Hdf5FormatException("ObjectHeader", address, "continuation block at 0x"
                        + Long.toHexString(c[0]) + " is visited twice (a cycle)");
            }
            if (++chunks > MAX_CHUNKS) {
                throw new Hdf5FormatException("ObjectHeader", address, "more than " + MAX_CHUNKS + " chunks");
            }
            ObjectHeaderChunk chunk = ObjectHeaderChunk.decodeContinuation(
                    f.read(c[0], c[1], "ObjectHeaderContinuation"), c[0], f.ctx(), first.version(), first.v2Flags());
            messages.addAll(chunk.messages());
            pending.addAll(chunk.continuations());
            if (messages.size() > Math.min(MAX_MESSAGES, f.limits().maxHeaderMessages())) {
                ReadLimits.check("maxHeaderMessages", messages.size(), f.limits().maxHeaderMessages(),
                        "object header at " + address + ": messages");
                throw new Hdf5FormatException("ObjectHeader", address, "more than " + MAX_MESSAGES + " messages");
            }
        }
        for (HeaderMessage m : messages) {
            if (m.type() == null && (m.flags() & HeaderMessage.FLAG_FAIL_IF_UNKNOWN_ALWAYS) != 0) {
                throw new Hdf5FormatException("ObjectHeader", address, "unknown message type " + m.typeId()
                        + " is marked 'fail if unknown'");
            }
        }
        return new ObjectHeader(address, first.version(), first.v2Flags(), java.util.Collections.unmodifiableList(new ArrayList<>(messages)),
                first.maxCompact(), first.minDense());
    }

    /** The first message of a type, or null. */
    public HeaderMessage first(MessageType type) {
        for (HeaderMessage m : messages) {
            if (m.typeId() == type.id()) {
                return m;
            }
        }
        return null;
    }

    public List<HeaderMessage> all(MessageType type) {
        List<HeaderMessage> out = new ArrayList<>();
        for (HeaderMessage m : messages) {
            if (m.typeId() == type.id()) {
                out.add(m);
            }
        }
        return out;
    }

    public boolean has(MessageType type) {
        return first(type) != null;
    }
}
