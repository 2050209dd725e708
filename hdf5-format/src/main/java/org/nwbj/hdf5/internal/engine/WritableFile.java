package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.AttributeMessage;
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
 * Each flush leaves a complete file: data and metadata first, the superblock (which publishes them) last.
 */
public final class WritableFile {
        /** Room kept in every first header chunk for a continuation message: type, size, flags + address, length. */
    private final int continuationRoom;

    private final Storage storage;
    private final FormatContext ctx;
    private final FileWriterSupport out;
    private final HeapWriter heap;
    private final WGroup root;
    private final List<WObject> objects = new ArrayList<>();
    /** The file opened for modification, or null when creating one. */
    private final ExistingFile existing;
    private boolean closed;

    public WritableFile(Storage storage) {
        this.storage = storage;
        this.ctx = FormatContext.DEFAULT;
        this.existing = null;
        this.out = new FileWriterSupport(storage, ctx, Superblock.sizeV2(ctx));
        this.heap = new HeapWriter(out);
        this.continuationRoom = 4 + ctx.offsetSize() + ctx.lengthSize();
        this.root = new WGroup(this, false);
        root.linkCount = 1;
    }

    /**
     * Opens an existing file for modification: its objects join the model when first touched (see {@link
     * ExistingFile}); new space is allocated past its end of allocation.
     */
    public WritableFile(Storage storage, FileContext context) {
        this.existing = new ExistingFile(context, this);
        this.storage = existing.relativeStorage();
        this.ctx = context.ctx();
        this.out = new FileWriterSupport(storage, ctx, existing.firstFreeAddress());
        this.heap = new HeapWriter(out);
        this.continuationRoom = 4 + ctx.offsetSize() + ctx.lengthSize();
        this.root = (WGroup) existing.adopt(context.superblock().rootObjectHeader());
    }

    /** The file being modified, or null in create mode. */
    ExistingFile existing() {
        return existing;
    }

    Storage storage() {
        return storage;
    }

    List<WObject> objects() {
        return objects;
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
    }

    /** Writes every pending change; the file on disk is then complete and consistent. */
    public synchronized void flush() {
        checkOpen();
        if (existing != null) {
            existing.flushInOrder();
            return;
        }
        for (WObject o : objects) {
            o.beforeHeader();
        }
        heap.flush();
        // place new headers first: parents' link messages need their children's addresses
        for (WObject o : objects) {
            if (o.address == -1) {
                byte[] h = o.encodeHeader(true);
                o.capacity = Math.max(h.length + h.length / 2 + 64, 128);
                o.address = out.allocate(o.capacity);
            }
        }
        for (WObject o : objects) {
            writeHeader(o);
        }
        storage.write(0, java.nio.ByteBuffer.wrap(Superblock.encodeV2(ctx, -1, out.endOfAllocation(),
                root.address)));
    }

    /** Writes the object's header into its first chunk, spilling into a continuation block when needed. */
    private void writeHeader(WObject o) {
        out.write(o.address, encodeHeader(o, o.messages(false)));
    }

