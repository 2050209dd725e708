package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared object header message table "SMTB" (spec III.H) and the superblock extension's message that points
 * at it (spec IV.A.2.u, "Shared Message Table Message"): for each index, which message types it shares, its
 * list/B-tree cutoffs, its index (a list "SMLI" or a v2 B-tree) and the fractal heap holding the messages.
 */
public final class SharedMessageTableCodec {
    public static final String STRUCTURE = "SharedMessageTable";

    private SharedMessageTableCodec() {
    }

    /** The shared message table message: the table's address and its number of indexes. */
    public record TableMessage(long tableAddress, int indexCount) {
        public static TableMessage decode(FormatReader r) {
            r.version("version", r.u8(), 0);
            long table = r.offset();
            return new TableMessage(table, r.u8());
        }

        public byte[] encode(FormatContext ctx) {
            return new FormatWriter(ctx, encodedSize(ctx)).u8(0).offset(tableAddress).u8(indexCount).toByteArray();
        }

        public static int encodedSize(FormatContext ctx) {
            return 2 + ctx.offsetSize();
        }
    }

    /**
     * One index of the table.
     *
     * @param indexType        0 a list, 1 a v2 B-tree
     * @param messageTypeFlags bit t set when messages of type t are shared through this index
     */
    public record Index(int version, int indexType, int messageTypeFlags, long minMessageSize, int listMax,
            int btreeMin, int messageCount, long indexAddress, long heapAddress) {
        public boolean shares(int messageType) {
            return (messageTypeFlags & (1 << messageType)) != 0;
        }
    }

    /** Bytes of a table of {@code indexes} indexes, signature and checksum included. */
    public static long encodedSize(int indexes, FormatContext ctx) {
        return 4 + (long) indexes * entrySize(ctx) + 4;
    }

    private static int entrySize(FormatContext ctx) {
        return 1 + 1 + 2 + 4 + 2 + 2 + 2 + 2 * ctx.offsetSize();
    }

    /** Decodes a table of {@code indexes} indexes (the count the table message gives) and verifies its checksum. */
    public static List<Index> decode(ByteBuffer buf, long address, int indexes, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("SMTB");
        in.require((long) indexes * entrySize(ctx));
        List<Index> out = new ArrayList<>(indexes);
        for (int i = 0; i < indexes; i++) {
            int version = in.u8();
            int type = in.u8();
            int flags = in.u16();
            long min = in.u32();
            int listMax = in.u16();
            int btreeMin = in.u16();
            int count = in.u16();
            long index = in.offset();
            long heap = in.offset();
            out.add(new Index(version, type, flags, min, listMax, btreeMin, count, index, heap));
        }
        in.checksum(start);
        return out;
    }

    /** The table's bytes, checksum included; the mirror of {@link #decode}. */
    public static byte[] encode(List<Index> indexes, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, (int) encodedSize(indexes.size(), ctx));
        w.signature("SMTB");
        for (Index x : indexes) {
            w.u8(x.version()).u8(x.indexType()).u16(x.messageTypeFlags()).u32(x.minMessageSize()).u16(x.listMax())
                    .u16(x.btreeMin()).u16(x.messageCount()).offset(x.indexAddress()).offset(x.heapAddress());
        }
        w.checksum(0);
        return w.toByteArray();
    }
}
