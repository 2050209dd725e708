package org.nwbj.hdf5.internal.engine.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.internal.format.Checksums;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatWriter;

/**
 * Writes "dense" link or attribute storage: the messages as objects of a fractal heap laid out as the C library lays
 * out its own ({@link FractalHeapWriter}), indexed by name hash in a version 2 B-tree of any depth (record type 5
 * for links, 8 for attributes). Used where messages do not fit in an object header (a message holds at most
 * 64 KiB); any number and size of messages fit. Where creation order is tracked, a second v2 B-tree indexes the
 * same heap objects by creation order (record type 6 for links, 9 for attributes), as the C library keeps it for
 * groups and objects created with creation order indexed.
 */
public final class DenseWriter {
    /** Addresses of the heap, of the name index and of the creation order index (-1: none). */
    public record Result(long heapAddress, long nameIndexAddress, long orderIndexAddress) {
    }

    /** The C library's node size for the name index of dense links and attributes. */
    static final int NAME_INDEX_NODE_SIZE = 512;
    /** The C library's node size for the creation order index of dense links and attributes. */
    static final int ORDER_INDEX_NODE_SIZE = 512;

    private DenseWriter() {
    }

    /** Byte strings ordered as C's strcmp orders them (unsigned bytes; a prefix first). */
    private static int compareUnsigned(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Dense storage for link messages (7-byte heap IDs), without a creation order index. */
    public static Result links(FileWriterSupport out, List<String> names, List<byte[]> messages) {
        return write(out, names, messages, null, true);
    }

    /**
     * Dense storage for link messages with a creation order index when {@code orders} (the links' creation orders,
     * distinct, in the order of {@code names}) is not null.
     */
    public static Result links(FileWriterSupport out, List<String> names, List<byte[]> messages, long[] orders) {
        return write(out, names, messages, orders, true);
    }

    /** Dense storage for attribute messages (8-byte heap IDs), without a creation order index. */
    public static Result attributes(FileWriterSupport out, List<String> names, List<byte[]> messages) {
        return write(out, names, messages, null, false);
    }

    /**
     * Dense storage for attribute messages; {@code orders} (distinct creation orders below 2^16, in the order of
     * {@code names}), when not null, go into the name index records and a creation order index.
     */
    public static Result attributes(FileWriterSupport out, List<String> names, List<byte[]> messages, long[] orders) {
        return write(out, names, messages, orders, false);
    }

    private static Result write(FileWriterSupport out, List<String> names, List<byte[]> objects, long[] orders,
            boolean links) {
        if (orders != null && orders.length != names.size()) {
            throw new IllegalArgumentException(orders.length + " creation orders for " + names.size() + " names");
        }
        FormatContext ctx = out.ctx();
        FractalHeapWriter.Result heap = FractalHeapWriter.write(out,
                links ? FractalHeapWriter.LINKS : FractalHeapWriter.ATTRIBUTES, objects);
        List<byte[]> ids = heap.ids();
        long headerAddress = heap.headerAddress();

        // the name index, sorted as the C library searches it: by name hash, equal hashes by name (strcmp)
        int recordSize = links ? 4 + 7 : 8 + 1 + 4 + 4;
        List<byte[]> encodedNames = new ArrayList<>();
        List<long[]> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            byte[] n = names.get(i).getBytes(StandardCharsets.UTF_8);
            encodedNames.add(n);
            order.add(new long[] {Checksums.lookup3(n, 0, n.length), i});
        }
        order.sort((x, y) -> {
            int c = Long.compare(x[0], y[0]);
            return c != 0 ? c : compareUnsigned(encodedNames.get((int) x[1]), encodedNames.get((int) y[1]));
        });
        FormatWriter records = new FormatWriter(ctx, recordSize * order.size());
        for (long[] r : order) {
            byte[] id = ids.get((int) r[1]);
            if (links) {
                records.u32(r[0]).bytes(id);
            } else {
                records.bytes(id).u8(0).u32(orders != null ? orders[(int) r[1]] : r[1]).u32(r[0]);
            }
        }
        long treeAddress = BTreeV2Writer.write(out, links ? 5 : 8, NAME_INDEX_NODE_SIZE, recordSize,
                records.toByteArray());
        long orderAddress = orders == null ? -1 : orderIndex(out, ids, orders, links);
        return new Result(headerAddress, treeAddress, orderAddress);
    }

    /** The creation order index: records sorted by creation order, each naming the heap object. */
    private static long orderIndex(FileWriterSupport out, List<byte[]> ids, long[] orders, boolean links) {
        List<Integer> byOrder = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            byOrder.add(i);
        }
        byOrder.sort((x, y) -> Long.compare(orders[x], orders[y]));
        int recordSize = links ? 8 + 7 : 8 + 1 + 4;
        FormatWriter records = new FormatWriter(out.ctx(), recordSize * orders.length);
        long previous = -1;
        for (int i : byOrder) {
            if (orders[i] <= previous || orders[i] < 0 || (!links && orders[i] > 0xffff)) {
                throw new IllegalArgumentException("creation orders must be distinct and in range: " + orders[i]);
            }
            previous = orders[i];
            if (links) {
                records.u64(orders[i]).bytes(ids.get(i));
            } else {
                records.bytes(ids.get(i)).u8(0).u32(orders[i]);
            }
        }
        return BTreeV2Writer.write(out, links ? 6 : 9, ORDER_INDEX_NODE_SIZE, recordSize, records.toByteArray());
    }
}