    /**
     * Encodes the first chunk of an object's header, exactly {@code o.capacity} bytes; messages that do not fit go
     * to a continuation block, which this allocates and writes (fresh space) before returning.
     */
    byte[] encodeHeader(WObject o, List<ObjectHeaderChunk.Message> msgs) {
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
            long contAddress = out.allocate(cont.length);
            out.write(contAddress, cont);
            first = new ArrayList<>(msgs.subList(0, fit));
            FormatWriter body = new FormatWriter(ctx);
            body.offset(contAddress).length(cont.length);
            first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, body.toByteArray()));
            used += continuationRoom;
        }
        int gap = room - used;
        if (gap < 0) {
            throw new org.nwbj.hdf5.Hdf5UnsupportedException("rewriting the object header at " + o.address
                    + ": its first chunk of " + o.capacity + " bytes cannot hold a continuation message");
        }
        byte[] h = ObjectHeaderChunk.encodeV2(first, gap, ctx);
        if (h.length != o.capacity) {
            throw new IllegalStateException("header of " + h.length + " bytes does not fill its capacity of "
                    + o.capacity);
        }
        return h;
    }

    /** Flushes and stops accepting changes. */
    public synchronized void close() {
        if (!closed) {
            flush();
            closed = true;
            storage.close();
        }
    }

    // ------------------------------------------------------------------ the object model

    /** Something with an object header: a group or a dataset. */
    public abstract static class WObject {
        final WritableFile file;
        long address = -1;
        int capacity;
        int linkCount;
        final Map<String, WAttribute> attributes = new LinkedHashMap<>();
        /** Messages of an adopted header that the model does not represent, kept as they were; null when new. */
        List<ObjectHeaderChunk.Message> kept;
        /** The messages last written (or found when adopted): an unchanged object is not rewritten. */
        List<ObjectHeaderChunk.Message> written;
        /** Why the attributes cannot change (dense storage kept as it was), or null. */
        String attributesFrozen;

        WObject(WritableFile file) {
            this.file = file;
            file.register(this);
        }

        boolean adopted() {
            return kept != null;
        }

        /** Hook run at flush before headers are encoded (chunk indexes, heap data). */
        void beforeHeader() {
            for (WAttribute a : attributes.values()) {
                a.prepare(file);
            }
        }

        abstract List<ObjectHeaderChunk.Message> ownMessages(boolean sizing);

        List<ObjectHeaderChunk.Message> messages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>(ownMessages(sizing));
            if (kept != null) {
                msgs.addAll(kept);
            }
            if (linkCount > 1) {
                byte[] rc = new byte[5];
                HeapWriter.putLe(rc, 1, linkCount, 4);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.REFERENCE_COUNT.id(), 0, rc));
            }
            for (WAttribute a : attributes.values()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), a.flags, a.encode(file.ctx)));
            }
            return msgs;
        }

        byte[] encodeHeader(boolean sizing) {
            return ObjectHeaderChunk.encodeV2(messages(sizing), 0, file.ctx);
        }

        /** Adds or replaces an attribute; {@code values} holds Strings for variable-length string types. */
        public void setAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            file.checkOpen();
            checkAttributesChangeable();
            attributes.put(name, new WAttribute(name, type, space, raw, strings));
        }

        public void deleteAttribute(String name) {
            file.checkOpen();
            checkAttributesChangeable();
            attributes.remove(name);
        }

        public long address() {
            return address;
        }

        private void checkAttributesChangeable() {
            if (attributesFrozen != null) {
                throw new org.nwbj.hdf5.Hdf5UnsupportedException("changing attributes of the object at " + address
                        + ": " + attributesFrozen);
            }
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
        /** The message body of an attribute found in an existing file, kept as it was; else null. */
        final byte[] existingBody;
        final int flags;

        WAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            this.name = name;
            this.type = type;
            this.space = space;
            this.raw = raw;
            this.strings = strings;
            this.existingBody = null;
            this.flags = 0;
        }

        WAttribute(String name, byte[] existingBody, int flags) {
            this.name = name;
            this.type = null;
            this.space = null;
            this.raw = null;
            this.strings = null;
            this.existingBody = existingBody;
            this.flags = flags;
        }

        void prepare(WritableFile f) {
            if (strings != null && prepared == null) {
                prepared = f.vlenStrings(strings);
            }
        }

        byte[] encode(FormatContext ctx) {
            if (existingBody != null) {
                return existingBody;
            }
            byte[] data = strings == null ? raw : prepared != null ? prepared : new byte[strings.length * type.size()];
            return AttributeMessage.encode(name, DatatypeCodec.encode(type, ctx), false,
                    DataspaceCodec.encode(space, ctx), data, ctx);
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

    /**
     * A link of a group being written; a hard link found in an existing file has no target in the model until the
     * object is touched, only its address.
     */
    record WLink(String name, int type, WObject target, String path, String file, long order, long address) {
        WLink(String name, int type, WObject target, String path, String file, long order) {
            this(name, type, target, path, file, order, -1);
        }
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

        /** The object a hard link names, taken into the model from the existing file when not there yet. */
        public WObject child(String name) {
            file.checkOpen();
            WLink l = links.get(name);
            if (l == null) {
                throw new org.nwbj.hdf5.Hdf5NotFoundException("no link named \"" + name + "\"");
            }
            if (l.target() != null) {
                return l.target();
            }
            if (l.type() != LinkMessage.HARD || file.existing == null) {
                throw new Hdf5Exception("\"" + name + "\" is a " + (l.type() == LinkMessage.SOFT ? "soft" : "external")
                        + " link, not an object of this file");
            }
            WObject t = file.existing.adopt(l.address());
            links.put(name, new WLink(l.name(), l.type(), t, null, null, l.order(), l.address()));
            return t;
        }

        public void deleteLink(String name) {
            file.checkOpen();
            WLink l = links.remove(name);
            if (l != null && l.target() != null) {
                l.target().linkCount--;
            } else if (l != null && l.type() == LinkMessage.HARD && file.existing != null) {
                file.existing.unlinked(l.address());
            }
        }

        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK_INFO.id(), 0,
                    LinkInfo.encodeCompact(trackOrder, nextOrder, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.GROUP_INFO.id(), 0, new byte[] {0, 0}));
            for (WLink l : links.values()) {
                long target = l.target() == null ? l.address() : Math.max(0, l.target().address);
                LinkMessage m = new LinkMessage(l.name(), l.type(), trackOrder ? l.order() : -1, target,
                        l.type() == LinkMessage.SOFT ? l.path() : null, l.file(),
                        l.type() == LinkMessage.EXTERNAL ? l.path() : null);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK.id(), 0, m.encode(file.ctx)));
            }
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
        final boolean scalar;
        /** Adopted datasets: the dataspace and layout message bodies as found, until resize or a new index. */
        ObjectHeaderChunk.Message keptSpace;
        ObjectHeaderChunk.Message keptLayout;
        /** Adopted datasets: lists the chunks the existing index holds (read at the first change), else null. */
        java.util.function.Supplier<List<long[]>> existingChunks;
        /** Why this existing dataset cannot be written (a layout the writer does not produce), or null. */
        String notWritable;

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
            file.heap.flush();
            return b;
        }

        public DataType type() {
            return type;
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

        /** Moves the chunks of an adopted dataset's existing index into the chunk table. */
        private void loadExistingChunks() {
            if (existingChunks != null) {
                for (long[] e : existingChunks.get()) {
                    chunkTable.put(java.util.Arrays.toString(java.util.Arrays.copyOfRange(e, 3, e.length)), e);
                }
                existingChunks = null;
            }
        }

        private void checkWritable() {
            if (notWritable != null) {
                throw new org.nwbj.hdf5.Hdf5UnsupportedException("writing the dataset at " + address + ": "
                        + notWritable);
            }
        }

        /** Changes the current dimensions within the maximum ones (chunked datasets). */
        public void resize(long[] newDims) {
            file.checkOpen();
            checkWritable();
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
            if (java.util.Arrays.equals(newDims, dims)) {
                return;
            }
            loadExistingChunks();
            keptSpace = null;
            // chunks wholly outside the new extent are dropped from the index (their space is not reused yet)
            chunkTable.values().removeIf(c -> {
                for (int d = 0; d < newDims.length; d++) {
                    if (c[3 + d] >= newDims[d]) {
                        return true;
                    }
                }
                return false;
            });
            // chunks cut by a shrinking dimension: what falls outside becomes fill again, so that growing back
            // shows the fill value, not old data (as the C library does)
            for (long[] c : new ArrayList<>(chunkTable.values())) {
                boolean cut = false;
                for (int d = 0; d < newDims.length; d++) {
                    cut |= newDims[d] < dims[d] && c[3 + d] + chunks[d] > newDims[d];
                }
                if (cut) {
                    long[] origin = java.util.Arrays.copyOfRange(c, 3, c.length);
                    byte[] plain = readChunk(c, (int) chunkByteCount());
                    fillOutside(plain, origin, newDims);
                    storeChunk(origin, plain);
                }
            }
            dims = newDims.clone();
            indexDirty = true;
        }

        private long chunkByteCount() {
            long n = type.size();
            for (long c : chunks) {
                n *= c;
            }
            return n;
        }

        /** Sets the elements of a chunk that lie outside {@code extent} to the fill value. */
        private void fillOutside(byte[] plain, long[] origin, long[] extent) {
            int size = type.size();
            int rank = chunks.length;
            long n = plain.length / size;
            long[] pos = new long[rank];
            for (long i = 0; i < n; i++) {
                long rem = i;
                boolean outside = false;
                for (int d = rank - 1; d >= 0; d--) {
                    pos[d] = rem % chunks[d];
                    rem /= chunks[d];
                    outside |= origin[d] + pos[d] >= extent[d];
                }
                if (outside) {
                    for (int b = 0; b < size; b++) {
                        plain[(int) (i * size + b)] = fill == null ? 0 : fill[b];
                    }
                }
            }
        }

        /** Writes stored-order element bytes ({@code raw}, C order of the selection) into a selection. */
        public void write(Selection sel, byte[] raw) {
            file.checkOpen();
            checkWritable();
            if (scalar) {
                sel = Selection.all(new long[0]);
            }
            sel.checkWithin(dims);
            long n = sel.elementCount() * type.size();
            if (raw.length != n) {
                throw new Hdf5Exception("selection holds " + n + " bytes, " + raw.length + " given");
            }
            if (chunks == null) {
                writeContiguous(sel, raw);
            } else {
                writeChunked(sel, raw);
            }
        }

        private void writeContiguous(Selection sel, byte[] raw) {
            long total = elementCount() * type.size();
            if (contiguousAddress == -1) {
                keptLayout = null;
                contiguousAddress = file.out.allocate(total);
                byte[] init = new byte[(int) Math.min(total, Integer.MAX_VALUE - 16)];
                if (fill != null) {
                    for (int i = 0; i + fill.length <= init.length; i += fill.length) {
                        System.arraycopy(fill, 0, init, i, fill.length);
                    }
                }
                file.out.write(contiguousAddress, init);
            }
            if (sel.equals(Selection.all(dims))) {
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
            loadExistingChunks();
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
                storeChunk(origin, plain);
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

        /** Filters and writes a chunk to fresh space and points the chunk table at it. */
        private void storeChunk(long[] origin, byte[] plain) {
            byte[] stored = plain;
            if (filters != null) {
                for (FilterPipeline.FilterInfo fi : filters.filters()) {
                    stored = Filters.require(fi.id()).encode(stored, new FilterParameters(fi.clientData(),
                            type.size(), plain.length));
                }
            }
            // copy on write: the chunk the last flush published stays intact until the next flush replaces it
            long address = file.out.allocate(stored.length);
            file.out.write(address, stored);
            long[] e = new long[3 + origin.length];
            e[0] = stored.length;
            e[1] = address;
            e[2] = 0;
            System.arraycopy(origin, 0, e, 3, origin.length);
            chunkTable.put(java.util.Arrays.toString(origin), e);
            indexDirty = true;
        }

        private byte[] readChunk(long[] entry, int chunkBytes) {
            if (entry[0] < 0 || entry[0] > Integer.MAX_VALUE - 16) {
                throw new org.nwbj.hdf5.Hdf5FormatException("Chunk", entry[1], "stored size " + entry[0]);
            }
            byte[] stored = new byte[(int) entry[0]];
            int n = file.storage.read(entry[1], java.nio.ByteBuffer.wrap(stored));
            if (n < stored.length) {
                throw new org.nwbj.hdf5.Hdf5FormatException("Chunk", entry[1], "needs " + stored.length
                        + " bytes, the file ends after " + n);
            }
            byte[] b = stored;
            if (filters != null) {
                List<FilterPipeline.FilterInfo> fs = filters.filters();
                for (int i = fs.size() - 1; i >= 0; i--) {
                    if ((entry[2] & (1L << i)) != 0) {
                        continue; // this filter was skipped for this chunk
                    }
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
            if (chunks != null && indexDirty) {
                btreeAddress = writeIndex();
                keptLayout = null;
                indexDirty = false;
            }
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


        private byte[] layoutBody() {
            return chunks == null
                    ? Layout.encodeContiguous(contiguousAddress, elementCount() * type.size(), file.ctx)
                    : Layout.encodeChunkedV3(btreeAddress, chunks, type.size(), file.ctx);
        }

        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            if (adopted()) {
                // datatype, fill value, filters and the rest are kept as they were (WObject.kept)
                msgs.add(keptSpace != null ? keptSpace : new ObjectHeaderChunk.Message(MessageType.DATASPACE.id(), 0,
                        DataspaceCodec.encode(space(), file.ctx)));
                msgs.add(keptLayout != null ? keptLayout
                        : new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layoutBody()));
                return msgs;
            }
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATASPACE.id(), 0,
                    DataspaceCodec.encode(space(), file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), 1, DatatypeCodec.encode(type, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.FILL_VALUE.id(), 1,
                    FillValue.encode(chunks == null ? 2 : 3, 2, fill, file.ctx)));
            if (filters != null && !filters.filters().isEmpty()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.FILTER_PIPELINE.id(), 1, filters.encode(file.ctx)));
            }
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layoutBody()));
            return msgs;
        }
    }
}
