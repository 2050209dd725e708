package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Node;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * Reads a version 2 B-tree (spec III.A.2): visits records in key order or searches for one. Records are handed out
 * as raw little-endian buffers (positioned at 0, one per call); decode them with {@link org.nwbj.hdf5.internal.format.BTreeV2Records}.
 * Holds no mutable state: safe for concurrent use when the BlockReader is.
 */
public final class BTreeV2 {
    private final BlockReader reader;
    private final BTreeV2Header header;
    private final BTreeV2Header.NodeInfo[] info;

    private BTreeV2(BlockReader reader, BTreeV2Header header) {
        this.reader = reader;
        this.header = header;
        this.info = header.nodeInfo(reader.ctx());
    }

    public static BTreeV2 open(BlockReader r, long headerAddress) {
        FormatContext ctx = r.ctx();
        ByteBuffer b = Blocks.read(r, headerAddress, BTreeV2Header.encodedSize(ctx), BTreeV2Header.STRUCTURE);
        return new BTreeV2(r, BTreeV2Header.decode(b, headerAddress, ctx));
    }

    public BTreeV2Header header() {
        return header;
    }

    public int recordType() {
        return header.type();
    }

    public int recordSize() {
        return header.recordSize();
    }

    public long recordCount() {
        return header.totalRecords();
    }

    /** Visits every record in key order (child 0, record 0, child 1, record 1, ...). */
    public void forEach(Consumer<ByteBuffer> visitor) {
        walk(visitor, false);
    }

    /**
     * As {@link #forEach}, but hands out the node's own read-only record slices (little-endian, positioned at 0):
     * no buffer per record, for walks over many records. The visitor must read them with absolute gets only.
     */
    public void forEachShared(Consumer<ByteBuffer> visitor) {
        walk(visitor, true);
    }

