package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The version 2 B-tree header ("BTHD"), spec III.A.2 "Disk Format: Level 1A2 - Version 2 B-trees", with the
 * per-depth node capacities that fix the widths of the child pointer fields of internal nodes.
 */
public record BTreeV2Header(long address, int type, long nodeSize, int recordSize, int depth, int splitPercent,
        int mergePercent, long rootAddress, int rootRecordCount, long totalRecords) {
    public static final String STRUCTURE = "BTreeV2Header";
    /** Deeper trees would need more records than any file can hold; a larger depth means corruption. */
    public static final int MAX_DEPTH = 64;
    /** Signature, version, type and checksum of every node. */
    static final int NODE_PREFIX = 10;

    public static int encodedSize(FormatContext ctx) {
        return 22 + ctx.offsetSize() + ctx.lengthSize();
    }

    public static BTreeV2Header decode(ByteBuffer buf, long address, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, STRUCTURE, ctx);
        int start = in.position();
        in.signature("BTHD");
        in.version("version", in.u8(), 0);
        int type = in.u8();
        long nodeSize = in.u32();
        int recordSize = in.u16();
        int depth = in.u16();
        int split = in.u8();
        int merge = in.u8();
        long root = in.offset();
        int rootCount = in.u16();
        long total = in.length();
        in.checksum(start);
        if (recordSize == 0) {
            throw in.fail("record size 0");
        }
        if (nodeSize <= NODE_PREFIX + recordSize) {
            throw in.fail("node size " + nodeSize + " cannot hold a record of " + recordSize + " bytes");
        }
        if (depth > MAX_DEPTH) {
            throw in.fail("depth " + depth + " exceeds " + MAX_DEPTH);
        }
        return new BTreeV2Header(address, type, nodeSize, recordSize, depth, split, merge, root, rootCount, total);
    }

    /** The header's bytes, checksum included; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter t = new FormatWriter(ctx, encodedSize(ctx));
        t.signature("BTHD").u8(0).u8(type).u32(nodeSize).u16(recordSize).u16(depth).u8(splitPercent)
                .u8(mergePercent);
        t.offset(rootAddress).u16(rootRecordCount).length(totalRecords);
        t.checksum(0);
        return t.toByteArray();
    }

    /** Capacities of nodes at each depth 0..depth, computed as HDF5 does when it opens the tree. */
    public NodeInfo[] nodeInfo(FormatContext ctx) {
        NodeInfo[] info = new NodeInfo[depth + 1];
        long leafMax = (nodeSize - NODE_PREFIX) / recordSize;
        int maxNrecSize = FractalHeapHeader.limitEncodedSize(leafMax);
        info[0] = new NodeInfo(leafMax, leafMax, 0, maxNrecSize);
        for (int d = 1; d <= depth; d++) {
            int pointerSize = ctx.offsetSize() + maxNrecSize + (d > 1 ? info[d - 1].cumulativeCountSize() : 0);
            long max = (nodeSize - (NODE_PREFIX + pointerSize)) / (recordSize + pointerSize);
            if (max < 1) {
                throw new org.nwbj.hdf5.Hdf5FormatException(STRUCTURE, address,
                        "node size " + nodeSize + " holds no record at depth " + d);
            }
            long prevCum = info[d - 1].cumulativeMax();
            // saturate: only the encoded width matters, and it tops out at 8 bytes
            long cum;
            try {
                cum = Math.addExact(Math.multiplyExact(max + 1, prevCum), max);
            } catch (ArithmeticException e) {
                cum = Long.MAX_VALUE;
            }
            info[d] = new NodeInfo(max, cum, FractalHeapHeader.limitEncodedSize(cum), maxNrecSize);
        }
        return info;
    }

    /**
     * @param maxRecords          records a node at this depth holds at most
     * @param cumulativeMax       records a subtree rooted at this depth holds at most
     * @param cumulativeCountSize width of the "total number of records" field of pointers to nodes of this depth
     * @param countSize           width of the "number of records" field of every child pointer
     */
    public record NodeInfo(long maxRecords, long cumulativeMax, int cumulativeCountSize, int countSize) {
    }
}
