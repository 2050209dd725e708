package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FillValue;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Writes a whole copy of an open file in nwbj's own layout (superblock 2, version 2 object headers, compact
 * link-message groups, version 3 layouts with v1 B-tree chunk indexes), remapping object references and
 * rewriting variable-length data into new global heap collections. Stored chunks are copied as stored (still
 * filtered) unless their elements must be rewritten.
 *
 * <p>Order: every object header is sized and placed first, so references can be remapped while data is written;
 * the headers are written after the data, and the superblock last.
 */
public final class FileCopier {
        private static final long STREAM_BYTES = 64L << 20;

    private enum Kind { GROUP, DATASET, DATATYPE }

    /** One object of the source: what it is, where its copy goes and what its header will hold. */
    private static final class Planned {
        final long source;
        final ObjectHeader header;
        final Kind kind;
        int linkCount;
        long address = -1;
        int headerSize;
        List<LinkMessage> links;
        boolean trackOrder;
        DatasetReader dataset;
        byte[] layoutBody;
        final Map<Integer, byte[]> attributeData = new HashMap<>();
        boolean denseLinks;
        boolean denseAttributes;
        DenseWriter.Result linkStorage;
        DenseWriter.Result attributeStorage;

        Planned(long source, ObjectHeader header, Kind kind) {
            this.source = source;
            this.header = header;
            this.kind = kind;
        }
    }

    private final FileContext src;
    private final FormatContext ctx;
    private final FileWriterSupport out;
    private final HeapWriter heap;
    private final Map<Long, Planned> planned = new LinkedHashMap<>();

    private final boolean latest;

    /** Family member size of the target, or 0 for a single file. */
    private final long familyMemberSize;

