package org.nwbj.hdf5.internal.engine.write;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Node;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * Writes a version 2 B-tree (spec III.A.2) in one go from records already sorted in the tree's order: a tree of the
 * least depth that holds them all, whose nodes of each level share the records evenly (so every node below the root
 * is about half full or more, and none is empty). Internal nodes hold records too: the separators between their
 * children's subtrees. The widths of the child pointers' count fields are those the C library derives from the node
 * size when it opens the tree ({@link BTreeV2Header#nodeInfo}), so that the reader and the C library decode alike.
 */
public final class BTreeV2Writer {
    /** The C library's split and merge percentages for the trees it creates for groups, attributes and chunks. */
    static final int SPLIT_PERCENT = 100;
    static final int MERGE_PERCENT = 40;

    private final FileWriterSupport out;
    private final int type;
    private final int nodeSize;
    private final int recordSize;
    private final byte[] records;
    private BTreeV2Header.NodeInfo[] info;
    /** The tree's fixed fields, for the node codec. */
    private BTreeV2Header shape;

    private BTreeV2Writer(FileWriterSupport out, int type, int nodeSize, int recordSize, byte[] records) {
        this.out = out;
        this.type = type;
        this.nodeSize = nodeSize;
        this.recordSize = recordSize;
        this.records = records;
    }

    /**
     * Writes the tree and returns its header's address.
     *
     * @param records the encoded records back to back ({@code recordSize} bytes each), in the tree's key order
     */
    public static long write(FileWriterSupport out, int type, int nodeSize, int recordSize, byte[] records) {
        if (recordSize <= 0 || records.length % recordSize != 0) {
            throw new IllegalArgumentException(records.length + " bytes of records of " + recordSize + " bytes");
        }
        return new BTreeV2Writer(out, type, nodeSize, recordSize, records).write(records.length / recordSize);
    }

    /** The depth of the tree {@link #write} builds for {@code count} records. */
    public static int depthFor(FormatContext ctx, int type, int nodeSize, int recordSize, long count) {
        return capacities(ctx, type, nodeSize, recordSize, count).length - 1;
    }

    /**
     * Node capacities of the least deep tree holding {@code count} records. The bulk layout needs leaves of at
     * least 3 records and internal nodes of at least 1 so that no node ends up empty (see {@link #node}).
     */
    private static BTreeV2Header.NodeInfo[] capacities(FormatContext ctx, int type, int nodeSize, int recordSize,
            long count) {
        for (int depth = 0; depth <= BTreeV2Header.MAX_DEPTH; depth++) {
            BTreeV2Header shape = new BTreeV2Header(-1, type, nodeSize, recordSize, depth, SPLIT_PERCENT,
                    MERGE_PERCENT, -1, 0, 0);
            BTreeV2Header.NodeInfo[] info = shape.nodeInfo(ctx);
            if (info[0].maxRecords() < 3 || info[0].maxRecords() > 0xffff) {
                throw new IllegalArgumentException("v2 B-tree nodes of " + nodeSize + " bytes hold "
                        + info[0].maxRecords() + " records of " + recordSize + " bytes (3 .. 65535 needed)");
            }
            if (info[depth].cumulativeMax() >= count) {
                return info;
            }
        }
        throw new IllegalArgumentException(count + " records exceed a v2 B-tree of depth " + BTreeV2Header.MAX_DEPTH);
    }

    private long write(int count) {
        FormatContext ctx = out.ctx();
        info = capacities(ctx, type, nodeSize, recordSize, count);
        int depth = info.length - 1;
        shape = new BTreeV2Header(-1, type, nodeSize, recordSize, depth, SPLIT_PERCENT, MERGE_PERCENT, -1, 0, 0);
        long[] root = count == 0 ? new long[] {-1, 0, 0} : node(0, count, depth);
        byte[] th = new BTreeV2Header(-1, type, nodeSize, recordSize, depth, SPLIT_PERCENT, MERGE_PERCENT, root[0],
                (int) root[1], root[2]).encode(ctx);
        long address = out.allocate(th.length);
        out.write(address, th);
        return address;
    }

    /**
     * Writes the subtree of records [first, first + count) with its root at {@code depth}; returns its address, the
     * records of its root node and of the whole subtree.
     *
     * <p>An internal node gets the fewest children (at least 2) whose subtrees can hold the records left after the
     * separators, the records shared evenly. With leaves of at least 3 records the children's shares never fall
     * below what a subtree of their depth needs to have no empty node (the least deep tree is chosen, so the root
     * holds more than a tree one level lower could).
     */
    private long[] node(long first, long count, int depth) {
        FormatContext ctx = out.ctx();
        BTreeV2Node node;
        long nodeRecords = count;
        if (depth == 0) {
            check(count >= 1 && count <= info[0].maxRecords(), count, depth);
            ByteBuffer[] rs = new ByteBuffer[(int) count];
            for (int i = 0; i < count; i++) {
                rs[i] = record(first + i);
            }
            node = new BTreeV2Node(-1, 0, rs, null, null, null);
        } else {
            long below = info[depth - 1].cumulativeMax();
            long children = Math.max(2, ceilDiv(count + 1, below + 1));
            check(children - 1 <= info[depth].maxRecords() && count >= children - 1, count, depth);
            long share = (count - (children - 1)) / children;
            long extra = (count - (children - 1)) % children;
            long[][] child = new long[(int) children][];
            long position = first;
            for (int i = 0; i < children; i++) {
                long n = share + (i < extra ? 1 : 0);
                child[i] = node(position, n, depth - 1);
                position += n + 1; // the separator after child i
            }
            ByteBuffer[] separators = new ByteBuffer[(int) children - 1];
            position = first;
            for (int i = 0; i < children - 1; i++) {
                position += child[i][2];
                separators[i] = record(position);
                position++;
            }
            long[] addresses = new long[(int) children];
            long[] counts = new long[(int) children];
            long[] totals = depth > 1 ? new long[(int) children] : null;
            for (int i = 0; i < children; i++) {
                addresses[i] = child[i][0];
                counts[i] = child[i][1];
                if (totals != null) {
                    totals[i] = child[i][2];
                }
            }
            node = new BTreeV2Node(-1, depth, separators, addresses, counts, totals);
            nodeRecords = children - 1;
        }
        byte[] bytes;
        try {
            bytes = node.encode(shape, info, ctx);
        } catch (IllegalArgumentException e) {
            check(false, count, depth);
            throw e;
        }
        long address = out.allocate(nodeSize);
        out.write(address, bytes);
        return new long[] {address, nodeRecords, count};
    }

    private ByteBuffer record(long i) {
        return ByteBuffer.wrap(records, (int) (i * recordSize), recordSize);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private void check(boolean ok, long count, int depth) {
        if (!ok) {
            throw new IllegalStateException("v2 B-tree bulk layout: " + count + " records at depth " + depth
                    + " do not fit nodes of " + nodeSize + " bytes");
        }
    }
}
