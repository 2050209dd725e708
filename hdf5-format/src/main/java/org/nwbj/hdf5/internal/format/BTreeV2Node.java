package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * A version 2 B-tree node: internal ("BTIN") or leaf ("BTLF"), spec III.A.2. Records are kept as raw slices; their
 * meaning depends on the tree's record type (see {@link BTreeV2Records}).
 *
 * @param childAddresses     depth > 0 only: the {@code records.length + 1} children
 * @param childRecordCounts  depth > 0 only: records held by each child node itself
 * @param childTotalRecords  depth > 1 only: records of each child's whole subtree (else null)
 */
public record BTreeV2Node(long address, int depth, ByteBuffer[] records, long[] childAddresses,
        long[] childRecordCounts, long[] childTotalRecords) {
    public static final String LEAF = "BTreeV2LeafNode";
    public static final String INTERNAL = "BTreeV2InternalNode";

    /**
     * Decodes a node of {@code recordCount} records at {@code depth} (0 = leaf) from a buffer holding the node.
     */
    public static BTreeV2Node decode(ByteBuffer buf, long address, BTreeV2Header hdr,
            BTreeV2Header.NodeInfo[] info, int depth, int recordCount, FormatContext ctx) {
        String structure = depth == 0 ? LEAF : INTERNAL;
        FormatReader in = new FormatReader(buf, address, structure, ctx);
        int start = in.position();
        in.signature(depth == 0 ? "BTLF" : "BTIN");
        in.version("version", in.u8(), 0);
        int type = in.u8();
        if (type != hdr.type()) {
            throw in.fail("record type " + type + " differs from the header's " + hdr.type());
        }
        if (recordCount > info[depth].maxRecords()) {
            throw in.fail(recordCount + " records exceed the node capacity " + info[depth].maxRecords());
        }
        in.require((long) recordCount * hdr.recordSize());
        ByteBuffer[] records = new ByteBuffer[recordCount];
        for (int i = 0; i < recordCount; i++) {
            records[i] = in.slice(hdr.recordSize()).asReadOnlyBuffer().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        }
        long[] children = null;
        long[] counts = null;
        long[] totals = null;
        if (depth > 0) {
            int n = recordCount + 1;
            children = new long[n];
            counts = new long[n];
            totals = depth > 1 ? new long[n] : null;
            int countSize = info[depth].countSize();
            int totalSize = depth > 1 ? info[depth - 1].cumulativeCountSize() : 0;
            for (int i = 0; i < n; i++) {
                children[i] = in.offset();
                counts[i] = in.uint(countSize);
                if (totals != null) {
                    totals[i] = in.uint(totalSize);
                }
            }
        }
        in.checksum(start);
        return new BTreeV2Node(address, depth, records, children, counts, totals);
    }
    /** Encoded size of every node of the tree {@code hdr}: the header's node size (the unused tail is zeros). */
    public static int encodedSize(BTreeV2Header hdr) {
        return (int) hdr.nodeSize();
    }

    /**
     * The node's bytes padded to the tree's node size; the mirror of {@link #decode}. The widths of the child
     * pointers' count fields come from {@code info} (see {@link BTreeV2Header#nodeInfo}).
     *
     * @throws IllegalArgumentException when the node does not fit the node size
     */
    public byte[] encode(BTreeV2Header hdr, BTreeV2Header.NodeInfo[] info, FormatContext ctx) {
        int nodeSize = encodedSize(hdr);
        FormatWriter w = new FormatWriter(ctx, nodeSize);
        w.signature(depth == 0 ? "BTLF" : "BTIN").u8(0).u8(hdr.type());
        for (ByteBuffer r : records) {
            if (r.remaining() != hdr.recordSize()) {
                throw new IllegalArgumentException("record of " + r.remaining() + " bytes, the tree's are "
                        + hdr.recordSize());
            }
            ByteBuffer d = r.duplicate();
            byte[] b = new byte[d.remaining()];
            d.get(b);
            w.bytes(b);
        }
        if (depth > 0) {
            int countSize = info[depth].countSize();
            int totalSize = depth > 1 ? info[depth - 1].cumulativeCountSize() : 0;
            for (int i = 0; i < childAddresses.length; i++) {
                w.offset(childAddresses[i]).uint(childRecordCounts[i], countSize);
                if (depth > 1) {
                    w.uint(childTotalRecords[i], totalSize);
                }
            }
        }
        w.checksum(0);
        if (w.position() > nodeSize) {
            throw new IllegalArgumentException("a v2 B-tree node of " + records.length + " records at depth " + depth
                    + " needs " + w.position() + " bytes, the node size is " + nodeSize);
        }
        w.zeros(nodeSize - w.position());
        return w.toByteArray();
    }
}