    private void walk(Consumer<ByteBuffer> visitor, boolean shared) {
        if (header.rootAddress() == FormatContext.UNDEFINED || header.rootRecordCount() == 0) {
            if (header.totalRecords() != 0) {
                throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, header.address(),
                        "empty root but " + header.totalRecords() + " records");
            }
            return;
        }
        long[] seen = {0};
        visit(header.rootAddress(), header.depth(), header.rootRecordCount(), new HashSet<>(), visitor, seen, shared,
                null, 0);
        if (seen[0] != header.totalRecords()) {
            throw new Hdf5FormatException(BTreeV2Header.STRUCTURE, header.address(),
                    "header counts " + header.totalRecords() + " records, nodes hold " + seen[0]);
        }
    }

    private void visit(long address, int depth, long count, Set<Long> visited, Consumer<ByteBuffer> visitor,
            long[] seen, boolean shared, ByteBuffer span, long spanAt) {
        BTreeV2Node node = node(address, depth, count, visited, span, spanAt);
        ByteBuffer leaves = null;
        long leavesAt = 0;
        if (depth == 1) {
            // the leaves under this node, read together when they lie close: one read instead of one per leaf
            long lo = Long.MAX_VALUE;
            long hi = -1;
            for (long a : node.childAddresses()) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
            long bytes = hi - lo + header.nodeSize();
            if (lo >= 0 && hi >= lo && node.childAddresses().length > 1 && bytes <= MAX_SPAN
                    && bytes <= 2L * node.childAddresses().length * header.nodeSize()) {
                leaves = Blocks.read(reader, lo, bytes, BTreeV2Node.LEAF);
                leavesAt = lo;
            }
        }
        for (int i = 0; i < node.records().length; i++) {
            if (depth > 0) {
                visit(node.childAddresses()[i], depth - 1, node.childRecordCounts()[i], visited, visitor, seen,
                        shared, leaves, leavesAt);
            }
            seen[0]++;
            visitor.accept(shared ? node.records()[i] : view(node.records()[i]));
        }
        if (depth > 0) {
            int last = node.records().length;
            visit(node.childAddresses()[last], depth - 1, node.childRecordCounts()[last], visited, visitor, seen,
                    shared, leaves, leavesAt);
        }
    }

    /** Most bytes one read of the leaves under an internal node takes. */
    private static final long MAX_SPAN = 4L << 20;

    /**
     * Finds a record by binary search. {@code compare} returns a negative number when the wanted key sorts before
     * the given record, 0 when the record is the one wanted, positive when the wanted key sorts after it.
     *
     * @return the record, or null when the tree has none that compares equal
     */
    public ByteBuffer find(ToIntFunction<ByteBuffer> compare) {
        if (header.rootAddress() == FormatContext.UNDEFINED || header.rootRecordCount() == 0) {
            return null;
        }
        Set<Long> visited = new HashSet<>();
        long address = header.rootAddress();
        int depth = header.depth();
        long count = header.rootRecordCount();
        while (true) {
            BTreeV2Node node = node(address, depth, count, visited, null, 0);
            ByteBuffer[] records = node.records();
            int lo = 0;
            int hi = records.length - 1;
            int child = records.length;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare.applyAsInt(view(records[mid]));
                if (c == 0) {
                    return view(records[mid]);
                } else if (c < 0) {
                    child = mid;
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            if (depth == 0) {
                return null;
            }
            address = node.childAddresses()[child];
            count = node.childRecordCounts()[child];
            depth--;
        }
    }

    /**
     * Visits, in key order, every record that {@code compare} (as for {@link #find}) reports equal, descending
     * only into subtrees that can hold such records. For keys that may repeat, e.g. name hashes of links and
     * attributes, where the caller then compares the names themselves.
     */
    public void forEachMatching(ToIntFunction<ByteBuffer> compare, Consumer<ByteBuffer> visitor) {
        if (header.rootAddress() == FormatContext.UNDEFINED || header.rootRecordCount() == 0) {
            return;
        }
        matching(header.rootAddress(), header.depth(), header.rootRecordCount(), new HashSet<>(), compare, visitor);
    }

    private void matching(long address, int depth, long count, Set<Long> visited, ToIntFunction<ByteBuffer> compare,
            Consumer<ByteBuffer> visitor) {
        BTreeV2Node node = node(address, depth, count, visited, null, 0);
        ByteBuffer[] records = node.records();
        int n = records.length;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = compare.applyAsInt(view(records[i]));
        }
        for (int i = 0; i <= n; i++) {
            // child i holds keys between record i-1 and record i
            boolean afterPrevious = i == 0 || c[i - 1] >= 0;
            boolean beforeNext = i == n || c[i] <= 0;
            if (depth > 0 && afterPrevious && beforeNext) {
                matching(node.childAddresses()[i], depth - 1, node.childRecordCounts()[i], visited, compare, visitor);
            }
            if (i < n && c[i] == 0) {
                visitor.accept(view(records[i]));
            }
        }
    }

    /** A fresh little-endian view (duplicate() would reset the byte order to big-endian). */
    private static ByteBuffer view(ByteBuffer record) {
        return record.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Node {@code address}, from {@code span} (bytes read from {@code spanAt}) when it lies inside. */
    private BTreeV2Node node(long address, int depth, long count, Set<Long> visited, ByteBuffer span, long spanAt) {
        String structure = depth == 0 ? BTreeV2Node.LEAF : BTreeV2Node.INTERNAL;
        if (!visited.add(address)) {
            throw new Hdf5FormatException(structure, address, "node visited twice (cycle in the B-tree)");
        }
        if (count < 0 || count > info[depth].maxRecords()) {
            throw new Hdf5FormatException(structure, address,
                    count + " records exceed the node capacity " + info[depth].maxRecords());
        }
        ByteBuffer b;
        if (span != null && address >= spanAt && address - spanAt <= span.limit() - header.nodeSize()) {
            int at = (int) (address - spanAt);
            ByteBuffer d = span.duplicate();
            ((java.nio.Buffer) d).position(at);
            ((java.nio.Buffer) d).limit(at + (int) header.nodeSize());
            b = d.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        } else {
            b = Blocks.read(reader, address, header.nodeSize(), structure);
        }
        return BTreeV2Node.decode(b, address, header, info, depth, (int) count, reader.ctx());
    }
}
