package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * Codecs of the version 2 B-tree record types, spec III.A.2 (record layouts listed after the node formats). Each
 * decoder takes one record's raw bytes as given by a B-tree traversal; each encoder appends one record to a
 * {@link FormatWriter}, and the {@code ...Size} methods give the record size the tree header stores.
 */
public final class BTreeV2Records {
    private BTreeV2Records() {
    }

    public static final int HUGE_INDIRECT = 1;
    public static final int HUGE_INDIRECT_FILTERED = 2;
    public static final int HUGE_DIRECT = 3;
    public static final int HUGE_DIRECT_FILTERED = 4;
    public static final int LINK_NAME = 5;
    public static final int LINK_CREATION_ORDER = 6;
    public static final int SHARED_MESSAGE = 7;
    public static final int ATTRIBUTE_NAME = 8;
    public static final int ATTRIBUTE_CREATION_ORDER = 9;
    public static final int CHUNK = 10;
    public static final int CHUNK_FILTERED = 11;

    /** Type 1 to 4: a huge object of a fractal heap. Filter fields are 0/-1 for types 1 and 3, id -1 for 3 and 4. */
    public record HugeObject(long address, long length, int filterMask, long memorySize, long id) {
    }

    /** Type 5: a link in a group's name index; {@code heapId} is a 7-byte fractal heap ID. */
    public record LinkName(long hash, byte[] heapId) {
    }

    /** Type 6: a link in a group's creation order index. */
    public record LinkCreationOrder(long creationOrder, byte[] heapId) {
    }

    /** Type 8: an attribute in an object's name index; {@code heapId} is 8 bytes. */
    public record AttributeName(byte[] heapId, int messageFlags, long creationOrder, long hash) {
    }

    /** Type 9: an attribute in an object's creation order index. */
    public record AttributeCreationOrder(byte[] heapId, int messageFlags, long creationOrder) {
    }

    /**
     * Types 10 and 11: a chunk of a dataset indexed by a v2 B-tree. {@code size} is -1 and {@code filterMask} 0 for
     * type 10 (the caller knows the unfiltered chunk size).
     */
    public record Chunk(long address, long size, int filterMask, long[] scaledOffsets) {
    }

    private static FormatReader reader(ByteBuffer record, String structure, FormatContext ctx) {
        return new FormatReader(record.duplicate(), -1, structure, ctx);
    }

    private static void end(FormatReader in) {
        if (in.remaining() != 0) {
            throw in.fail("record size mismatch: " + in.remaining() + " bytes left over");
        }
    }

    public static HugeObject hugeObject(int type, ByteBuffer record, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2HugeObjectRecord", ctx);
        long address = in.offset();
        long length = in.length();
        int mask = 0;
        long memSize = -1;
        long id = -1;
        switch (type) {
            case HUGE_INDIRECT -> id = in.length();
            case HUGE_INDIRECT_FILTERED -> {
                mask = (int) in.u32();
                memSize = in.length();
                id = in.length();
            }
            case HUGE_DIRECT -> {
            }
            case HUGE_DIRECT_FILTERED -> {
                mask = (int) in.u32();
                memSize = in.length();
            }
            default -> throw in.fail("record type " + type + " is not a huge object type");
        }
        end(in);
        return new HugeObject(address, length, mask, memSize, id);
    }

    public static LinkName linkName(ByteBuffer record, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2LinkNameRecord", ctx);
        long hash = in.u32();
        byte[] id = in.bytes(7);
        end(in);
        return new LinkName(hash, id);
    }

    public static LinkCreationOrder linkCreationOrder(ByteBuffer record, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2LinkCreationOrderRecord", ctx);
        long order = in.u64();
        byte[] id = in.bytes(7);
        end(in);
        return new LinkCreationOrder(order, id);
    }

    public static AttributeName attributeName(ByteBuffer record, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2AttributeNameRecord", ctx);
        byte[] id = in.bytes(8);
        int flags = in.u8();
        long order = in.u32();
        long hash = in.u32();
        end(in);
        return new AttributeName(id, flags, order, hash);
    }

    public static AttributeCreationOrder attributeCreationOrder(ByteBuffer record, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2AttributeCreationOrderRecord", ctx);
        byte[] id = in.bytes(8);
        int flags = in.u8();
        long order = in.u32();
        end(in);
        return new AttributeCreationOrder(id, flags, order);
    }

    /**
     * Type 10 (non-filtered chunk). {@code rank} is the dataset's rank: the layout message's dimensionality minus
     * one (the extra dimension is the element size, which has no scaled offset).
     */
    public static Chunk chunk(ByteBuffer record, int rank, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2ChunkRecord", ctx);
        long address = in.offset();
        long[] offsets = scaled(in, rank);
        end(in);
        return new Chunk(address, -1, 0, offsets);
    }

