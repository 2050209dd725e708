package org.nwbj.hdf5.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A version 1 B-tree node "TREE" (section III.A.1). Type 0 nodes index group symbol table nodes (keys: local heap
 * offsets of names); type 1 nodes index raw data chunks (keys: stored chunk size, filter mask and chunk offsets
 * with one extra, always zero, dimension for the element).
 *
 * <p>{@code groupKeys} (type 0, else null) holds all {@code children.length + 1} keys: key i and key i + 1 bound
 * the names below child i. {@code chunkKeys} (type 1, else null) holds the key before each child, the one that
 * describes its chunk.
 */
public record BTreeV1Node(int type, int level, long leftSibling, long rightSibling, List<long[]> chunkKeys,
        long[] groupKeys, long[] children) {

    /** Bytes of a node with room for 2K children. */
    public static long size(FormatContext ctx, int type, int k, int chunkRank) {
        long keySize = type == 0 ? ctx.lengthSize() : 8 + 8L * (chunkRank + 1);
        return 8 + 2L * ctx.offsetSize() + (2L * k + 1) * keySize + 2L * k * ctx.offsetSize();
    }

    /**
     * Decodes a node. For chunk nodes each key is {@code [size, filterMask, offset0, ..., offsetN]}; the key before
     * child i describes chunk i.
     */
    public static BTreeV1Node decode(FormatReader r, int expectedType, int chunkRank) {
        r.signature("TREE");
        int type = r.u8();
        if (type != expectedType) {
            throw r.fail("node type expected " + expectedType + ", found " + type);
        }
        int level = r.u8();
        int used = r.u16();
        long left = r.offset();
        long right = r.offset();
        int keyLen = type == 0 ? r.ctx().lengthSize() : 8 + 8 * (chunkRank + 1);
        r.require((long) used * (keyLen + r.ctx().offsetSize()) + (type == 0 ? keyLen : 0));
        long[] children = new long[used];
        List<long[]> keys = type == 1 ? new ArrayList<>(used) : null;
        long[] groupKeys = type == 0 ? new long[used + 1] : null;
        for (int i = 0; i < used; i++) {
            if (type == 0) {
                groupKeys[i] = r.length();
            } else {
                long[] key = new long[2 + chunkRank + 1];
                key[0] = r.u32();
                key[1] = r.u32();
                for (int d = 0; d <= chunkRank; d++) {
                    key[2 + d] = r.u64();
                }
                keys.add(key);
            }
            children[i] = r.offset();
        }
        if (type == 0) {
            groupKeys[used] = r.length();
        }
        return new BTreeV1Node(type, level, left, right, keys, groupKeys, children);
    }

    /**
     * Encodes a chunk index node (type 1) of room for 2K children, as the C library sizes it. {@code keys} has one
     * more entry than {@code children}: {size, filterMask, offset0..offsetRank} with the element dimension last.
     */
    public static byte[] encodeChunkNode(int level, long left, long right, java.util.List<long[]> keys,
            long[] children, int k, int rank, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, (int) size(ctx, 1, k, rank));
        w.signature("TREE").u8(1).u8(level).u16(children.length).offset(left).offset(right);
        for (int i = 0; i <= children.length; i++) {
            long[] key = keys.get(i);
            w.u32(key[0]).u32(key[1]);
            for (int d = 0; d <= rank; d++) {
                w.u64(key[2 + d]);
            }
            if (i < children.length) {
                w.offset(children[i]);
            }
        }
        w.zeros((int) size(ctx, 1, k, rank) - w.position());
        return w.toByteArray();
    }

    /** Encodes this group node (type 0) with room for 2K children. */
    public byte[] encodeGroupNode(int k, FormatContext ctx) {
        if (type != 0) {
            throw new IllegalStateException("a type " + type + " node is not a group node");
        }
        return encodeGroupNode(level, leftSibling, rightSibling, groupKeys, children, k, ctx);
    }

    /**
     * Encodes a group node (type 0) of room for 2K children: {@code keys} (local heap offsets of names, one more
     * than {@code children}) and the children (symbol table nodes at level 0, nodes below otherwise).
     */
    public static byte[] encodeGroupNode(int level, long left, long right, long[] keys, long[] children, int k,
            FormatContext ctx) {
        if (keys.length != children.length + 1 || children.length > 2 * k) {
            throw new IllegalArgumentException(children.length + " children and " + keys.length
                    + " keys for a node of 2K = " + 2 * k);
        }
        int size = (int) size(ctx, 0, k, 0);
        FormatWriter w = new FormatWriter(ctx, size);
        w.signature("TREE").u8(0).u8(level).u16(children.length).offset(left).offset(right);
        for (int i = 0; i <= children.length; i++) {
            w.length(keys[i]);
            if (i < children.length) {
                w.offset(children[i]);
            }
        }
        w.zeros(size - w.position());
        return w.toByteArray();
    }
}
