package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The multi driver's information block ("NCSAmult") as stored, decoded for updating in place: after the 16-byte
 * block header, a map of the six memory types (superblock, B-tree, raw data, global heap, local heap, object
 * header) to the member that holds them, then for every member (a type mapped to itself, in type order) its first
 * address and its end of allocation counted from that address (8 bytes each, whatever the superblock's offset
 * size), then the members' name templates. {@link #withEnds} changes only the ends of allocation.
 */
public final class MultiDriverInfo {
    /** Memory types as the C library numbers them (H5FD_mem_t), 1-based. */
    public static final int SUPER = 1;
    public static final int DRAW = 3;
    public static final int GHEAP = 4;

    private final long address;
    private final byte[] block;
    private final int[] map = new int[6];
    /** Start and end-of-allocation of the member of each type mapped to itself (index type - 1), else -1. */
    private final long[] start = new long[6];
    private final long[] end = new long[6];
    private final int[] endAt = new int[6];

    private MultiDriverInfo(long address, byte[] block) {
        this.address = address;
        this.block = block;
    }

    /** Bytes of the block's header before the member table: version, reserved, size, driver id. */
    public static final int HEADER = 16;

    /**
     * Decodes a whole block ({@value #HEADER}-byte header and data) read at {@code address}; refuses one whose
     * table does not fit its size or maps a type to a member that is not one.
     */
    public static MultiDriverInfo decode(byte[] block, long address) {
        MultiDriverInfo m = new MultiDriverInfo(address, block.clone());
        ByteBuffer b = ByteBuffer.wrap(m.block).order(ByteOrder.LITTLE_ENDIAN);
        if (block.length < HEADER + 8) {
            throw new org.nwbj.hdf5.Hdf5FormatException("MultiDriverInfo", address, "block of " + block.length
                    + " bytes, expected at least " + (HEADER + 8));
        }
        String id = new String(m.block, 8, 8, StandardCharsets.US_ASCII);
        if (!id.equals("NCSAmult")) {
            throw new org.nwbj.hdf5.Hdf5FormatException("MultiDriverInfo", address, "driver id expected NCSAmult, "
                    + "found " + id);
        }
        for (int t = 1; t <= 6; t++) {
            int to = m.block[HEADER + t - 1] & 0xff;
            // 0 (H5FD_MEM_DEFAULT) maps a type to itself
            m.map[t - 1] = to == 0 ? t : to;
            if (m.map[t - 1] > 6) {
                throw new org.nwbj.hdf5.Hdf5FormatException("MultiDriverInfo", address, "memory type " + t
                        + " mapped to " + to + ", expected a type 1-6");
            }
        }
        int at = HEADER + 8;
        java.util.Arrays.fill(m.start, -1);
        java.util.Arrays.fill(m.end, -1);
        for (int t = 1; t <= 6; t++) {
            if (m.map[t - 1] != t) {
                continue;
            }
            if (at + 16 > block.length) {
                throw new org.nwbj.hdf5.Hdf5FormatException("MultiDriverInfo", address, "member table needs "
                        + (at + 16) + " bytes, the block has " + block.length);
            }
            m.start[t - 1] = b.getLong(at);
            m.end[t - 1] = b.getLong(at + 8);
            m.endAt[t - 1] = at + 8;
            at += 16;
        }
        for (int t = 1; t <= 6; t++) {
            int member = m.map[t - 1];
            if (m.map[member - 1] != member) {
                throw new org.nwbj.hdf5.Hdf5FormatException("MultiDriverInfo", address, "memory type " + t
                        + " mapped to type " + m.map[t - 1] + ", which is not a member");
            }
        }
        return m;
    }

    /** The member (the type it is named by) holding memory type {@code type}. */
    public int memberOf(int type) {
        return map[type - 1];
    }

    /** Distinct members. */
    public int memberCount() {
        int n = 0;
        for (int t = 1; t <= 6; t++) {
            n += map[t - 1] == t ? 1 : 0;
        }
        return n;
    }

    /** First address of member {@code member}. */
    public long start(int member) {
        return start[member - 1];
    }

    /** End of allocation recorded for member {@code member}, counted from its first address. */
    public long end(int member) {
        return end[member - 1];
    }

    /** Where the block is. */
    public long address() {
        return address;
    }

    /** The whole block as stored. */
    public byte[] bytes() {
        return block.clone();
    }

    /** The block with new ends of allocation for two members, everything else as stored. */
    public byte[] withEnds(int memberA, long endA, int memberB, long endB) {
        byte[] out = block.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(endAt[memberA - 1], endA);
        b.putLong(endAt[memberB - 1], endB);
        return out;
    }
}
