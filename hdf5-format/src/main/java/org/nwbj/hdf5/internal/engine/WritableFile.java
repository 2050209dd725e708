package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.internal.format.SplitDriverInfo;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FillValue;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatWriter;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.type.DataType;

/**
 * A file being created: an in-memory model of its objects whose raw data goes to the file as it is written and
 * whose metadata (object headers, chunk indexes, variable-length attribute data) is written by {@link #flush()}.
 * Each flush leaves a complete file, and every prefix of its writes a consistent one (see
 * {@link #publishCrashSafely()}).
 */
public final class WritableFile {
        /** Room kept in every first header chunk for a continuation message: type, size, flags + address, length. */
    private final int continuationRoom;

    private final Storage storage;
    private final FormatContext ctx = FormatContext.DEFAULT;
    private final FileWriterSupport out;
    private final HeapWriter heap;
    private final WGroup root;
    private final List<WObject> objects = new ArrayList<>();
    private boolean closed;
    /** Family member size, or 0 for a single file. */
    private final long familyMemberSize;
    /** Raw data allocation of a split pair (offsets in the raw file), or null when raw data shares {@link #out}. */
    private final FileWriterSupport raw;
    /** Writes superblock 3 and the HDF5 1.10 chunk indexes (see {@link ChunkIndexWriter}). */
    private final boolean latest;
    /** The error of a failed flush: the model may no longer match the file, so nothing more is written. */
    private Hdf5IoException failure;
    private byte[] writtenSuperblock;

    public WritableFile(Storage storage) {
        this(storage, 0);
    }

    /**
     * A file over {@code storage}; with {@code familyMemberSize > 0}, the superblock is version 0 with the family
     * driver information block (superblock 2 has no place for it), so readers learn the member size from the file.
     */
    public WritableFile(Storage storage, long familyMemberSize) {
        this(storage, familyMemberSize, false, false);
    }

    /** A single file in the newest format HDF5 1.10 writes: superblock 3 and layout 4 chunk indexes. */
    public static WritableFile latest(Storage storage) {
        return new WritableFile(storage, 0, false, true);
    }

    /** A split file pair: metadata in {@code meta}, raw data (dataset elements) in {@code rawData}. */
    public static WritableFile split(Storage meta, Storage rawData) {
        return new WritableFile(new SplitStorage(meta, rawData), 0, true, false);
    }

