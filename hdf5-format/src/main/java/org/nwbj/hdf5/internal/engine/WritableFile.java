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
    private final FormatContext ctx = FormatContext.DEFAULT;
    private final FileWriterSupport out;
    private final HeapWriter heap;
    private final WGroup root;
    private final List<WObject> objects = new ArrayList<>();
    private boolean closed;

    public WritableFile(Storage storage) {
        this.storage = storage;
        this.out = new FileWriterSupport(storage, ctx, Superblock.sizeV2(ctx));
        this.heap = new HeapWriter(out);
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
    }

    /** Writes every pending change; the file on disk is then complete and consistent. */
    public synchronized void flush() {
        checkOpen();
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
            long contAddress = out.allocate(cont.length);
            out.write(contAddress, cont);
            first = new ArrayList<>(msgs.subList(0, fit));
            FormatWriter body = new FormatWriter(ctx);
            body.offset(contAddress).length(cont.length);
            first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, body.toByteArray()));
            used += continuationRoom;
        }
        int gap = room - used;
        byte[] h = ObjectHeaderChunk.encodeV2(first, gap, ctx);
        if (h.length != o.capacity) {
            throw new IllegalStateException("header of " + h.length + " bytes does not fill its capacity of "
                    + o.capacity);
        }
        out.write(o.address, h);
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

        WObject(WritableFile file) {
            this.file = file;
            file.register(this);
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
            if (linkCount > 1) {
                byte[] rc = new byte[5];
                HeapWriter.putLe(rc, 1, linkCount, 4);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.REFERENCE_COUNT.id(), 0, rc));
            }
            for (WAttribute a : attributes.values()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), 0, a.encode(file.ctx)));
            }
            return msgs;
        }

        byte[] encodeHeader(boolean sizing) {
            return ObjectHeaderChunk.encodeV2(messages(sizing), 0, file.ctx);
        }

        /** Adds or replaces an attribute; {@code values} holds Strings for variable-length string types. */
        public void setAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            file.checkOpen();
            attributes.put(name, new WAttribute(name, type, space, raw, strings));
        }

        public void deleteAttribute(String name) {
            file.checkOpen();
            attributes.remove(name);
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
                contiguousAddress = file.out.allocate(total);
                if (whole) {
                    // every byte is about to be written: writing the fill first would double the I/O
                    file.out.write(contiguousAddress, raw);
                    return;
                }
                byte[] init = new byte[(int) Math.min(total, Integer.MAX_VALUE - 16)];
                if (fill != null) {
                    for (int i = 0; i + fill.length <= init.length; i += fill.length) {
                        System.arraycopy(fill, 0, init, i, fill.length);
                    }
                }
                file.out.write(contiguousAddress, init);
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
            long address = file.out.allocate(stored.length);
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
                btreeAddress = writeIndex();
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


        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATASPACE.id(), 0,
                    DataspaceCodec.encode(space(), file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), 1, DatatypeCodec.encode(type, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.FILL_VALUE.id(), 1,
                    FillValue.encode(chunks == null ? 2 : 3, 2, fill, file.ctx)));
            if (filters != null && !filters.filters().isEmpty()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.FILTER_PIPELINE.id(), 1, filters.encode(file.ctx)));
            }
            byte[] layout = chunks == null
                    ? Layout.encodeContiguous(contiguousAddress, elementCount() * type.size(), file.ctx)
                    : Layout.encodeChunkedV3(btreeAddress, chunks, type.size(), file.ctx);
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layout));
            return msgs;
        }
    }
}
