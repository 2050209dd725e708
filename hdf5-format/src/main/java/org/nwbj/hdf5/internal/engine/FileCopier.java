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
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FillValue;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.VirtualMappings;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.internal.format.SplitDriverInfo;
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
        /** The creation order the next link would get (the link info message's maximum creation index). */
        long nextOrder;
        DatasetReader dataset;
        byte[] layoutBody;
        final Map<Integer, byte[]> attributeData = new HashMap<>();
        boolean denseLinks;
        boolean denseAttributes;
        /** Creation orders of the attributes (in the order Messages.attributes lists them), where tracked; else null. */
        long[] attributeOrders;
        int nextAttributeOrder;
        DenseWriter.Result linkStorage;
        DenseWriter.Result attributeStorage;
        /** Chunk dimensions and filters of a dataset rewritten by a {@link Repack}; null when copied as stored. */
        long[] newChunks;
        FilterPipeline newPipeline;

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

    /**
     * Rechunking and refiltering applied to every dataset of a copy, like h5repack: {@code chunks} for datasets of
     * its rank (clipped to their dimensions), {@code chooser} for the others (and for every dataset when
     * {@code chunks} is null and the dataset was not chunked); {@code deflate} (-1: none) and {@code shuffle}
     * replace the filters when either is given.
     */
    public record Repack(long[] chunks, int deflate, boolean shuffle,
            java.util.function.BiFunction<Dataspace, Integer, long[]> chooser, List<int[]> filters,
            FilterLocalizer localizer) {
        boolean refilters() {
            return deflate >= 0 || shuffle || !filters.isEmpty();
        }
    }

    /** Derives a filter's stored client data from the dataset it is applied to (the C library's "set local"). */
    public interface FilterLocalizer {
        int[] clientData(int id, int[] given, org.nwbj.hdf5.type.DataType type, long[] chunks);
    }

    private Repack repack;

    /** Sources of virtual datasets when they are written as plain datasets ("materialized"), else null. */
    private VirtualSources materialize;

    /** Family member size of the target, or 0 for a single file. */
    private final long familyMemberSize;

    /** Raw data allocation (offsets in the raw file) of a split target, else null. */
    private final FileWriterSupport raw;

    private FileCopier(FileContext src, Storage target, boolean latest, long familyMemberSize) {
        this(src, target, latest, familyMemberSize, false);
    }

    private FileCopier(FileContext src, Storage target, boolean latest, long familyMemberSize, boolean split) {
        this.latest = latest;
        this.familyMemberSize = familyMemberSize;
        this.src = src;
        this.ctx = src.ctx();
        this.out = new FileWriterSupport(target, ctx, familyMemberSize > 0
                ? Superblock.sizeV0(ctx) + Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx).length
                : split ? Superblock.sizeV0(ctx) + SplitDriverInfo.size() : Superblock.sizeV2(ctx));
        this.raw = split ? new FileWriterSupport(target, ctx, 0) : null;
        // global heap collections go to a split pair's raw member, as the C library's split driver maps them
        this.heap = split ? new HeapWriter(out, this::allocateRaw) : new HeapWriter(out);
    }

    /**
     * Writes a copy as a split pair, as the C library's split driver does: superblock 0 with the multi driver's
     * information block and metadata in {@code meta}, dataset elements in {@code rawData}.
     */
    public static void copyToSplit(FileContext source, Storage meta, Storage rawData, Repack repack) {
        FileCopier c = new FileCopier(source, new SplitStorage(meta, rawData), false, 0, true);
        c.repack = repack;
        c.run();
    }

    /** Space for dataset elements: in the raw file of a split target, else with the metadata. */
    private long allocateRaw(long size) {
        return raw == null ? out.allocate(size) : SplitDriverInfo.RAW_START + raw.allocate(size);
    }

    /** Writes a copy of {@code source} into {@code target} (which should be empty). */
    public static void copy(FileContext source, Storage target) {
        new FileCopier(source, target, false, 0).run();
    }

    /**
     * Writes a copy into a family of members of {@code memberSize} bytes: superblock 0 with the family driver
     * information block, so the C library's family driver opens it.
     */
    public static void copyToFamily(FileContext source, Storage target, long memberSize, Repack repack) {
        FileCopier c = new FileCopier(source, target, false, memberSize);
        c.repack = repack;
        c.run();
    }

    /**
     * Writes a copy with the newest structures HDF5 1.10 writes: superblock 3 and layout 4 chunk indexes (single
     * chunk, fixed array, v2 B-tree).
     */
    public static void copyLatest(FileContext source, Storage target) {
        new FileCopier(source, target, true, 0).run();
    }

    /**
     * A copy (rechunked and refiltered as {@code repack} says, when not null) whose virtual datasets are written as
     * contiguous datasets holding the elements read through {@code sources}.
     */
    public static void copyMaterialized(FileContext source, Storage target, boolean latest, Repack repack,
            VirtualSources sources) {
        FileCopier c = new FileCopier(source, target, latest, 0);
        c.repack = repack;
        c.materialize = sources;
        c.run();
    }

    /** A copy whose datasets are rechunked and refiltered as {@code repack} says. */
    public static void copy(FileContext source, Storage target, boolean latest, Repack repack) {
        FileCopier c = new FileCopier(source, target, latest, 0);
        c.repack = repack;
        c.run();
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
        if (raw != null) {
            int sb = Superblock.sizeV0(ctx);
            out.write(sb, SplitDriverInfo.encode(eof, raw.endOfAllocation(), ctx));
            out.write(0, Superblock.encodeV0(ctx, eof, sb, planned.get(root).address));
            return;
        }
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
                long next = LinkInfo.maxCreationIndex(p.header.first(MessageType.LINK_INFO)
                        .reader("LinkInfoMessage", src.ctx()));
                for (int i = 0; i < links.size(); i++) {
                    LinkMessage l = links.get(i);
                    if (l.creationOrder() < 0 || (i > 0 && l.creationOrder() <= links.get(i - 1).creationOrder())) {
                        // orders missing or repeated cannot key the creation order index: number them as listed
                        l = new LinkMessage(l.name(), l.type(), i == 0 ? 0 : links.get(i - 1).creationOrder() + 1,
                                l.address(), l.softPath(), l.externalFile(), l.externalPath());
                        links.set(i, l);
                    }
                    next = Math.max(next, l.creationOrder() + 1);
                }
                p.nextOrder = next;
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
        if (Messages.tracksAttributeOrder(h)) {
            planAttributeOrder(p);
        }
        if (kind == Kind.DATASET) {
            p.dataset = new DatasetReader(src, h, materialize);
            if (repack != null && p.dataset.layout().kind() != Layout.Kind.VIRTUAL) {
                planRepack(p);
            }
        }
        planned.put(address, p);
        return p;
    }

    /**
     * Creation orders of a source object's attributes, numbered anew by rank when missing or repeated (they must key
     * the creation order index); the next order continues after the source's maximum creation index.
     */
    private void planAttributeOrder(Planned p) {
        List<Long> found = new ArrayList<>();
        Messages.attributes(src, p.header, found);
        long[] orders = new long[found.size()];
        Integer[] rank = new Integer[orders.length];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = found.get(i);
            rank[i] = i;
        }
        java.util.Arrays.sort(rank, Comparator.comparingLong(i -> orders[i]));
        boolean valid = true;
        for (int i = 0; i < rank.length; i++) {
            long o = orders[rank[i]];
            valid &= o >= 0 && o < 0xffff && (i == 0 || o > orders[rank[i - 1]]);
        }
        long next = 0;
        for (int i = 0; i < rank.length; i++) {
            if (!valid) {
                orders[rank[i]] = i;
            }
            next = Math.max(next, orders[rank[i]] + 1);
        }
        HeaderMessage ai = p.header.first(MessageType.ATTRIBUTE_INFO);
        if (ai != null && valid) {
            next = Math.max(next, AttributeInfo.maxCreationIndex(ai.reader("AttributeInfoMessage", src.ctx())));
        }
        p.attributeOrders = orders;
        p.nextAttributeOrder = (int) Math.min(0xffff, next);
    }

    // ---- object headers

    private byte[] encodeHeader(Planned p, boolean sizing) {
        HeaderBuilder h = new HeaderBuilder(ctx);
        switch (p.kind) {
            case GROUP -> {
                List<byte[]> linkBodies = linkBodies(p, sizing);
                p.denseLinks = HeaderBuilder.needsDense(linkBodies);
                DenseWriter.Result at = !p.denseLinks ? null
                        : sizing ? new DenseWriter.Result(0, 0, 0) : p.linkStorage;
                h.links(p.trackOrder, p.nextOrder, at, linkBodies);
            }
            case DATASET -> {
                DatasetReader d = p.dataset;
                Dataspace space = d.space();
                if (materialize != null && d.layout().kind() == Layout.Kind.VIRTUAL) {
                    space = Dataspace.simple(space.dims(), space.dims()); // contiguous: fixed dimensions
                }
                h.add(MessageType.DATASPACE, 1, DataspaceCodec.encode(space, ctx));
                h.add(datatypeMessage(p.header.first(MessageType.DATATYPE), d.type(), sizing));
                h.add(MessageType.FILL_VALUE, 1, fillValue(p));
                FilterPipeline pipeline = p.newChunks != null ? p.newPipeline : d.pipeline();
                if (pipeline != null && !pipeline.filters().isEmpty()) {
                    h.add(MessageType.FILTER_PIPELINE, 1, pipeline.encode(ctx));
                }
                h.add(MessageType.LAYOUT, 0, sizing ? plannedLayout(p) : p.layoutBody);
            }
            case DATATYPE -> h.add(MessageType.DATATYPE, 1,
                    DatatypeCodec.encode(Messages.datatype(src, p.header), ctx));
            default -> throw new IllegalStateException();
        }
        h.referenceCount(p.linkCount);
        List<byte[]> attrBodies = attributeBodies(p, sizing);
        p.denseAttributes = HeaderBuilder.needsDense(attrBodies);
        boolean track = p.attributeOrders != null;
        if (p.denseAttributes) {
            h.denseAttributes(track, p.nextAttributeOrder, sizing ? new DenseWriter.Result(0, 0, 0)
                    : p.attributeStorage);
        } else {
            List<ObjectHeaderChunk.Message> attrs = new ArrayList<>();
            for (int i = 0; i < attrBodies.size(); i++) {
                attrs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), 0, attrBodies.get(i),
                        track ? (int) p.attributeOrders[i] : 0));
            }
            h.compactAttributes(attrs, track, p.nextAttributeOrder);
        }
        return ObjectHeaderChunk.encodeV2(h.messages(), 0, ctx, track);
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
            long[] orders = p.trackOrder ? new long[p.links.size()] : null;
            for (LinkMessage l : p.links) {
                if (orders != null) {
                    orders[names.size()] = l.creationOrder();
                }
                names.add(l.name());
            }
            p.linkStorage = DenseWriter.links(out, names, linkBodies(p, false), orders);
        }
        if (p.denseAttributes) {
            List<String> names = new ArrayList<>();
            for (AttributeMessage a : Messages.attributes(src, p.header)) {
                names.add(a.name());
            }
            p.attributeStorage = DenseWriter.attributes(out, names, attributeBodies(p, false), p.attributeOrders);
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
        int alloc = p.newChunks != null ? 3 : switch (d.layout().kind()) {
            case COMPACT -> 1;
            case CHUNKED -> 3;
            default -> 2;
        };
        return FillValue.encode(alloc, 2, value, ctx);
    }

    /** Layout message version of compact and contiguous datasets: 4 in the latest format, as the C library. */
    private int layoutVersion() {
        return latest ? 4 : 3;
    }

    private byte[] plannedLayout(Planned p) {
        DatasetReader d = p.dataset;
        if (p.newChunks != null) {
            return repackedLayout(p, null, new ArrayList<>());
        }
        return switch (d.layout().kind()) {
            case COMPACT -> Layout.encodeCompact(new byte[(int) (d.space().elementCount() * d.type().size())], ctx,
                    layoutVersion());
            case CONTIGUOUS -> Layout.encodeContiguous(0, 0, ctx, layoutVersion());
            case CHUNKED -> latest ? latestLayout(d, null, new ArrayList<>())
                    : Layout.encodeChunkedV3(0, d.layout().chunkDims(), d.type().size(), ctx);
            case VIRTUAL -> materialize != null ? Layout.encodeContiguous(0, 0, ctx, layoutVersion())
                    : Layout.encodeVirtual(0, 0, ctx);
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
        if (p.newChunks != null) {
            repackChunks(p);
            return;
        }
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
                p.layoutBody = Layout.encodeCompact(b, ctx, layoutVersion());
            }
            case CONTIGUOUS -> {
                if (d.layout().address() == -1 || total == 0) {
                    p.layoutBody = Layout.encodeContiguous(-1, total, ctx, layoutVersion());
                    return;
                }
                long address = allocateRaw(total);
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
                p.layoutBody = Layout.encodeContiguous(address, total, ctx, layoutVersion());
            }
            case CHUNKED -> copyChunks(p);
            case VIRTUAL -> {
                if (materialize == null) {
                    copyVirtual(p);
                    return;
                }
                // the elements the mappings give, stored contiguously at the extent the sources give now
                if (total == 0) {
                    p.layoutBody = Layout.encodeContiguous(-1, 0, ctx, layoutVersion());
                    return;
                }
                long address = allocateRaw(total);
                long[] dims = s.dims();
                long rowBytes = total / Math.max(1, dims[0]);
                long rows = Math.max(1, STREAM_BYTES / Math.max(1, rowBytes));
                for (long r = 0; r < dims[0]; r += rows) {
                    long n = Math.min(rows, dims[0] - r);
                    write(address + r * rowBytes, d.read(Selection.rows(dims, r, n)), t);
                }
                p.layoutBody = Layout.encodeContiguous(address, total, ctx, layoutVersion());
            }
        }
    }

    /**
     * Keeps a virtual dataset virtual: its mappings (same source names, so "." still means this file, where the copy
     * has the same paths) in a global heap object of the copy.
     */
    private void copyVirtual(Planned p) {
        Layout l = p.dataset.layout();
        ByteBuffer heapObject = GlobalHeap.object(src, l.address(), (int) l.size());
        VirtualMappings m = VirtualMappings.decode(new FormatReader(heapObject, l.address(), "VirtualMappings",
                src.ctx()));
        byte[] body = Layout.encodeVirtual(0, 0, ctx);
        heap.addHeapId(m.encode(ctx), body, 2);
        heap.flush();
        p.layoutBody = body;
    }

    // ---- repacking: new chunk shapes and filters

    private void planRepack(Planned p) {
        DatasetReader d = p.dataset;
        Dataspace s = d.space();
        if (s.kind() != Dataspace.Kind.SIMPLE || s.rank() == 0) {
            return; // scalar and empty dataspaces cannot be chunked
        }
        boolean chunked = d.layout().kind() == Layout.Kind.CHUNKED;
        long[] dims = s.dims();
        long[] chunks;
        if (repack.chunks() != null && repack.chunks().length == dims.length) {
            chunks = new long[dims.length];
            for (int k = 0; k < dims.length; k++) {
                chunks[k] = Math.max(1, Math.min(repack.chunks()[k], Math.max(dims[k], 1)));
            }
        } else if (chunked && repack.chunks() == null) {
            chunks = d.layout().chunkDims();
        } else if (repack.refilters() || repack.chunks() != null) {
            chunks = repack.chooser().apply(s, d.type().size());
        } else {
            return;
        }
        FilterPipeline pipeline = d.pipeline();
        if (repack.refilters()) {
            List<FilterPipeline.FilterInfo> fs = new ArrayList<>();
            if (repack.shuffle()) {
                fs.add(new FilterPipeline.FilterInfo(2, null, 0, new int[] {d.type().size()}));
            }
            for (int[] f : repack.filters()) {
                org.nwbj.hdf5.filter.Filters.require(f[0]); // a missing plug-in fails before anything is written
                int[] given = java.util.Arrays.copyOfRange(f, 1, f.length);
                fs.add(new FilterPipeline.FilterInfo(f[0], null, 0,
                        repack.localizer().clientData(f[0], given, d.type(), chunks)));
            }
            if (repack.deflate() >= 0) {
                fs.add(new FilterPipeline.FilterInfo(1, null, 0, new int[] {repack.deflate()}));
            }
            pipeline = new FilterPipeline(fs);
        }
        p.newChunks = chunks;
        p.newPipeline = pipeline;
    }

    private byte[] repackedLayout(Planned p, FileWriterSupport w, List<ChunkIndexWriter.Entry> entries) {
        DatasetReader d = p.dataset;
        if (!latest) {
            return Layout.encodeChunkedV3(0, p.newChunks, d.type().size(), ctx);
        }
        boolean filtered = p.newPipeline != null && !p.newPipeline.filters().isEmpty();
        return ChunkIndexWriter.write(w, ctx, entries, d.space().dims(), d.space().maxDims(), p.newChunks,
                d.type().size(), filtered, 0);
    }

    /** Reads every new chunk's region from the source (decoded), then filters and writes it. */
    private void repackChunks(Planned p) {
        DatasetReader d = p.dataset;
        DataType t = d.type();
        long[] dims = d.space().dims();
        long[] chunk = p.newChunks;
        int rank = dims.length;
        long chunkElements = 1;
        for (long c : chunk) {
            chunkElements *= c;
        }
        if (chunkElements * t.size() > Integer.MAX_VALUE - 16) {
            throw new Hdf5UnsupportedException("chunks of " + chunkElements * t.size() + " bytes");
        }
        int chunkBytes = (int) (chunkElements * t.size());
        long[] grid = new long[rank];
        boolean empty = false;
        for (int k = 0; k < rank; k++) {
            grid[k] = (dims[k] + chunk[k] - 1) / chunk[k];
            empty |= dims[k] == 0;
        }
        List<long[]> keys = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
        long[] cell = new long[rank];
        byte[] fill = needsRewrite(t) ? null : d.fill();
        while (!empty) {
            long[] start = new long[rank];
            long[] count = new long[rank];
            for (int k = 0; k < rank; k++) {
                start[k] = cell[k] * chunk[k];
                count[k] = Math.min(chunk[k], dims[k] - start[k]);
            }
            byte[] box = d.read(Selection.box(start, count));
            if (needsRewrite(t)) {
                box = rewrite(t, box, box.length / t.size());
                heap.flush();
            }
            byte[] plain = new byte[chunkBytes];
            if (fill != null && fill.length == t.size()) {
                for (int i = 0; i + fill.length <= plain.length; i += fill.length) {
                    System.arraycopy(fill, 0, plain, i, fill.length);
                }
            }
            placeBox(box, count, plain, chunk, t.size());
            byte[] stored = plain;
            if (p.newPipeline != null) {
                for (FilterPipeline.FilterInfo fi : p.newPipeline.filters()) {
                    stored = Filters.require(fi.id()).encode(stored, new FilterParameters(fi.clientData(), t.size(),
                            chunkBytes));
                }
            }
            long address = allocateRaw(stored.length);
            out.write(address, stored);
            keys.add(key(stored.length, 0, start));
            children.add(address);
            entries.add(new ChunkIndexWriter.Entry(cell.clone(), address, stored.length, 0));
            int k = rank - 1;
            while (k >= 0 && ++cell[k] >= grid[k]) {
                cell[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        if (latest) {
            p.layoutBody = repackedLayout(p, out, entries);
            return;
        }
        if (children.isEmpty()) {
            p.layoutBody = Layout.encodeChunkedV3(-1, chunk, t.size(), ctx);
            return;
        }
        long[] last = new long[rank];
        for (int k = 0; k < rank; k++) {
            last[k] = (grid[k] - 1) * chunk[k] + chunk[k];
        }
        keys.add(key(0, 0, last));
        long[] addresses = new long[children.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = children.get(i);
        }
        p.layoutBody = Layout.encodeChunkedV3(ChunkBTreeWriter.write(out, keys, addresses, rank), chunk, t.size(),
                ctx);
    }

    /** Copies a C-order box of {@code count} elements into the start of a C-order chunk of {@code chunk}. */
    private static void placeBox(byte[] box, long[] count, byte[] plain, long[] chunk, int size) {
        int rank = count.length;
        int rowBytes = (int) count[rank - 1] * size;
        long rows = 1;
        for (int k = 0; k < rank - 1; k++) {
            rows *= count[k];
        }
        long[] idx = new long[rank];
        for (long r = 0; r < rows; r++) {
            long offset = 0;
            for (int k = 0; k < rank - 1; k++) {
                offset = offset * chunk[k] + idx[k];
            }
            offset = offset * chunk[rank - 1];
            System.arraycopy(box, (int) (r * rowBytes), plain, (int) (offset * size), rowBytes);
            for (int k = rank - 2; k >= 0; k--) {
                if (++idx[k] < count[k]) {
                    break;
                }
                idx[k] = 0;
            }
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
            children[i] = allocateRaw(bytes.length);
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
