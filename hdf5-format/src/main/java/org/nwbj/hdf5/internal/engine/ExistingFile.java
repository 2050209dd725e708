package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Checksums;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;

/**
 * An existing file opened for modification. Its objects join the {@link WritableFile} model when first touched
 * ("adopted"): the model keeps the messages it does not represent as raw bodies, and a changed object's header is
 * rewritten in place at its address (its identity for hard links and references) as a version 2 header, spilling
 * into a fresh continuation block when the old first chunk is too small. Old-style (symbol table) groups are
 * rewritten as link-message groups, chunk indexes are written anew to fresh space (version 1 B-tree, layout 3);
 * nothing the last flushed state references is overwritten except the single-write header and superblock
 * updates of {@link #flushInOrder()}.
 */
final class ExistingFile {
    private final FileContext f;
    private final WritableFile file;
    private final Storage relative;
    private final Map<Long, WritableFile.WObject> adopted = new HashMap<>();

    ExistingFile(FileContext f, WritableFile file) {
        this.f = f;
        this.file = file;
        Superblock sb = f.superblock();
        if (sb.driverInfoAddress() != -1) {
            throw new Hdf5UnsupportedException("modifying a file with a driver information block (family or "
                    + "multi/split driver)");
        }
        this.relative = new RelativeStorage(f.storage(), f.base());
    }

    /** The storage seen with addresses relative to the superblock (a user block is skipped). */
    Storage relativeStorage() {
        return relative;
    }

    /** New space starts past both the end of allocation and the end of the file. */
    long firstFreeAddress() {
        return Math.max(f.superblock().endOfFileAddress(), relative.size());
    }

    // ------------------------------------------------------------------ adoption

    /** The model object for the header at {@code address}, adopted from the file when not in the model yet. */
    WritableFile.WObject adopt(long address) {
        WritableFile.WObject o = adopted.get(address);
        if (o != null) {
            return o;
        }
        ObjectHeader h = f.header(address);
        if (GroupReader.isGroup(h)) {
            o = adoptGroup(h);
        } else if (h.has(MessageType.LAYOUT)) {
            o = adoptDataset(h);
        } else {
            throw new Hdf5UnsupportedException("modifying the object at " + address
                    + " (neither a group nor a dataset)");
        }
        o.address = address;
        o.capacity = (int) firstChunkSize(address);
        o.linkCount = (int) Math.min(Integer.MAX_VALUE, referenceCount(h));
        adoptAttributes(o, h);
        o.written = o.messages(false);
        adopted.put(address, o);
        return o;
    }

    /** A hard link to the object at {@code address} was deleted: lower its reference count when others remain. */
    void unlinked(long address) {
        WritableFile.WObject o = adopted.get(address);
        if (o == null) {
            if (referenceCount(f.header(address)) <= 1) {
                return; // the object becomes unreachable; its header stays as it is
            }
            try {
                o = adopt(address);
            } catch (Hdf5UnsupportedException e) {
                return; // a committed datatype: a count too high only keeps it alive
            }
        }
        o.linkCount--;
    }

    private WritableFile.WGroup adoptGroup(ObjectHeader h) {
        boolean track = GroupReader.tracksOrder(f, h);
        WritableFile.WGroup g = new WritableFile.WGroup(file, track);
        List<LinkMessage> links = new ArrayList<>(GroupReader.links(f, h));
        if (track) {
            links.sort((a, b) -> Long.compare(a.creationOrder(), b.creationOrder()));
        }
        long next = 0;
        for (LinkMessage l : links) {
            long order = l.creationOrder() >= 0 ? l.creationOrder() : next;
            next = Math.max(next, order + 1);
            String path = l.type() == LinkMessage.SOFT ? l.softPath()
                    : l.type() == LinkMessage.EXTERNAL ? l.externalPath() : null;
            if (l.type() != LinkMessage.HARD && l.type() != LinkMessage.SOFT && l.type() != LinkMessage.EXTERNAL) {
                throw new Hdf5UnsupportedException("modifying a group with a user-defined link (type " + l.type()
                        + ")");
            }
            g.links.put(l.name(), new WritableFile.WLink(l.name(), l.type(), null, path, l.externalFile(), order,
                    l.type() == LinkMessage.HARD ? l.address() : -1));
        }
        g.nextOrder = next;
        g.kept = keep(h, MessageType.SYMBOL_TABLE, MessageType.LINK_INFO, MessageType.GROUP_INFO, MessageType.LINK);
        return g;
    }