    private FileCopier(FileContext src, Storage target, boolean latest, long familyMemberSize) {
        this.latest = latest;
        this.familyMemberSize = familyMemberSize;
        this.src = src;
        this.ctx = src.ctx();
        this.out = new FileWriterSupport(target, ctx, familyMemberSize > 0
                ? Superblock.sizeV0(ctx) + Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx).length
                : Superblock.sizeV2(ctx));
        this.heap = new HeapWriter(out);
    }

    /** Writes a copy of {@code source} into {@code target} (which should be empty). */
    public static void copy(FileContext source, Storage target) {
        new FileCopier(source, target, false, 0).run();
    }

    /**
     * Writes a copy into a family of members of {@code memberSize} bytes: superblock 0 with the family driver
     * information block, so the C library's family driver opens it.
     */
    public static void copyToFamily(FileContext source, Storage target, long memberSize) {
        new FileCopier(source, target, false, memberSize).run();
    }

    /**
     * Writes a copy with the newest structures HDF5 1.10 writes: superblock 3 and layout 4 chunk indexes (single
     * chunk, fixed array, v2 B-tree).
     */
    public static void copyLatest(FileContext source, Storage target) {
        new FileCopier(source, target, true, 0).run();
    }

    private void run() {
        long root = src.superblock().rootObjectHeader();
        plan(root);
        for (Planned p : planned.values()) {
            p.headerSize = encodeHeader(p, true).length;
            p.address = out.allocate(p.headerSize);
        }
        for (Planned p : planned.values()) {
            copyAttributes(p);
            if (p.kind == Kind.DATASET) {
                copyData(p);
            }
            writeDense(p);
        }
        for (Planned p : planned.values()) {
            byte[] h = encodeHeader(p, false);
            if (h.length != p.headerSize) {
                throw new IllegalStateException("object header of " + p.source + " changed size: planned "
                        + p.headerSize + ", encoded " + h.length);
            }
            out.write(p.address, h);
        }
        long eof = out.endOfAllocation();
        if (familyMemberSize > 0) {
            int sb = Superblock.sizeV0(ctx);
            out.write(sb, Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx));
            out.write(0, Superblock.encodeV0(ctx, eof, sb, planned.get(root).address));
            return;
        }
        out.write(0, latest ? Superblock.encodeV3(ctx, -1, eof, planned.get(root).address)
                : Superblock.encodeV2(ctx, -1, eof, planned.get(root).address));
    }

    // ---- planning: every object reachable through hard links, once

    private void plan(long root) {
        Deque<Long> todo = new ArrayDeque<>();
        todo.add(root);
        addPlanned(root);
        while (!todo.isEmpty()) {
            Planned p = planned.get(todo.poll());
            if (p.kind != Kind.GROUP) {
                continue;
            }
            p.trackOrder = GroupReader.tracksOrder(src, p.header);
            List<LinkMessage> links = new ArrayList<>(GroupReader.links(src, p.header));
            if (p.trackOrder) {
                links.sort(Comparator.comparingLong(LinkMessage::creationOrder));
            }
            p.links = links;
            for (LinkMessage l : links) {
                if (l.type() == LinkMessage.HARD) {
                    Planned child = planned.get(l.address());
                    if (child == null) {
                        child = addPlanned(l.address());
                        todo.add(l.address());
                    }
                    child.linkCount++;
                } else if (l.type() != LinkMessage.SOFT && l.type() != LinkMessage.EXTERNAL) {
                    throw new Hdf5UnsupportedException("copying user-defined link type " + l.type());
                }
            }
        }
        planned.get(root).linkCount = Math.max(1, planned.get(root).linkCount);
    }

    private Planned addPlanned(long address) {
        ObjectHeader h = src.header(address);
        Kind kind;
        if (h.has(MessageType.LAYOUT)) {
            kind = Kind.DATASET;
        } else if (GroupReader.isGroup(h)) {
            kind = Kind.GROUP;
        } else if (h.has(MessageType.DATATYPE) && !h.has(MessageType.DATASPACE)) {
            kind = Kind.DATATYPE;
        } else {
            kind = Kind.GROUP;
        }
        Planned p = new Planned(address, h, kind);
        if (kind == Kind.DATASET) {
            p.dataset = new DatasetReader(src, h);
            if (p.dataset.layout().kind() == Layout.Kind.VIRTUAL) {
                throw new Hdf5UnsupportedException("copying virtual datasets");
            }
        }
        planned.put(address, p);
        return p;
    }

    // ---- object headers

    private byte[] encodeHeader(Planned p, boolean sizing) {
        List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
        switch (p.kind) {
            case GROUP -> {
                long maxOrder = 0;
                for (LinkMessage l : p.links) {
                    maxOrder = Math.max(maxOrder, l.creationOrder() + 1);
                }
                List<byte[]> linkBodies = linkBodies(p, sizing);
                p.denseLinks = tooLarge(linkBodies);
                if (p.denseLinks) {
                    long heapAddress = sizing ? 0 : p.linkStorage.heapAddress();
                    long index = sizing ? 0 : p.linkStorage.nameIndexAddress();
                    msgs.add(msg(MessageType.LINK_INFO, 0, LinkInfo.encodeDense(heapAddress, index, ctx)));
                    msgs.add(msg(MessageType.GROUP_INFO, 0, new byte[] {0, 0}));
                } else {
                    msgs.add(msg(MessageType.LINK_INFO, 0, LinkInfo.encodeCompact(p.trackOrder, maxOrder, ctx)));
                    msgs.add(msg(MessageType.GROUP_INFO, 0, new byte[] {0, 0}));
                    for (byte[] body : linkBodies) {
                        msgs.add(msg(MessageType.LINK, 0, body));
                    }
                }
            }
            case DATASET -> {
                DatasetReader d = p.dataset;
                msgs.add(msg(MessageType.DATASPACE, 1, DataspaceCodec.encode(d.space(), ctx)));
                msgs.add(datatypeMessage(p.header.first(MessageType.DATATYPE), d.type(), sizing));
                msgs.add(msg(MessageType.FILL_VALUE, 1, fillValue(p)));
                if (d.pipeline() != null && !d.pipeline().filters().isEmpty()) {
                    msgs.add(msg(MessageType.FILTER_PIPELINE, 1, d.pipeline().encode(ctx)));
                }
                msgs.add(msg(MessageType.LAYOUT, 0, sizing ? plannedLayout(p) : p.layoutBody));
            }
            case DATATYPE -> msgs.add(msg(MessageType.DATATYPE, 1,
                    DatatypeCodec.encode(Messages.datatype(src, p.header), ctx)));
            default -> throw new IllegalStateException();
        }
        if (p.linkCount > 1) {
            byte[] rc = new byte[5];
            HeapWriter.putLe(rc, 1, p.linkCount, 4);
            msgs.add(msg(MessageType.REFERENCE_COUNT, 0, rc));
        }
        List<byte[]> attrBodies = attributeBodies(p, sizing);
        p.denseAttributes = tooLarge(attrBodies);
        if (p.denseAttributes) {
            long heapAddress = sizing ? 0 : p.attributeStorage.heapAddress();
            long index = sizing ? 0 : p.attributeStorage.nameIndexAddress();
            msgs.add(msg(MessageType.ATTRIBUTE_INFO, 0,
                    org.nwbj.hdf5.internal.format.AttributeInfo.encodeDense(heapAddress, index, ctx)));
        } else {
            for (byte[] body : attrBodies) {
                msgs.add(msg(MessageType.ATTRIBUTE, 0, body));
            }
        }
        return ObjectHeaderChunk.encodeV2(msgs, 0, ctx);
    }

    /** Messages that cannot all live in one object header go to dense storage. */
    private static boolean tooLarge(List<byte[]> bodies) {
        long total = 0;
        for (byte[] b : bodies) {
            if (b.length > 0xffff) {
                return true;
            }
            total += b.length + 4;
        }
        return total > 0xffff;
    }

    private List<byte[]> linkBodies(Planned p, boolean sizing) {
        List<byte[]> out = new ArrayList<>();
        for (LinkMessage l : p.links) {
            long order = p.trackOrder ? l.creationOrder() : -1;
            LinkMessage copy = new LinkMessage(l.name(), l.type(), order,
                    l.type() == LinkMessage.HARD ? newAddress(l.address(), sizing) : -1, l.softPath(),
                    l.externalFile(), l.externalPath());
            out.add(copy.encode(ctx));
        }
        return out;
    }

    private List<byte[]> attributeBodies(Planned p, boolean sizing) {
        List<byte[]> out = new ArrayList<>();
        List<AttributeMessage> attrs = Messages.attributes(src, p.header);
        for (int i = 0; i < attrs.size(); i++) {
            AttributeMessage a = attrs.get(i);
            DataType t = Messages.datatype(src, a.datatype());
            ObjectHeaderChunk.Message typeMsg = datatypeMessage(a.datatype(), t, sizing);
            byte[] data = sizing ? new byte[a.data().remaining()] : p.attributeData.get(i);
            out.add(AttributeMessage.encode(a.name(), typeMsg.body(), (typeMsg.flags() & 2) != 0,
                    DataspaceCodec.encode(Messages.dataspace(src, a.dataspace()), ctx), data, ctx));
        }
        return out;
    }

    /** Writes dense link and attribute storage of objects that need it (after attribute data is converted). */
    private void writeDense(Planned p) {
        if (p.kind == Kind.GROUP && p.denseLinks) {
            List<String> names = new ArrayList<>();
            for (LinkMessage l : p.links) {
                names.add(l.name());
            }
            p.linkStorage = DenseWriter.links(out, names, linkBodies(p, false));
        }
        if (p.denseAttributes) {
            List<String> names = new ArrayList<>();
            for (AttributeMessage a : Messages.attributes(src, p.header)) {
                names.add(a.name());
            }
            p.attributeStorage = DenseWriter.attributes(out, names, attributeBodies(p, false));
        }
    }

    private static ObjectHeaderChunk.Message msg(MessageType t, int flags, byte[] body) {
        return new ObjectHeaderChunk.Message(t.id(), flags, body);
    }

    /** The datatype message: a reference to the copied committed datatype when the source shares one. */
    private ObjectHeaderChunk.Message datatypeMessage(HeaderMessage m, DataType t, boolean sizing) {
        if (m.isShared()) {
            SharedMessageRef ref = SharedMessageRef.decode(m.reader("DatatypeMessage", src.ctx()));
            Planned committed = ref.inHeap() ? null : planned.get(ref.address());
            if (committed != null && committed.kind == Kind.DATATYPE) {
                return msg(MessageType.DATATYPE, HeaderMessage.FLAG_SHARED | HeaderMessage.FLAG_CONSTANT,
                        SharedMessageRef.encodeCommitted(sizing ? 0 : committed.address, ctx));
            }
        }
        return msg(MessageType.DATATYPE, HeaderMessage.FLAG_CONSTANT, DatatypeCodec.encode(t, ctx));
    }

    private long newAddress(long source, boolean sizing) {
        if (sizing) {
            return 0;
        }
        Planned p = planned.get(source);
        return p == null ? -1 : p.address;
    }

    private byte[] fillValue(Planned p) {
        DatasetReader d = p.dataset;
        byte[] value = needsRewrite(d.type()) ? null : d.fill();
        int alloc = switch (d.layout().kind()) {
            case COMPACT -> 1;
            case CHUNKED -> 3;
            default -> 2;
        };
        return FillValue.encode(alloc, 2, value, ctx);
    }

    private byte[] plannedLayout(Planned p) {
        DatasetReader d = p.dataset;
        return switch (d.layout().kind()) {
            case COMPACT -> Layout.encodeCompact(new byte[(int) (d.space().elementCount() * d.type().size())], ctx);
            case CONTIGUOUS -> Layout.encodeContiguous(0, 0, ctx);
            case CHUNKED -> latest ? latestLayout(d, null, new ArrayList<>())
                    : Layout.encodeChunkedV3(0, d.layout().chunkDims(), d.type().size(), ctx);
            default -> throw new Hdf5UnsupportedException("copying virtual datasets");
        };
    }

    // ---- attribute and dataset data

    private void copyAttributes(Planned p) {
        List<AttributeMessage> attrs = Messages.attributes(src, p.header);
        for (int i = 0; i < attrs.size(); i++) {
            AttributeMessage a = attrs.get(i);
            DataType t = Messages.datatype(src, a.datatype());
            Dataspace s = Messages.dataspace(src, a.dataspace());
            byte[] data = new byte[a.data().remaining()];
            a.data().duplicate().get(data);
            long count = s.elementCount();
            if (needsRewrite(t) && count * t.size() <= data.length) {
                data = rewrite(t, data, (int) count);
                heap.flush();
            }
            p.attributeData.put(i, data);
        }
    }

    private void copyData(Planned p) {
        DatasetReader d = p.dataset;
        DataType t = d.type();
        Dataspace s = d.space();
        long total = s.kind() == Dataspace.Kind.NULL ? 0 : s.elementCount() * t.size();
        switch (d.layout().kind()) {
            case COMPACT -> {
                byte[] b = d.readAll();
                if (needsRewrite(t)) {
                    b = rewrite(t, b, (int) (b.length / t.size()));
                    heap.flush();
                }
                p.layoutBody = Layout.encodeCompact(b, ctx);
            }
            case CONTIGUOUS -> {
                if (d.layout().address() == -1 || total == 0) {
                    p.layoutBody = Layout.encodeContiguous(-1, total, ctx);
                    return;
                }
                long address = out.allocate(total);
                long[] dims = s.dims();
                if (dims.length == 0) {
                    write(address, d.readAll(), t);
                } else {
                    long rowBytes = total / Math.max(1, dims[0]);
                    long rows = Math.max(1, STREAM_BYTES / Math.max(1, rowBytes));
                    for (long r = 0; r < dims[0]; r += rows) {
                        long n = Math.min(rows, dims[0] - r);
                        write(address + r * rowBytes, d.read(Selection.rows(dims, r, n)), t);
                    }
                }
                p.layoutBody = Layout.encodeContiguous(address, total, ctx);
            }
            case CHUNKED -> copyChunks(p);
            default -> throw new Hdf5UnsupportedException("copying virtual datasets");
        }
    }

    private void write(long address, byte[] bytes, DataType t) {
        if (needsRewrite(t)) {
            bytes = rewrite(t, bytes, bytes.length / t.size());
            heap.flush();
        }
        out.write(address, bytes);
    }

    private void copyChunks(Planned p) {
        DatasetReader d = p.dataset;
        long[] chunk = d.layout().chunkDims();
        int rank = chunk.length;
        List<StoredChunk> chunks = new ArrayList<>(d.storedChunks());
        chunks.sort((a, b) -> compareOrigins(a.origin(), b.origin()));
        FilterPipeline pipeline = d.pipeline();
        int nFilters = pipeline == null ? 0 : pipeline.filters().size();
        List<long[]> keys = new ArrayList<>();
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
        long[] children = new long[chunks.size()];
        boolean rewrite = needsRewrite(d.type());
        boolean keepEdgeFlag = latest && (d.layout().flags() & 1) != 0 && !rewrite;
        for (int i = 0; i < chunks.size(); i++) {
            StoredChunk c = chunks.get(i);
            byte[] bytes;
            int mask;
            if (rewrite) {
                byte[] plain = rewriteChunk(d, c);
                bytes = encodeFilters(pipeline, plain, d);
                mask = 0;
            } else {
                bytes = d.storedBytes(c);
                mask = d.storedUnfiltered(c) && !keepEdgeFlag ? (1 << nFilters) - 1 : c.filterMask();
            }
            children[i] = out.allocate(bytes.length);
            out.write(children[i], bytes);
            keys.add(key(bytes.length, mask, c.origin()));
            long[] cell = new long[rank];
            for (int k = 0; k < rank; k++) {
                cell[k] = c.origin()[k] / chunk[k];
            }
            entries.add(new ChunkIndexWriter.Entry(cell, children[i], bytes.length, mask));
        }
        if (latest) {
            p.layoutBody = latestLayout(d, out, entries);
            return;
        }
        if (chunks.isEmpty()) {
            p.layoutBody = Layout.encodeChunkedV3(-1, chunk, d.type().size(), ctx);
            return;
        }
        long[] last = chunks.get(chunks.size() - 1).origin().clone();
        for (int k = 0; k < rank; k++) {
            last[k] += chunk[k];
        }
        keys.add(key(0, 0, last));
        long root = ChunkBTreeWriter.write(out, keys, children, rank);
        p.layoutBody = Layout.encodeChunkedV3(root, chunk, d.type().size(), ctx);
    }

    private byte[] latestLayout(DatasetReader d, FileWriterSupport w, List<ChunkIndexWriter.Entry> entries) {
        boolean filtered = d.pipeline() != null && !d.pipeline().filters().isEmpty();
        int flags = (d.layout().flags() & 1) != 0 && !needsRewrite(d.type()) ? 1 : 0;
        return ChunkIndexWriter.write(w, ctx, entries, d.space().dims(), d.space().maxDims(), d.layout().chunkDims(),
                d.type().size(), filtered, flags);
    }

    private byte[] rewriteChunk(DatasetReader d, StoredChunk c) {
        byte[] plain = rewrite(d.type(), d.decodedBytes(c), d.chunkBytes() / d.type().size());
        heap.flush();
        return plain;
    }

    private static byte[] encodeFilters(FilterPipeline pipeline, byte[] plain, DatasetReader d) {
        if (pipeline == null) {
            return plain;
        }
        byte[] b = plain;
        for (FilterPipeline.FilterInfo fi : pipeline.filters()) {
            b = Filters.require(fi.id()).encode(b, new FilterParameters(fi.clientData(), d.type().size(),
                    d.chunkBytes()));
        }
        return b;
    }

    private static long[] key(long size, int mask, long[] origin) {
        long[] k = new long[2 + origin.length + 1];
        k[0] = size;
        k[1] = mask & 0xffffffffL;
        System.arraycopy(origin, 0, k, 2, origin.length);
        return k;
    }

    private static int compareOrigins(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }


    // ---- element rewriting: variable-length data and references

    /** True when elements of this type hold file addresses (vlen data, references) that a copy must rewrite. */
    static boolean needsRewrite(DataType t) {
        if (t instanceof VlenType || t instanceof ReferenceType) {
            return true;
        }
        if (t instanceof StringType s) {
            return s.isVariable();
        }
        if (t instanceof ArrayType a) {
            return needsRewrite(a.base());
        }
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                if (needsRewrite(m.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    private byte[] rewrite(DataType t, byte[] source, int count) {
        byte[] out = source.clone();
        for (int i = 0; i < count; i++) {
            rewriteElement(t, source, i * t.size(), out, i * t.size());
        }
        return out;
    }

    private void rewriteElement(DataType t, byte[] src, int at, byte[] dst, int dstAt) {
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                if (needsRewrite(m.type())) {
                    rewriteElement(m.type(), src, at + m.offset(), dst, dstAt + m.offset());
                }
            }
        } else if (t instanceof ArrayType a) {
            long n = a.elementCount();
            for (int i = 0; i < n; i++) {
                rewriteElement(a.base(), src, at + i * a.base().size(), dst, dstAt + i * a.base().size());
            }
        } else if (t instanceof VlenType || t instanceof StringType) {
            DataType base = t instanceof VlenType v ? v.base() : null;
            int baseSize = base == null ? 1 : base.size();
            ByteBuffer b = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
            long count = b.getInt(at) & 0xffffffffL;
            long collection = readAddress(src, at + 4);
            int index = b.getInt(at + 4 + ctx.offsetSize());
            if (count == 0 || collection == 0 || collection == -1) {
                java.util.Arrays.fill(dst, dstAt, dstAt + t.size(), (byte) 0);
                return;
            }
            ByteBuffer obj = GlobalHeap.object(this.src, collection, index);
            long need = count * baseSize;
            if (need > obj.remaining()) {
                throw new Hdf5Exception("variable-length element needs " + need + " bytes, heap object " + index
                        + " at 0x" + Long.toHexString(collection) + " holds " + obj.remaining());
            }
            byte[] data = new byte[(int) need];
            obj.get(data);
            if (base != null && needsRewrite(base)) {
                byte[] converted = data.clone();
                for (int i = 0; i < count; i++) {
                    rewriteElement(base, data, i * baseSize, converted, i * baseSize);
                }
                data = converted;
            }
            heap.add(data, count, dst, dstAt);
        } else if (t instanceof ReferenceType r) {
            if (r.kind() == ReferenceType.Kind.OBJECT) {
                long a = readAddress(src, at);
                long mapped = a == 0 || a == -1 ? 0 : newAddress(a, false);
                HeapWriter.putLe(dst, dstAt, mapped == -1 ? 0 : mapped, ctx.offsetSize());
            } else {
                long collection = readAddress(src, at);
                int index = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN).getInt(at + ctx.offsetSize());
                if (collection == 0 || collection == -1) {
                    java.util.Arrays.fill(dst, dstAt, dstAt + t.size(), (byte) 0);
                    return;
                }
                ByteBuffer obj = GlobalHeap.object(this.src, collection, index);
                byte[] data = new byte[obj.remaining()];
                obj.get(data);
                long target = readAddress(data, 0);
                long mapped = newAddress(target, false);
                HeapWriter.putLe(data, 0, mapped == -1 ? 0 : mapped, ctx.offsetSize());
                heap.addHeapId(data, dst, dstAt);
            }
        }
    }

    private long readAddress(byte[] b, int at) {
        int n = ctx.offsetSize();
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (b[at + i] & 0xff) << (8 * i);
        }
        if (n < 8 && v == (1L << (8 * n)) - 1) {
            return -1;
        }
        return v;
    }
}
