package org.nwbj.hdf5.internal.engine.copy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.internal.format.SplitDriverInfo;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.GroupReader;
import org.nwbj.hdf5.internal.engine.Messages;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.engine.SplitStorage;
import org.nwbj.hdf5.internal.engine.VirtualSources;
import org.nwbj.hdf5.internal.engine.write.DenseWriter;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;
import org.nwbj.hdf5.internal.engine.write.HeaderBuilder;
import org.nwbj.hdf5.internal.engine.write.HeapWriter;
import org.nwbj.hdf5.internal.engine.write.WAttribute;
import org.nwbj.hdf5.internal.engine.write.WLink;

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
    static final long STREAM_BYTES = 64L << 20;

    enum Kind { GROUP, DATASET, DATATYPE }

    /** One object of the source: what it is, where its copy goes and what its header will hold. */
    static final class Planned {
        final long source;
        final ObjectHeader header;
        final Kind kind;
        int linkCount;
        long address = -1;
        int headerSize;
        /** The links as read (hard links naming source addresses). */
        List<WLink> links;
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

    final FileContext src;
    /** Attribute and dataset data, repacking and element rewriting (see {@link CopiedData}). */
    final CopiedData dataCopier = new CopiedData(this);
    final FormatContext ctx;
    final FileWriterSupport out;
    final HeapWriter heap;
    final Map<Long, Planned> planned = new LinkedHashMap<>();

    final boolean latest;

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

    Repack repack;

    /** Sources of virtual datasets when they are written as plain datasets ("materialized"), else null. */
    VirtualSources materialize;

    /** Family member size of the target, or 0 for a single file. */
    final long familyMemberSize;

    /** Raw data allocation (offsets in the raw file) of a split target, else null. */
    final FileWriterSupport raw;

    FileCopier(FileContext src, Storage target, boolean latest, long familyMemberSize) {
        this(src, target, latest, familyMemberSize, false);
    }

    FileCopier(FileContext src, Storage target, boolean latest, long familyMemberSize, boolean split) {
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
    long allocateRaw(long size) {
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

    void run() {
        long root = src.superblock().rootObjectHeader();
        plan(root);
        for (Planned p : planned.values()) {
            p.headerSize = encodeHeader(p, true).length;
            p.address = out.allocate(p.headerSize);
        }
        for (Planned p : planned.values()) {
            dataCopier.copyAttributes(p);
            if (p.kind == Kind.DATASET) {
                dataCopier.copyData(p);
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

    void plan(long root) {
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
            p.links = new ArrayList<>(links.size());
            for (LinkMessage l : links) {
                p.links.add(WLink.of(l));
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

    Planned addPlanned(long address) {
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
                dataCopier.planRepack(p);
            }
        }
        planned.put(address, p);
        return p;
    }

    /**
     * Creation orders of a source object's attributes, numbered anew by rank when missing or repeated (they must key
     * the creation order index); the next order continues after the source's maximum creation index.
     */
    void planAttributeOrder(Planned p) {
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

    byte[] encodeHeader(Planned p, boolean sizing) {
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
                h.dataset(space, datatypeMessage(p.header.first(MessageType.DATATYPE), d.type(), sizing),
                        fillValue(p), p.newChunks != null ? p.newPipeline : d.pipeline(),
                        sizing ? plannedLayout(p) : p.layoutBody);
            }
            case DATATYPE -> h.add(HeaderBuilder.datatype(Messages.datatype(src, p.header), -1, ctx));
            default -> throw new IllegalStateException();
        }
        h.referenceCount(p.linkCount);
        List<String> attrNames = new ArrayList<>();
        List<byte[]> attrBodies = attributeBodies(p, sizing, attrNames);
        p.denseAttributes = HeaderBuilder.needsDense(attrBodies);
        boolean track = p.attributeOrders != null;
        List<WAttribute> attrs = new ArrayList<>();
        for (int i = 0; i < attrBodies.size(); i++) {
            WAttribute a = new WAttribute(attrNames.get(i), attrBodies.get(i), 0);
            a.order = track ? (int) p.attributeOrders[i] : 0;
            attrs.add(a);
        }
        h.attributes(attrs, p.denseAttributes, sizing ? null : p.attributeStorage, track, p.nextAttributeOrder);
        return h.encodeSingleChunk(track);
    }

    List<byte[]> linkBodies(Planned p, boolean sizing) {
        List<byte[]> out = new ArrayList<>();
        for (WLink l : p.links) {
            out.add(l.encode(p.trackOrder, l.type() == LinkMessage.HARD ? newAddress(l.address(), sizing) : -1,
                    ctx));
        }
        return out;
    }

    /** The copied attribute message bodies, their names added to {@code names}. */
    List<byte[]> attributeBodies(Planned p, boolean sizing, List<String> names) {
        List<byte[]> out = new ArrayList<>();
        List<AttributeMessage> attrs = Messages.attributes(src, p.header);
        for (int i = 0; i < attrs.size(); i++) {
            AttributeMessage a = attrs.get(i);
            names.add(a.name());
            DataType t = Messages.datatype(src, a.datatype());
            ObjectHeaderChunk.Message typeMsg = datatypeMessage(a.datatype(), t, sizing);
            byte[] data = sizing ? new byte[a.data().remaining()] : p.attributeData.get(i);
            out.add(AttributeMessage.encode(a.name(), typeMsg.body(), (typeMsg.flags() & 2) != 0,
                    DataspaceCodec.encode(Messages.dataspace(src, a.dataspace()), ctx), data, ctx));
        }
        return out;
    }

    /** Writes dense link and attribute storage of objects that need it (after attribute data is converted). */
    void writeDense(Planned p) {
        if (p.kind == Kind.GROUP && p.denseLinks) {
            List<String> names = new ArrayList<>();
            long[] orders = p.trackOrder ? new long[p.links.size()] : null;
            for (WLink l : p.links) {
                if (orders != null) {
                    orders[names.size()] = l.order();
                }
                names.add(l.name());
            }
            p.linkStorage = DenseWriter.links(out, names, linkBodies(p, false), orders);
        }
        if (p.denseAttributes) {
            List<String> names = new ArrayList<>();
            List<byte[]> bodies = attributeBodies(p, false, names);
            p.attributeStorage = DenseWriter.attributes(out, names, bodies, p.attributeOrders);
        }
    }

    /** The datatype message: a reference to the copied committed datatype when the source shares one. */
    ObjectHeaderChunk.Message datatypeMessage(HeaderMessage m, DataType t, boolean sizing) {
        if (m.isShared()) {
            SharedMessageRef ref = SharedMessageRef.decode(m.reader("DatatypeMessage", src.ctx()));
            Planned committed = ref.inHeap() ? null : planned.get(ref.address());
            if (committed != null && committed.kind == Kind.DATATYPE) {
                return HeaderBuilder.datatype(t, sizing ? 0 : committed.address, ctx);
            }
        }
        return HeaderBuilder.datatype(t, -1, ctx);
    }

    long newAddress(long source, boolean sizing) {
        if (sizing) {
            return 0;
        }
        Planned p = planned.get(source);
        return p == null ? -1 : p.address;
    }

    byte[] fillValue(Planned p) {
        DatasetReader d = p.dataset;
        byte[] value = CopiedData.needsRewrite(d.type()) ? null : d.fill();
        Layout.Kind kind = d.layout().kind();
        return HeaderBuilder.fillValue(p.newChunks == null && kind == Layout.Kind.COMPACT,
                p.newChunks != null || kind == Layout.Kind.CHUNKED, value, ctx);
    }

    /** Layout message version of compact and contiguous datasets: 4 in the latest format, as the C library. */
    int layoutVersion() {
        return latest ? 4 : 3;
    }

    byte[] plannedLayout(Planned p) {
        DatasetReader d = p.dataset;
        if (p.newChunks != null) {
            return dataCopier.repackedLayout(p, null, new ArrayList<>());
        }
        return switch (d.layout().kind()) {
            case COMPACT -> Layout.encodeCompact(new byte[(int) (d.space().elementCount() * d.type().size())], ctx,
                    layoutVersion());
            case CONTIGUOUS -> Layout.encodeContiguous(0, 0, ctx, layoutVersion());
            case CHUNKED -> latest ? dataCopier.latestLayout(d, null, new ArrayList<>())
                    : Layout.encodeChunkedV3(0, d.layout().chunkDims(), d.type().size(), ctx);
            case VIRTUAL -> materialize != null ? Layout.encodeContiguous(0, 0, ctx, layoutVersion())
                    : Layout.encodeVirtual(0, 0, ctx);
        };
    }

}