    private WritableFile.WDataset adoptDataset(ObjectHeader h) {
        DatasetReader r = new DatasetReader(f, h);
        Dataspace space = r.space();
        Layout layout = r.layout();
        String notWritable = null;
        long[] chunks = null;
        switch (layout.kind()) {
            case CHUNKED -> chunks = layout.chunkDims();
            case COMPACT -> notWritable = "compact datasets are not written in place yet";
            case VIRTUAL -> notWritable = "virtual datasets";
            default -> {
            }
        }
        if (space.kind() == Dataspace.Kind.NULL) {
            notWritable = "it has a null dataspace";
            space = Dataspace.scalar();
        }
        if (h.has(MessageType.EXTERNAL_DATA_FILES)) {
            notWritable = "its data lives in external files";
        }
        if (chunks != null && (layout.flags() & 1) != 0) {
            notWritable = "its partial edge chunks are stored unfiltered (layout flag the writer does not produce)";
        }
        if (chunks != null && f.superblock().chunkBTreeK() != ChunkBTreeWriter.K) {
            notWritable = "the superblock sets a chunk B-tree K of " + f.superblock().chunkBTreeK();
        }
        WritableFile.WDataset d = new WritableFile.WDataset(file, r.type(), space, chunks, r.pipeline(), r.fill());
        d.notWritable = notWritable;
        if (layout.kind() == Layout.Kind.CONTIGUOUS) {
            d.contiguousAddress = layout.address();
        }
        if (chunks != null) {
            int rank = chunks.length;
            d.existingChunks = () -> {
                List<long[]> out = new ArrayList<>();
                for (StoredChunk c : r.storedChunks()) {
                    long[] e = new long[3 + rank];
                    e[0] = c.size();
                    e[1] = c.address();
                    e[2] = c.filterMask() & 0xffffffffL;
                    System.arraycopy(c.origin(), 0, e, 3, rank);
                    out.add(e);
                }
                return out;
            };
        }
        d.keptSpace = raw(h.first(MessageType.DATASPACE));
        d.keptLayout = raw(h.first(MessageType.LAYOUT));
        d.kept = keep(h, MessageType.DATASPACE, MessageType.LAYOUT);
        return d;
    }

    /** Compact attributes stay as raw bodies; dense ones join them when each fits a header message. */
    private void adoptAttributes(WritableFile.WObject o, ObjectHeader h) {
        for (HeaderMessage m : h.all(MessageType.ATTRIBUTE)) {
            String name = AttributeMessage.decode(Messages.body(f, m, "AttributeMessage")).name();
            o.attributes.put(name, new WritableFile.WAttribute(name, bytes(m.body()), m.flags()));
        }
        HeaderMessage ai = h.first(MessageType.ATTRIBUTE_INFO);
        if (ai == null) {
            return;
        }
        AttributeInfo info = AttributeInfo.decode(ai.reader("AttributeInfoMessage", f.ctx()));
        if (!info.isDense()) {
            return;
        }
        FractalHeap heap = DenseStorage.heap(f, info.fractalHeapAddress());
        List<WritableFile.WAttribute> dense = new ArrayList<>();
        boolean fits = true;
        for (ByteBuffer rec : records(info.nameIndexAddress())) {
            BTreeV2Records.AttributeName an = BTreeV2Records.attributeName(rec, f.ctx());
            byte[] body = bytes(heap.get(an.heapId()));
            HeaderMessage m = new HeaderMessage(MessageType.ATTRIBUTE.id(), an.messageFlags(), -1,
                    ByteBuffer.wrap(body), -1);
            String name = AttributeMessage.decode(Messages.body(f, m, "AttributeMessage (dense)")).name();
            fits &= body.length <= 0xffff;
            dense.add(new WritableFile.WAttribute(name, body, an.messageFlags()));
        }
        if (fits) {
            for (WritableFile.WAttribute a : dense) {
                o.attributes.put(a.name, a);
            }
        } else {
            // an attribute over 64 KiB cannot be a header message: keep the dense storage as it is
            o.kept.add(raw(ai));
            o.attributesFrozen = "its dense attribute storage holds an attribute over 64 KiB";
        }
    }