    private WritableFile(Storage storage, long familyMemberSize, boolean split, boolean latest) {
        this.storage = storage;
        this.familyMemberSize = familyMemberSize;
        this.latest = latest;
        this.raw = split ? new FileWriterSupport(storage, ctx, 0) : null;
        // the superblock (and a driver information block) come first; everything else is allocated after them
        this.out = new FileWriterSupport(storage, ctx, split ? Superblock.sizeV0(ctx) + SplitDriverInfo.size()
                : familyMemberSize > 0
                        ? Superblock.sizeV0(ctx) + Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx).length
                        : Superblock.sizeV2(ctx));
        // global heap collections go to a split pair's raw member, as the C library's split driver maps them
        this.heap = split ? new HeapWriter(out, this::allocateRaw) : new HeapWriter(out);
        this.continuationRoom = 4 + ctx.offsetSize() + ctx.lengthSize();
        this.root = new WGroup(this, false);
        root.linkCount = 1;
    }

    public WGroup root() {
        return root;
    }

    FormatContext ctx() {
        return ctx;
    }

    FileWriterSupport out() {
        return out;
    }

    HeapWriter heap() {
        return heap;
    }

    void register(WObject o) {
        objects.add(o);
    }

    void checkOpen() {
        if (closed) {
            throw new Hdf5Exception("the file is closed");
        }
        if (failure != null) {
            throw new Hdf5IoException(storage.describe() + " refuses changes after a failed flush ("
                    + failure.getMessage() + "); the file holds its last flushed state");
        }
    }

    /**
     * Writes every pending change; the file on disk is then complete and consistent. A process killed at any
     * moment of a flush leaves the state of the previous flush or of this one (see {@link #publishCrashSafely()}).
     * A failed write is reported as an {@link Hdf5IoException} naming what was being written; after a failed
     * flush the writer refuses further changes and the file keeps its last flushed state.
     */
    public synchronized void flush() {
        checkOpen();
        try {
            publishCrashSafely();
        } catch (Hdf5IoException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * Writes the pending metadata in the order that keeps every prefix of the writes a consistent file (what a
     * {@code kill -9}, a full disk or a failing storage may leave). Any code that changes a file (this writer,
     * and opening existing files for writing) publishes through this order:
     * <ol>
     * <li>raw data (already written, copy-on-write for chunks) and every new metadata block (chunk indexes,
     * global heap collections, continuation blocks, the headers of new objects) into fresh space past the end of
     * allocation of the last flushed state, which nothing published references;</li>
     * <li>the superblock with the new end of allocation, so that the C library accepts addresses up to it (it
     * refuses addresses past the end of allocation); the old headers never reference the new space, so this
     * state is the previous one with unused space at the end;</li>
     * <li>in-place rewrites of published headers, each exactly one write call of its first chunk (a new
     * continuation block was written in step 1), children before the groups that link to them (reverse creation
     * order); a header that stays within one page is kept from straddling a page boundary, so a write cut short
     * by a kill cannot tear it;</li>
     * <li>the superblock again, needed only when the root header moved (never: the root keeps its address).</li>
     * </ol>
     * Bytes the last flushed state references are never overwritten, except by the single writes of step 3 and
     * by raw data overwrites of contiguous datasets (data, not structure).
     */
    private void publishCrashSafely() {
        // step 1: fresh blocks
        for (WObject o : objects) {
            o.beforeHeader();
        }
        out.activity("global heap collections (variable-length data)");
        heap.flush();
        java.util.Set<WObject> fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (WObject o : objects) {
            // never written: new space, even when place() gave it its address before this flush
            if (o.written == null) {
                o.place();
                fresh.add(o);
            }
        }
        // every header's bytes are computed now (children's addresses are known); continuation blocks go to
        // fresh space here, before any first chunk that points to them is written
        Map<WObject, byte[]> headers = new java.util.IdentityHashMap<>();
        for (WObject o : objects) {
            out.activity(() -> "the continuation block of the object header of " + pathOf(o));
            headers.put(o, encodeFirstChunk(o));
        }
        for (WObject o : fresh) {
            writeHeader(o, headers.get(o), "the new object header of ");
        }
        // step 2: publish the new end of allocation; the published headers do not reference the new space yet
        writeSuperblock();
        // step 3: in-place rewrites, one write each, children (created later) before their parents
        for (int i = objects.size() - 1; i >= 0; i--) {
            WObject o = objects.get(i);
            if (!fresh.contains(o)) {
                writeHeader(o, headers.get(o), "the object header of ");
            }
        }
        // step 4 would rewrite the superblock if step 3 had moved the root or allocated: it does neither
    }

    /** Space for dataset elements: in the raw file of a split pair, else with the metadata. */
    long allocateRaw(long size) {
        return raw == null ? out.allocate(size) : SplitDriverInfo.RAW_START + raw.allocate(size);
    }

    /**
     * Step 2 of {@link #publishCrashSafely()}: the superblock with the current end of allocation, one write,
     * skipped when unchanged. A family's driver information block never changes and is written once, before the
     * first superblock names it; a split pair's multi driver block holds both members' ends of allocation and
     * is written in the same single write as its superblock, which it directly follows.
     */
    private void writeSuperblock() {
        if (familyMemberSize > 0 && writtenSuperblock == null) {
            out.activity("the family driver information block");
            out.write(Superblock.sizeV0(ctx), Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx));
        }
        byte[] sb = superblock();
        if (!java.util.Arrays.equals(sb, writtenSuperblock)) {
            out.activity("the superblock");
            out.write(0, sb);
            writtenSuperblock = sb;
        }
    }

    /**
     * The superblock bytes for the file's kind: version 2, version 3 for the latest format, or version 0 where a
     * driver information block must follow it (superblocks 2 and 3 have no place for one): the family block
     * (written separately) or, for a split pair, the multi driver block appended here.
     */
    private byte[] superblock() {
        if (raw != null) {
            int sb = Superblock.sizeV0(ctx);
            byte[] head = Superblock.encodeV0(ctx, out.endOfAllocation(), sb, root.address);
            byte[] info = SplitDriverInfo.encode(out.endOfAllocation(), raw.endOfAllocation(), ctx);
            byte[] all = java.util.Arrays.copyOf(head, sb + info.length);
            System.arraycopy(info, 0, all, sb, info.length);
            return all;
        }
        if (familyMemberSize > 0) {
            return Superblock.encodeV0(ctx, out.endOfAllocation(), Superblock.sizeV0(ctx), root.address);
        }
        return latest ? Superblock.encodeV3(ctx, -1, out.endOfAllocation(), root.address)
                : Superblock.encodeV2(ctx, -1, out.endOfAllocation(), root.address);
    }

    /** Writes a header's first chunk in one call, skipped when the file holds these bytes already. */
    private void writeHeader(WObject o, byte[] h, String what) {
        if (java.util.Arrays.equals(h, o.written)) {
            return;
        }
        out.activity(() -> what + pathOf(o));
        out.write(o.address, h);
        o.written = h;
    }

    /**
     * The object's first header chunk, exactly its capacity; messages that do not fit go to a continuation block,
     * written now to fresh space (or kept where it is when its bytes did not change).
     */
    private byte[] encodeFirstChunk(WObject o) {
        List<ObjectHeaderChunk.Message> msgs = o.messages(false);
        int overhead = 4 + 1 + 1 + 4 + 4; // signature, version, flags, chunk size, checksum
        int room = o.capacity - overhead;
        int used = 0;
        int fit = 0;
        for (ObjectHeaderChunk.Message m : msgs) {
            int n = 4 + m.body().length;
            if (used + n > room) {
                break;
            }
            used += n;
            fit++;
        }
        List<ObjectHeaderChunk.Message> first;
        if (fit == msgs.size()) {
            first = msgs;
        } else {
            // keep room for the continuation message in the first chunk
            while (fit > 0 && used + continuationRoom > room) {
                used -= 4 + msgs.get(--fit).body().length;
            }
            List<ObjectHeaderChunk.Message> rest = msgs.subList(fit, msgs.size());
            FormatWriter cw = new FormatWriter(ctx);
            cw.signature("OCHK");
            for (ObjectHeaderChunk.Message m : rest) {
                cw.u8(m.type()).u16(m.body().length).u8(m.flags()).bytes(m.body());
            }
            cw.checksum(0);
            byte[] cont = cw.toByteArray();
            if (!java.util.Arrays.equals(cont, o.continuation)) {
                // never rewritten in place: the published first chunk may point to the old block
                o.continuationAddress = out.allocate(cont.length);
                out.write(o.continuationAddress, cont);
                o.continuation = cont;
            }
            first = new ArrayList<>(msgs.subList(0, fit));
            FormatWriter body = new FormatWriter(ctx);
            body.offset(o.continuationAddress).length(cont.length);
            first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, body.toByteArray()));
            used += continuationRoom;
        }
        int gap = room - used;
        byte[] h = ObjectHeaderChunk.encodeV2(first, gap, ctx);
        if (h.length != o.capacity) {
            throw new IllegalStateException("header of " + h.length + " bytes does not fill its capacity of "
                    + o.capacity);
        }
        return h;
    }

    /** A path to the object for messages ("/" for the root, "an unlinked object" when none leads to it). */
    String pathOf(WObject target) {
        if (target == root) {
            return "/";
        }
        java.util.ArrayDeque<WGroup> queue = new java.util.ArrayDeque<>();
        Map<WObject, String> paths = new java.util.IdentityHashMap<>();
        paths.put(root, "");
        queue.add(root);
        while (!queue.isEmpty()) {
            WGroup g = queue.poll();
            for (WLink l : g.links.values()) {
                if (l.target() == null || paths.containsKey(l.target())) {
                    continue;
                }
                String p = paths.get(g) + "/" + l.name();
                if (l.target() == target) {
                    return p;
                }
                paths.put(l.target(), p);
                if (l.target() instanceof WGroup child) {
                    queue.add(child);
                }
            }
        }
        return "an unlinked object";
    }

    /** Flushes and stops accepting changes. */
    public synchronized void close() {
        if (!closed) {
            try {
                if (failure == null) {
                    flush();
                }
            } finally {
                closed = true;
                storage.close();
            }
        }
    }

    // ------------------------------------------------------------------ the object model

    /** Something with an object header: a group or a dataset. */
    public abstract static class WObject {
        final WritableFile file;
        long address = -1;
        int capacity;
        /** The first chunk as last written (null before the first flush): unchanged headers are not rewritten. */
        byte[] written;
        /** The continuation block as last written and its address. */
        byte[] continuation;
        long continuationAddress = -1;
        int linkCount;
        final Map<String, WAttribute> attributes = new LinkedHashMap<>();
        static final int MAX_COMPACT_ATTRIBUTES = 8;
        boolean forceDenseAttributes;
        boolean attributesDirty;
        DenseWriter.Result denseAttributes;

        WObject(WritableFile file) {
            this.file = file;
            file.register(this);
        }

        /** Hook run at flush before headers are encoded (chunk indexes, heap data). */
        void beforeHeader() {
            for (WAttribute a : attributes.values()) {
                a.prepare(file);
            }
            writeDenseAttributes();
        }

        abstract List<ObjectHeaderChunk.Message> ownMessages(boolean sizing);

        List<ObjectHeaderChunk.Message> messages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>(ownMessages(sizing));
            if (linkCount > 1) {
                byte[] rc = new byte[5];
                HeapWriter.putLe(rc, 1, linkCount, 4);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.REFERENCE_COUNT.id(), 0, rc));
            }
            if (denseAttributes != null) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE_INFO.id(), 0,
                        AttributeInfo.encodeDense(denseAttributes.heapAddress(), denseAttributes.nameIndexAddress(),
                                file.ctx)));
                return msgs;
            }
            if (needsDenseAttributes()) {
                // sizing before the dense storage exists: the attribute info message takes the place of the list
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE_INFO.id(), 0,
                        AttributeInfo.encodeDense(0, 0, file.ctx)));
                return msgs;
            }
            for (WAttribute a : attributes.values()) {
                msgs.add(a.message(file.ctx));
            }
            return msgs;
        }

        /**
         * Dense storage, as the C library switches to it: more than {@value #MAX_COMPACT_ATTRIBUTES} attributes, an
         * attribute message too large for an object header, or on request.
         */
        boolean needsDenseAttributes() {
            if (attributes.isEmpty()) {
                return false;
            }
            if (forceDenseAttributes || attributes.size() > MAX_COMPACT_ATTRIBUTES) {
                return true;
            }
            for (WAttribute a : attributes.values()) {
                if (a.encode(file.ctx).length > 0xffff) {
                    return true;
                }
            }
            return false;
        }

        /** Writes the dense attribute storage when attributes changed since the last flush. */
        void writeDenseAttributes() {
            if (!attributesDirty) {
                return;
            }
            attributesDirty = false;
            if (!needsDenseAttributes()) {
                denseAttributes = null;
                return;
            }
            file.heap.flush(); // variable-length attribute values need their heap addresses before being stored
            List<String> names = new ArrayList<>();
            List<byte[]> bodies = new ArrayList<>();
            for (WAttribute a : attributes.values()) {
                if (a.committed != null) {
                    a.committed.place(); // the stored message names the committed type's address
                }
                names.add(a.name);
                bodies.add(a.encode(file.ctx));
            }
            denseAttributes = DenseWriter.attributes(file.out, names, bodies);
        }

        /** Keeps attributes in dense storage (fractal heap + name index) even when few and small. */
        public void useDenseAttributes() {
            file.checkOpen();
            forceDenseAttributes = true;
            attributesDirty = true;
        }

        /**
         * Gives the object its file address now (before the flush that writes its header), so that references to
         * it can be written; a header that later outgrows the space continues in a continuation block.
         */
        public long place() {
            file.checkOpen();
            if (address == -1) {
                byte[] h = encodeHeader(true);
                capacity = Math.max(h.length + h.length / 2 + 64, 128);
                address = file.out.allocateWithinPage(capacity);
            }
            return address;
        }

        byte[] encodeHeader(boolean sizing) {
            return ObjectHeaderChunk.encodeV2(messages(sizing), 0, file.ctx);
        }

        /** Adds or replaces an attribute; {@code values} holds Strings for variable-length string types. */
        public void setAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            file.checkOpen();
            attributes.put(name, new WAttribute(name, type, space, raw, strings));
            attributesDirty = true;
        }

        /** Adds or replaces an attribute whose type is a committed datatype of this file. */
        public void setAttribute(String name, WDatatype committed, Dataspace space, byte[] raw) {
            file.checkOpen();
            WAttribute a = new WAttribute(name, committed.type, space, raw, null);
            a.committed = committed;
            attributes.put(name, a);
            attributesDirty = true;
        }

        public void deleteAttribute(String name) {
            file.checkOpen();
            if (attributes.remove(name) != null) {
                attributesDirty = true;
            }
        }

        /**
         * Stored bytes of Java values of any type (see ValueEncoder); variable-length parts get their heap
         * addresses at the next heap flush.
         */
        public byte[] encodeValues(DataType type, List<?> elements) {
            file.checkOpen();
            return new ValueEncoder(file.ctx, file.heap).encode(type, elements);
        }

        public long address() {
            return address;
        }
    }

    /** An attribute held in memory until flush; variable-length strings go to the global heap then. */
    static final class WAttribute {
        final String name;
        final DataType type;
        final Dataspace space;
        final byte[] raw;
        final String[] strings;
        byte[] prepared;
        WDatatype committed;

        WAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            this.name = name;
            this.type = type;
            this.space = space;
            this.raw = raw;
            this.strings = strings;
        }

        void prepare(WritableFile f) {
            if (strings != null && prepared == null) {
                prepared = f.vlenStrings(strings);
            }
        }

        byte[] encode(FormatContext ctx) {
            byte[] data = strings == null ? raw : prepared != null ? prepared : new byte[strings.length * type.size()];
            if (committed != null) {
                return AttributeMessage.encode(name, SharedMessageRef.encodeCommitted(committed.address, ctx), true,
                        DataspaceCodec.encode(space, ctx), data, ctx);
            }
            return AttributeMessage.encode(name, DatatypeCodec.encode(type, ctx), false,
                    DataspaceCodec.encode(space, ctx), data, ctx);
        }

        ObjectHeaderChunk.Message message(FormatContext ctx) {
            // a committed type is a reference to another header: the message must not be treated as constant
            return new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), 0, encode(ctx));
        }
    }

    /** Descriptors of variable-length strings, their bytes placed in the global heap at the next heap flush. */
    byte[] vlenStrings(String[] strings) {
        int size = 4 + ctx.offsetSize() + 4;
        byte[] out = new byte[strings.length * size];
        for (int i = 0; i < strings.length; i++) {
            byte[] b = strings[i] == null ? new byte[0] : strings[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (b.length > 0) {
                heap.add(b, b.length, out, i * size);
            }
        }
        return out;
    }

    /** A link of a group being written. */
    record WLink(String name, int type, WObject target, String path, String file, long order) {
    }

    /** A group: compact link messages (link info + group info), creation order tracked on request. */
    public static final class WGroup extends WObject {
        final Map<String, WLink> links = new LinkedHashMap<>();
        final boolean trackOrder;
        long nextOrder;

        WGroup(WritableFile file, boolean trackOrder) {
            super(file);
            this.trackOrder = trackOrder;
        }

        private void add(WLink l) {
            file.checkOpen();
            if (l.name().isEmpty() || l.name().contains("/") || l.name().equals(".")) {
                throw new Hdf5Exception("invalid link name \"" + l.name() + "\"");
            }
            if (links.containsKey(l.name())) {
                throw new Hdf5Exception("a link named " + l.name() + " exists already");
            }
            links.put(l.name(), l);
            nextOrder++;
            if (l.target() != null) {
                l.target().linkCount++;
            }
        }

        public WGroup createGroup(String name, boolean trackOrder) {
            WGroup g = new WGroup(file, trackOrder);
            add(new WLink(name, LinkMessage.HARD, g, null, null, nextOrder));
            return g;
        }

        public WDataset createDataset(String name, DataType type, Dataspace space, long[] chunks,
                FilterPipeline filters, byte[] fill) {
            WDataset d = new WDataset(file, type, space, chunks, filters, fill);
            add(new WLink(name, LinkMessage.HARD, d, null, null, nextOrder));
            return d;
        }

        /** Commits a datatype under {@code name}: a named type that datasets and attributes can share. */
        public WDatatype commitDatatype(String name, DataType type) {
            WDatatype t = new WDatatype(file, type);
            add(new WLink(name, LinkMessage.HARD, t, null, null, nextOrder));
            return t;
        }

        public void link(String name, WObject target) {
            add(new WLink(name, LinkMessage.HARD, target, null, null, nextOrder));
        }

        public void softLink(String name, String path) {
            add(new WLink(name, LinkMessage.SOFT, null, path, null, nextOrder));
        }

        public void externalLink(String name, String fileName, String path) {
            add(new WLink(name, LinkMessage.EXTERNAL, null, path, fileName, nextOrder));
        }

        public boolean hasLink(String name) {
            return links.containsKey(name);
        }

        public void deleteLink(String name) {
            file.checkOpen();
            WLink l = links.remove(name);
            if (l != null && l.target() != null) {
                l.target().linkCount--;
            }
        }

        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK_INFO.id(), 0,
                    LinkInfo.encodeCompact(trackOrder, nextOrder, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.GROUP_INFO.id(), 0, new byte[] {0, 0}));
            for (WLink l : links.values()) {
                long target = l.target() == null ? -1 : Math.max(0, l.target().address);
                LinkMessage m = new LinkMessage(l.name(), l.type(), trackOrder ? l.order() : -1, target,
                        l.type() == LinkMessage.SOFT ? l.path() : null, l.file(),
                        l.type() == LinkMessage.EXTERNAL ? l.path() : null);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK.id(), 0, m.encode(file.ctx)));
            }
            return msgs;
        }
    }

    /** A committed (named) datatype: an object header holding a datatype message (and attributes). */
    public static final class WDatatype extends WObject {
        final DataType type;

        WDatatype(WritableFile file, DataType type) {
            super(file);
            this.type = type;
        }

        public DataType type() {
            return type;
        }

        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), HeaderMessage.FLAG_CONSTANT,
                    DatatypeCodec.encode(type, file.ctx)));
            return msgs;
        }
    }

    /** A dataset: contiguous (storage allocated at the first write) or chunked (v1 B-tree index). */
    public static final class WDataset extends WObject {
        final DataType type;
        long[] dims;
        final long[] maxDims;
        final long[] chunks;
        final FilterPipeline filters;
        final byte[] fill;
        long contiguousAddress = -1;
        final Map<String, long[]> chunkTable = new java.util.TreeMap<>();
        boolean indexDirty;
        long btreeAddress = -1;
        /** Layout message body with the latest-format chunk index, once written. */
        byte[] latestLayout;
        final boolean scalar;
        WDatatype committed;
        /** Filters chunks on a pool; null until the first filtered chunk is written. */
        private ChunkWriteQueue writeQueue;

        WDataset(WritableFile file, DataType type, Dataspace space, long[] chunks, FilterPipeline filters,
                byte[] fill) {
            super(file);
            this.type = type;
            this.dims = space.dims();
            this.maxDims = space.maxDims();
            this.scalar = space.kind() == Dataspace.Kind.SCALAR;
            this.chunks = chunks == null ? null : chunks.clone();
            this.filters = filters;
            this.fill = fill;
            for (int d = 0; d < dims.length; d++) {
                if (maxDims[d] == Dataspace.UNLIMITED && chunks == null) {
                    throw new Hdf5Exception("a dataset with an unlimited dimension must be chunked");
                }
            }
            if (chunks != null && chunks.length != dims.length) {
                throw new Hdf5Exception("chunk rank " + chunks.length + " differs from the dataset rank "
                        + dims.length);
            }
        }

        public long[] dims() {
            return dims.clone();
        }

        /** Element bytes for variable-length strings, their data written to the global heap now. */
        public byte[] vlenStrings(String[] strings) {
            file.checkOpen();
            byte[] b = file.vlenStrings(strings);
            file.out.activity(() -> "variable-length strings of the dataset " + file.pathOf(this));
            file.heap.flush();
            return b;
        }

        public DataType type() {
            return type;
        }

        /** Stores the datatype as a reference to a committed datatype (which must describe the same type). */
        public void useCommittedType(WDatatype t) {
            if (!t.type.equals(type)) {
                throw new Hdf5Exception("committed type " + t.type + " differs from the dataset's type " + type);
            }
            committed = t;
        }

        /** Stored bytes of Java values, their variable-length parts written to the global heap now. */
        public byte[] encodeValuesNow(List<?> elements) {
            byte[] b = encodeValues(type, elements);
            file.heap.flush();
            return b;
        }

        Dataspace space() {
            return scalar ? Dataspace.scalar() : Dataspace.simple(dims, maxDims);
        }

        long elementCount() {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            return n;
        }

        /** Changes the current dimensions within the maximum ones (chunked datasets). */
        public void resize(long[] newDims) {
            file.checkOpen();
            if (newDims.length != dims.length) {
                throw new Hdf5Exception("resize to rank " + newDims.length + " of a rank " + dims.length + " dataset");
            }
            for (int d = 0; d < dims.length; d++) {
                if (maxDims[d] != Dataspace.UNLIMITED && newDims[d] > maxDims[d]) {
                    throw new Hdf5Exception("dimension " + d + " cannot grow to " + newDims[d] + " beyond its maximum "
                            + maxDims[d]);
                }
            }
            if (chunks == null && !java.util.Arrays.equals(newDims, dims)) {
                throw new Hdf5Exception("only chunked datasets can be resized");
            }
            for (int d = 0; d < dims.length; d++) {
                if (newDims[d] < dims[d]) {
                    drainChunks(); // pending chunks may fall outside and must be dropped with the others
                    break;
                }
            }
            // chunks wholly outside the new extent are dropped from the index (their space is not reused yet)
            chunkTable.values().removeIf(c -> {
                for (int d = 0; d < newDims.length; d++) {
                    if (c[3 + d] >= newDims[d]) {
                        return true;
                    }
                }
                return false;
            });
            dims = newDims.clone();
            indexDirty = true;
        }

        /** Writes stored-order element bytes ({@code raw}, C order of the selection) into a selection. */
        public void write(Selection sel, byte[] raw) {
            file.checkOpen();
            if (scalar) {
                sel = Selection.all(new long[0]);
            }
            sel.checkWithin(dims);
            long n = sel.elementCount() * type.size();
            if (raw.length != n) {
                throw new Hdf5Exception("selection holds " + n + " bytes, " + raw.length + " given");
            }
            file.out.activity(() -> "raw data of the dataset " + file.pathOf(this));
            if (chunks == null) {
                writeContiguous(sel, raw);
            } else {
                writeChunked(sel, raw);
            }
        }

        private void writeContiguous(Selection sel, byte[] raw) {
            long total = elementCount() * type.size();
            boolean whole = sel.equals(Selection.all(dims));
            if (contiguousAddress == -1) {
                contiguousAddress = file.allocateRaw(total);
                if (whole) {
                    // every byte is about to be written: writing the fill first would double the I/O
                    file.out.write(contiguousAddress, raw);
                    return;
                }
                // initialized piece by piece: a dataset written in blocks must not need its size in memory
                int piece = (int) Math.min(total, 1 << 20);
                piece -= piece % Math.max(1, type.size());
                byte[] init = new byte[Math.max(piece, 1)];
                if (fill != null) {
                    for (int i = 0; i + fill.length <= init.length; i += fill.length) {
                        System.arraycopy(fill, 0, init, i, fill.length);
                    }
                }
                for (long at = 0; at < total; at += init.length) {
                    int n = (int) Math.min(init.length, total - at);
                    file.out.write(contiguousAddress + at, n == init.length ? init
                            : java.util.Arrays.copyOf(init, n));
                }
            }
            if (whole) {
                file.out.write(contiguousAddress, raw);
                return;
            }
            // read-modify-write of the rows (first dimension) the selection touches
            SelectionCopier copier = new SelectionCopier(sel, type.size());
            long[][] box = copier.bounds();
            if (box == null) {
                return;
            }
            long rowBytes = dims.length == 0 ? total : total / Math.max(1, dims[0]);
            long first = dims.length == 0 ? 0 : box[0][0];
            long end = dims.length == 0 ? 1 : box[0][1];
            byte[] block = new byte[(int) ((end - first) * rowBytes)];
            file.storage.read(contiguousAddress + first * rowBytes, java.nio.ByteBuffer.wrap(block));
            long[] origin = new long[dims.length];
            long[] blockDims = dims.clone();
            if (dims.length > 0) {
                origin[0] = first;
                blockDims[0] = end - first;
            }
            copier.copyInto(raw, origin, blockDims, block);
            file.out.write(contiguousAddress + first * rowBytes, block);
        }

        private void writeChunked(Selection sel, byte[] raw) {
            int rank = dims.length;
            long chunkBytes = type.size();
            for (long c : chunks) {
                chunkBytes *= c;
            }
            long[][] box = new long[rank][2];
            long[] shape = sel.shape();
            for (int d = 0; d < rank; d++) {
                box[d][0] = sel.start()[d];
                box[d][1] = sel.start()[d] + (sel.count()[d] - 1) * sel.stride()[d] + sel.block()[d];
                if (shape[d] == 0) {
                    return;
                }
            }
            long[] lo = new long[rank];
            long[] hi = new long[rank];
            for (int d = 0; d < rank; d++) {
                lo[d] = box[d][0] / chunks[d];
                hi[d] = (box[d][1] - 1) / chunks[d];
            }
            long[] cell = lo.clone();
            while (true) {
                long[] origin = new long[rank];
                for (int d = 0; d < rank; d++) {
                    origin[d] = cell[d] * chunks[d];
                }
                String key = java.util.Arrays.toString(origin);
                if (writeQueue != null && writeQueue.isPending(key)) {
                    writeQueue.drain(); // its bytes are not in the file yet
                }
                long[] entry = chunkTable.get(key);
                byte[] plain;
                if (entry == null) {
                    plain = new byte[(int) chunkBytes];
                    if (fill != null) {
                        for (int i = 0; i + fill.length <= plain.length; i += fill.length) {
                            System.arraycopy(fill, 0, plain, i, fill.length);
                        }
                    }
                } else {
                    plain = readChunk(entry, (int) chunkBytes);
                }
                // copy the selection's elements that fall in this chunk from raw into plain
                new SelectionCopier(sel, type.size()).copyInto(raw, origin, chunks, plain);
                if (filters != null && !filters.filters().isEmpty()) {
                    // filtered on the pool, written in this order by storeChunk
                    if (writeQueue == null) {
                        writeQueue = new ChunkWriteQueue(filters, type.size(), (int) chunkBytes, this::storeChunk);
                    }
                    writeQueue.submit(key, origin, plain);
                } else {
                    storeChunk(key, origin, plain);
                }
                int d = rank - 1;
                while (d >= 0 && ++cell[d] > hi[d]) {
                    cell[d] = lo[d];
                    d--;
                }
                if (d < 0) {
                    break;
                }
            }
        }

        /** Writes a chunk's stored bytes and indexes them. */
        private void storeChunk(String key, long[] origin, byte[] stored) {
            int rank = dims.length;
            // copy on write: the chunk the last flush published stays intact until the next flush replaces it
            long address = file.allocateRaw(stored.length);
            file.out.write(address, stored);
            long[] e = new long[3 + rank];
            e[0] = stored.length;
            e[1] = address;
            e[2] = 0;
            System.arraycopy(origin, 0, e, 3, rank);
            chunkTable.put(key, e);
            indexDirty = true;
        }

        /** Writes the chunks still being filtered (before the index is written or chunks are dropped). */
        private void drainChunks() {
            if (writeQueue != null) {
                writeQueue.drain();
            }
        }

        private byte[] readChunk(long[] entry, int chunkBytes) {
            byte[] stored = new byte[(int) entry[0]];
            file.storage.read(entry[1], java.nio.ByteBuffer.wrap(stored));
            byte[] b = stored;
            if (filters != null) {
                List<FilterPipeline.FilterInfo> fs = filters.filters();
                for (int i = fs.size() - 1; i >= 0; i--) {
                    FilterPipeline.FilterInfo fi = fs.get(i);
                    b = Filters.require(fi.id()).decode(b, new FilterParameters(fi.clientData(), type.size(),
                            chunkBytes));
                }
            }
            return b;
        }

        @Override
        void beforeHeader() {
            super.beforeHeader();
            drainChunks();
            if (chunks != null && indexDirty) {
                file.out.activity(() -> "the chunk index of the dataset " + file.pathOf(this));
                if (file.latest) {
                    latestLayout = latestIndex(file.out);
                } else {
                    btreeAddress = writeIndex();
                }
                indexDirty = false;
            }
        }

        /** Writes the chunk index the C library's latest setting chooses; returns the layout message body. */
        private byte[] latestIndex(FileWriterSupport w) {
            int rank = dims.length;
            List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
            if (w != null) {
                for (long[] e : chunkTable.values()) {
                    long[] cell = new long[rank];
                    for (int d = 0; d < rank; d++) {
                        cell[d] = e[3 + d] / chunks[d];
                    }
                    entries.add(new ChunkIndexWriter.Entry(cell, e[1], e[0], (int) e[2]));
                }
            }
            boolean filtered = filters != null && !filters.filters().isEmpty();
            return ChunkIndexWriter.write(w, file.ctx, entries, dims, maxDims, chunks, type.size(), filtered, 0);
        }

        private long writeIndex() {
            if (chunkTable.isEmpty()) {
                return -1;
            }
            int rank = dims.length;
            List<long[]> entries = new ArrayList<>(chunkTable.values());
            entries.sort((a, b) -> {
                for (int d = 0; d < rank; d++) {
                    int c = Long.compare(a[3 + d], b[3 + d]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            List<long[]> keys = new ArrayList<>();
            long[] children = new long[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                long[] e = entries.get(i);
                long[] k = new long[2 + rank + 1];
                k[0] = e[0];
                k[1] = e[2];
                System.arraycopy(e, 3, k, 2, rank);
                keys.add(k);
                children[i] = e[1];
            }
            long[] lastKey = new long[2 + rank + 1];
            long[] last = entries.get(entries.size() - 1);
            for (int d = 0; d < rank; d++) {
                lastKey[2 + d] = last[3 + d] + chunks[d];
            }
            keys.add(lastKey);
            return ChunkBTreeWriter.write(file.out, keys, children, rank);
        }


        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATASPACE.id(), 0,
                    DataspaceCodec.encode(space(), file.ctx)));
            msgs.add(committed != null
                    ? new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(),
                            HeaderMessage.FLAG_SHARED | HeaderMessage.FLAG_CONSTANT,
                            SharedMessageRef.encodeCommitted(committed.address, file.ctx))
                    : new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), 1, DatatypeCodec.encode(type, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.FILL_VALUE.id(), 1,
                    FillValue.encode(chunks == null ? 2 : 3, 2, fill, file.ctx)));
            if (filters != null && !filters.filters().isEmpty()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.FILTER_PIPELINE.id(), 1, filters.encode(file.ctx)));
            }
            byte[] layout = chunks == null
                    ? Layout.encodeContiguous(contiguousAddress, elementCount() * type.size(), file.ctx)
                    : file.latest ? (latestLayout != null ? latestLayout : latestIndex(null))
                    : Layout.encodeChunkedV3(btreeAddress, chunks, type.size(), file.ctx);
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layout));
            return msgs;
        }
    }
}