    /**
     * Type 11 (filtered chunk). {@code chunkSizeLength} is the width of the "chunk size" field, which the record size
     * also implies (see {@link #filteredChunkSizeLength}).
     */
    public static Chunk filteredChunk(ByteBuffer record, int rank, int chunkSizeLength, FormatContext ctx) {
        FormatReader in = reader(record, "BTreeV2FilteredChunkRecord", ctx);
        if (chunkSizeLength < 1 || chunkSizeLength > 8) {
            throw in.fail("chunk size field width " + chunkSizeLength + " out of range 1..8");
        }
        long address = in.offset();
        long size = in.uint(chunkSizeLength);
        int mask = (int) in.u32();
        long[] offsets = scaled(in, rank);
        end(in);
        return new Chunk(address, size, mask, offsets);
    }

    /** The chunk size width that a type 11 record of {@code recordSize} bytes implies for {@code rank}. */
    public static int filteredChunkSizeLength(int recordSize, int rank, FormatContext ctx) {
        return recordSize - ctx.offsetSize() - 4 - 8 * rank;
    }

    private static long[] scaled(FormatReader in, int rank) {
        if (rank < 0 || rank > 32) {
            throw in.fail("rank " + rank + " out of range 0..32");
        }
        long[] offsets = new long[rank];
        for (int i = 0; i < rank; i++) {
            offsets[i] = in.u64();
        }
        return offsets;
    }
    // ---- encoders (the mirror of the decoders above) ----

    /** Record size of huge object records of {@code type} (1 to 4). */
    public static int hugeObjectSize(int type, FormatContext ctx) {
        int base = ctx.offsetSize() + ctx.lengthSize();
        return switch (type) {
            case HUGE_INDIRECT -> base + ctx.lengthSize();
            case HUGE_INDIRECT_FILTERED -> base + 4 + 2 * ctx.lengthSize();
            case HUGE_DIRECT -> base;
            case HUGE_DIRECT_FILTERED -> base + 4 + ctx.lengthSize();
            default -> throw new IllegalArgumentException("record type " + type + " is not a huge object type");
        };
    }

    public static void encodeHugeObject(FormatWriter w, int type, HugeObject h) {
        w.offset(h.address()).length(h.length());
        switch (type) {
            case HUGE_INDIRECT -> w.length(h.id());
            case HUGE_INDIRECT_FILTERED -> w.u32(h.filterMask() & 0xffffffffL).length(h.memorySize()).length(h.id());
            case HUGE_DIRECT -> {
            }
            case HUGE_DIRECT_FILTERED -> w.u32(h.filterMask() & 0xffffffffL).length(h.memorySize());
            default -> throw new IllegalArgumentException("record type " + type + " is not a huge object type");
        }
    }

    public static final int LINK_NAME_SIZE = 11;
    public static final int LINK_CREATION_ORDER_SIZE = 15;
    public static final int ATTRIBUTE_NAME_SIZE = 17;
    public static final int ATTRIBUTE_CREATION_ORDER_SIZE = 13;

    public static void encodeLinkName(FormatWriter w, LinkName r) {
        w.u32(r.hash()).bytes(fixed(r.heapId(), 7));
    }

    public static void encodeLinkCreationOrder(FormatWriter w, LinkCreationOrder r) {
        w.u64(r.creationOrder()).bytes(fixed(r.heapId(), 7));
    }

    public static void encodeAttributeName(FormatWriter w, AttributeName r) {
        w.bytes(fixed(r.heapId(), 8)).u8(r.messageFlags()).u32(r.creationOrder()).u32(r.hash());
    }

    public static void encodeAttributeCreationOrder(FormatWriter w, AttributeCreationOrder r) {
        w.bytes(fixed(r.heapId(), 8)).u8(r.messageFlags()).u32(r.creationOrder());
    }

    /**
     * Record size of chunk records: type 10 when {@code chunkSizeLength} is 0, else type 11 with a chunk size field
     * of that width.
     */
    public static int chunkSize(int rank, int chunkSizeLength, FormatContext ctx) {
        return ctx.offsetSize() + (chunkSizeLength > 0 ? chunkSizeLength + 4 : 0) + 8 * rank;
    }

    /** A chunk record: type 10 when {@code chunkSizeLength} is 0 (size and mask not stored), else type 11. */
    public static void encodeChunk(FormatWriter w, Chunk c, int chunkSizeLength) {
        w.offset(c.address());
        if (chunkSizeLength > 0) {
            w.uint(c.size(), chunkSizeLength).u32(c.filterMask() & 0xffffffffL);
        }
        for (long o : c.scaledOffsets()) {
            w.u64(o);
        }
    }

    private static byte[] fixed(byte[] id, int n) {
        if (id.length != n) {
            throw new IllegalArgumentException("heap ID of " + id.length + " bytes, expected " + n);
        }
        return id;
    }
}