    private List<ByteBuffer> records(long btree) {
        List<ByteBuffer> out = new ArrayList<>();
        BTreeV2.open(f, btree).forEach(b -> out.add(b.duplicate()));
        return out;
    }

    /** The messages of {@code h} the model does not represent: all but those listed and the bookkeeping ones. */
    private static List<ObjectHeaderChunk.Message> keep(ObjectHeader h, MessageType... modelled) {
        List<ObjectHeaderChunk.Message> out = new ArrayList<>();
        for (HeaderMessage m : h.messages()) {
            int t = m.typeId();
            if (t == MessageType.NIL.id() || t == MessageType.CONTINUATION.id()
                    || t == MessageType.REFERENCE_COUNT.id() || t == MessageType.ATTRIBUTE.id()
                    || t == MessageType.ATTRIBUTE_INFO.id()) {
                continue;
            }
            boolean skip = false;
            for (MessageType mt : modelled) {
                skip |= t == mt.id();
            }
            if (!skip) {
                out.add(raw(m));
            }
        }
        return out;
    }

    private static ObjectHeaderChunk.Message raw(HeaderMessage m) {
        return new ObjectHeaderChunk.Message(m.typeId(), m.flags(), bytes(m.body()));
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        ((java.nio.Buffer) d).position(0);
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }

    private long firstChunkSize(long address) {
        ByteBuffer probe = f.readUpTo(address, ObjectHeaderChunk.PREFIX_PROBE);
        return ObjectHeaderChunk.firstChunkSize(probe, address, f.ctx());
    }

    /** Hard links to the object: the version 1 prefix field or the reference count message (absent: 1). */
    private long referenceCount(ObjectHeader h) {
        if (h.version() == 1) {
            ByteBuffer probe = f.readUpTo(h.address(), 8);
            return probe.remaining() < 8 ? 1 : probe.getInt(4) & 0xffffffffL;
        }
        HeaderMessage rc = h.first(MessageType.REFERENCE_COUNT);
        if (rc == null) {
            return 1;
        }
        ByteBuffer b = rc.reader("ReferenceCountMessage", f.ctx()).buffer();
        return b.remaining() < 5 ? 1 : b.getInt(b.position() + 1) & 0xffffffffL;
    }

    // ------------------------------------------------------------------ flush

    /**
     * Writes every change so that a crash at any point leaves a readable file: (1) raw data, chunk indexes, heap
     * collections, headers of objects placed by this flush and continuation blocks, all in fresh space; (2) the
     * superblock with the new end of allocation; (3) the in-place header rewrites, each one write, objects that are
     * linked to before the groups that link to them (children before parents); (4) the superblock again if
     * anything in it changed since (2). Nothing the previous state references is overwritten except in (2)-(4).
     */
    void flushInOrder() {
        List<WritableFile.WObject> objects = file.objects();
        for (WritableFile.WObject o : objects) {
            o.beforeHeader();
        }
        file.heap().flush();
        for (WritableFile.WObject o : objects) {
            if (o.address == -1) {
                byte[] sizing = o.encodeHeader(true);
                o.capacity = Math.max(sizing.length + sizing.length / 2 + 64, 128);
                o.address = file.out().allocate(o.capacity);
            }
        }
        List<WritableFile.WObject> changed = new ArrayList<>();
        List<List<ObjectHeaderChunk.Message>> changedMessages = new ArrayList<>();
        List<byte[]> inPlace = new ArrayList<>();
        List<WritableFile.WObject> inPlaceObjects = new ArrayList<>();
        for (WritableFile.WObject o : objects) {
            List<ObjectHeaderChunk.Message> msgs = o.messages(false);
            if (o.written != null && same(msgs, o.written)) {
                continue;
            }
            if (o.adopted() && o.linkCount <= 0) {
                continue; // no longer linked from anywhere: left as it was
            }
            byte[] first = file.encodeHeader(o, msgs); // continuation blocks go to fresh space now
            changed.add(o);
            changedMessages.add(msgs);
            if (o.written == null) {
                file.out().write(o.address, first); // placed by this flush: fresh space
            } else {
                inPlaceObjects.add(o);
                inPlace.add(first);
            }
        }
        boolean rootRewritten = inPlaceObjects.contains(file.root());
        writeSuperblock(rootRewritten);
        // datasets first, then groups from the most recently adopted or created (children before parents)
        for (int pass = 0; pass < 2; pass++) {
            for (int i = inPlaceObjects.size() - 1; i >= 0; i--) {
                WritableFile.WObject o = inPlaceObjects.get(i);
                if ((o instanceof WritableFile.WGroup) == (pass == 1)) {
                    file.out().write(o.address, inPlace.get(i));
                }
            }
        }
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).written = changedMessages.get(i);
        }
    }

    private static boolean same(List<ObjectHeaderChunk.Message> a, List<ObjectHeaderChunk.Message> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ObjectHeaderChunk.Message x = a.get(i);
            ObjectHeaderChunk.Message y = b.get(i);
            if (x.type() != y.type() || x.flags() != y.flags() || !Arrays.equals(x.body(), y.body())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rewrites the superblock (one write) with the current end of allocation; when the root group of a version 0/1
     * superblock is rewritten, its root entry no longer caches a symbol table (the group then has link messages).
     */
    private void writeSuperblock(boolean rootRewritten) {
        Superblock sb = f.superblock();
        int o = f.ctx().offsetSize();
        int size;
        int eoaAt;
        if (sb.version() <= 1) {
            int fixed = sb.version() == 0 ? 24 : 28;
            eoaAt = fixed + 2 * o;
            size = fixed + 4 * o + 2 * o + 24;
        } else {
            eoaAt = 12 + 2 * o;
            size = 12 + 4 * o + 4;
        }
        byte[] b = new byte[size];
        if (relative.read(0, ByteBuffer.wrap(b)) != size) {
            throw new Hdf5FormatException("Superblock", 0, "cannot re-read " + size + " superblock bytes");
        }
        HeapWriter.putLe(b, eoaAt, file.out().endOfAllocation(), o);
        if (sb.version() <= 1 && rootRewritten) {
            int entry = eoaAt + 2 * o; // after the end-of-file and driver info addresses
            int cacheAt = entry + 2 * o;
            HeapWriter.putLe(b, cacheAt, 0, 4);
            Arrays.fill(b, cacheAt + 8, cacheAt + 24, (byte) 0);
        }
        if (sb.version() >= 2) {
            HeapWriter.putLe(b, size - 4, Checksums.lookup3(b, 0, size - 4), 4);
        }
        relative.write(0, ByteBuffer.wrap(b));
    }

    /** Addresses relative to the superblock, as every address in the file is (a user block comes first). */
    private static final class RelativeStorage implements Storage {
        private final Storage s;
        private final long base;

        RelativeStorage(Storage s, long base) {
            this.s = s;
            this.base = base;
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            return s.read(base + position, dst);
        }

        @Override
        public long size() {
            return Math.max(0, s.size() - base);
        }

        @Override
        public String describe() {
            return s.describe();
        }

        @Override
        public void write(long position, ByteBuffer src) {
            if (position < 0) {
                throw new Hdf5IoException("write at negative address " + position);
            }
            s.write(base + position, src);
        }

        @Override
        public void close() {
            s.close();
        }
    }
}
