package org.nwbj.hdf5.internal.engine.modify;

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
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.MultiDriverInfo;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.internal.engine.BTreeV2;
import org.nwbj.hdf5.internal.engine.ChunkTable;
import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.DenseStorage;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.FractalHeap;
import org.nwbj.hdf5.internal.engine.GroupReader;
import org.nwbj.hdf5.internal.engine.Messages;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.engine.RelativeStorage;
import org.nwbj.hdf5.internal.engine.SplitStorage;
import org.nwbj.hdf5.internal.engine.write.ChunkBTreeWriter;
import org.nwbj.hdf5.internal.engine.write.Found;
import org.nwbj.hdf5.internal.engine.write.HeapWriter;
import org.nwbj.hdf5.internal.engine.write.WAttribute;
import org.nwbj.hdf5.internal.engine.write.WDataset;
import org.nwbj.hdf5.internal.engine.write.WGroup;
import org.nwbj.hdf5.internal.engine.write.WLink;
import org.nwbj.hdf5.internal.engine.write.WObject;
import org.nwbj.hdf5.internal.engine.write.WritableFile;

/**
 * An existing file opened for modification. Its objects join the {@link WritableFile} model when first touched
 * ("adopted"): the model keeps the messages it does not represent as raw bodies, and a changed object's header is
 * rewritten in place at its address (its identity for hard links and references) as a version 2 header, spilling
 * into a fresh continuation block when the old first chunk is too small. Old-style (symbol table) groups are
 * rewritten as link-message groups, chunk indexes are written anew to fresh space (of the type found in superblock
 * 2/3 files, see {@link KeptChunkIndex}; else version 1 B-trees, layout 3; implicit indexes have chunks at
 * computed addresses, overwritten in place like contiguous data); new chunked datasets get the indexes the C
 * library gives them in the file's format (see {@link #newDatasetsLatest()});
 * nothing the last flushed state references is overwritten except the single-write header and superblock
 * updates of {@link WritableFile#flush()}, which publishes changes in the same crash-safe order as for new files.
 */
public final class ExistingFile {
    private final FileContext f;
    private final WritableFile file;
    private final Storage relative;
    private final Map<Long, WObject> adopted = new HashMap<>();
    /** A split pair's multi driver block (its members' ends of allocation change with every flush), else null. */
    private final MultiDriverInfo multi;

    public ExistingFile(FileContext f, WritableFile file) {
        this.f = f;
        this.file = file;
        Superblock sb = f.superblock();
        if (f.hasCacheImage()) {
            // the image holds metadata newer than its home addresses; the C library would load it over our edits
            throw new Hdf5UnsupportedException("modifying a file with a metadata cache image (open it read-only, or "
                    + "let the C library write the cached entries home first: h5clear --image)");
        }
        this.multi = f.multiDriverInfo();
        if (multi != null) {
            checkSplit(f, multi);
            this.relative = f.storage(); // addresses are the pair's: no user block, raw ones beyond 2^63 - 1
            return;
        }
        if (sb.driverInfoAddress() != -1 && !isFamily(f, sb)) {
            throw new Hdf5UnsupportedException("modifying a file with a driver information block other than the "
                    + "family and split drivers'");
        }
        this.relative = new RelativeStorage(f.storage(), f.base());
    }

    /**
     * Modify mode writes the split driver's layout (metadata member from 0, every memory type there or in the raw
     * member) through a {@link SplitStorage} that starts the raw member where the block says.
     */
    private static void checkSplit(FileContext f, MultiDriverInfo m) {
        if (!(f.storage() instanceof SplitStorage pair)) {
            throw new Hdf5UnsupportedException("modifying a multi/split driver file opened as one file: open the "
                    + "pair with Hdf5Writer.open(base, OpenOptions.split())");
        }
        int meta = m.memberOf(MultiDriverInfo.SUPER);
        int raw = m.memberOf(MultiDriverInfo.DRAW);
        if (m.memberCount() != 2 || meta == raw) {
            throw new Hdf5UnsupportedException("modifying a multi driver file of " + m.memberCount()
                    + " members (only the split driver's two: metadata and raw data)");
        }
        if (m.start(meta) != 0 || f.base() != 0) {
            throw new Hdf5FormatException("MultiDriverInfo", m.address(), "metadata member expected to start at "
                    + "address 0 with the superblock, found start " + m.start(meta) + " and superblock at "
                    + f.base());
        }
        if (m.start(raw) != pair.rawStart() || Long.compareUnsigned(m.start(raw), m.start(meta)) <= 0) {
            throw new Hdf5FormatException("MultiDriverInfo", m.address(), "raw data member expected to start "
                    + "after the metadata member at " + Long.toUnsignedString(pair.rawStart()) + ", found "
                    + Long.toUnsignedString(m.start(raw)));
        }
    }

    /** Whether the file is a split pair. */
    public boolean isSplit() {
        return multi != null;
    }

    /** The first address of a split pair's raw member. */
    public long rawStart() {
        return multi.start(multi.memberOf(MultiDriverInfo.DRAW));
    }

    /** Whether the pair's map puts global heap collections in the raw member (h5py's) or with the metadata. */
    public boolean heapInRawMember() {
        return multi != null && multi.memberOf(MultiDriverInfo.GHEAP) == multi.memberOf(MultiDriverInfo.DRAW);
    }

    /** New raw data space (offsets from the raw member's start) starts past its end of allocation and its end. */
    public long firstFreeRawOffset() {
        long end = multi.end(multi.memberOf(MultiDriverInfo.DRAW));
        return Math.max(end, ((SplitStorage) relative).rawMember().size());
    }

    /** A family's driver block holds only the member size, which modifying leaves as it is. */
    private static boolean isFamily(FileContext f, Superblock sb) {
        byte[] id = f.reader(sb.driverInfoAddress() + 8, 8, "DriverInfoBlock").bytes(8);
        return new String(id, java.nio.charset.StandardCharsets.US_ASCII).equals("NCSAfami");
    }

    /** The storage seen with addresses relative to the superblock (a user block is skipped). */
    public Storage relativeStorage() {
        return relative;
    }

    /**
     * Whether new chunked datasets get the HDF5 1.10 chunk indexes: in superblock 3 files, for which the C library
     * raises its lower format bound to 1.10 when it opens them for writing (h5py 3.7 / HDF5 1.10.8 with the default
     * bounds gives a new dataset of such a file a layout version 4 index; in superblock 0-2 files a version 1
     * B-tree).
     */
    public boolean newDatasetsLatest() {
        return f.superblock().version() >= 3;
    }

    /** New space starts past both the end of allocation and the end of the file. */
    public long firstFreeAddress() {
        long eoa = Math.max(f.superblock().endOfFileAddress() - f.superblock().baseAddress(), relative.size());
        return multi == null ? eoa : Math.max(eoa, multi.end(multi.memberOf(MultiDriverInfo.SUPER)));
    }

    // ------------------------------------------------------------------ adoption

    /** The model object for the header at {@code address}, adopted from the file when not in the model yet. */
    public WObject adopt(long address) {
        WObject o = adopted.get(address);
        if (o != null) {
            return o;
        }
        ObjectHeader h = f.header(address);
        Found found;
        if (GroupReader.isGroup(h)) {
            found = new Found(keep(h, MessageType.SYMBOL_TABLE, MessageType.LINK_INFO, MessageType.GROUP_INFO,
                    MessageType.LINK));
            o = adoptGroup(h, found);
        } else if (h.has(MessageType.LAYOUT)) {
            found = new Found(keep(h, MessageType.DATASPACE, MessageType.LAYOUT));
            o = adoptDataset(h, found);
        } else {
            throw new Hdf5UnsupportedException("modifying the object at " + address
                    + " (neither a group nor a dataset)");
        }
        adoptAttributes(o, h, found);
        o.adopt(address, (int) firstChunkSize(address), (int) Math.min(Integer.MAX_VALUE, referenceCount(h)),
                found);
        adopted.put(address, o);
        return o;
    }

    /** A hard link to the object at {@code address} was deleted: lower its reference count when others remain. */
    public void unlinked(long address) {
        WObject o = adopted.get(address);
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

    private WGroup adoptGroup(ObjectHeader h, Found found) {
        boolean track = GroupReader.tracksOrder(f, h);
        WGroup g = new WGroup(file, track);
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
            g.links.put(l.name(), new WLink(l.name(), l.type(), null, path, l.externalFile(), order,
                    l.type() == LinkMessage.HARD ? l.address() : -1));
        }
        HeaderMessage info = h.first(MessageType.LINK_INFO);
        if (track && info != null) {
            // links created and deleted since still count: new links continue after the file's maximum
            next = Math.max(next, LinkInfo.maxCreationIndex(info.reader("LinkInfoMessage", f.ctx())));
        }
        g.nextOrder = next;
        if (info != null && LinkInfo.decode(info.reader("LinkInfoMessage", f.ctx())).isDense()) {
            found.denseLinks(raw(info));
        }
        return g;
    }

    private WDataset adoptDataset(ObjectHeader h, Found found) {
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
        WDataset d = new WDataset(file, r.type(), space, chunks, r.pipeline(), r.fill());
        found.notWritable(notWritable);
        found.dataset(raw(h.first(MessageType.DATASPACE)), raw(h.first(MessageType.LAYOUT)), chunkBTreeK());
        if (layout.kind() == Layout.Kind.CONTIGUOUS) {
            found.contiguous(layout.address());
        }
        if (notWritable == null && KeptChunkIndex.keeps(f.superblock(), layout)) {
            long implicitBase = -1;
            if (layout.indexType() == Layout.INDEX_IMPLICIT) {
                if (layout.address() == -1 || (r.pipeline() != null && !r.pipeline().filters().isEmpty())) {
                    found.notWritable("its implicit chunk index has no allocated storage or filtered chunks (the C "
                            + "library writes neither)");
                }
                implicitBase = layout.address(); // chunks are overwritten at their computed addresses
            }
            found.keptIndex(layout, implicitBase);
        }
        if (chunks != null) {
            int rank = chunks.length;
            found.chunks(() -> {
                ChunkTable t = r.chunkTable();
                List<long[]> out = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    long[] e = new long[3 + rank];
                    e[0] = t.storedSize(i);
                    e[1] = t.address(i);
                    e[2] = t.filterMask(i) & 0xffffffffL;
                    for (int k = 0; k < rank; k++) {
                        e[3 + k] = t.origin(i, k);
                    }
                    out.add(e);
                }
                return out;
            });
        }
        return d;
    }

    /**
     * Attributes join the model as raw bodies; dense storage stays as it is (its attribute info message kept)
     * until the attributes change, when it is written anew (or they become compact again, see
     * WObject.writeDenseAttributes).
     */
    private void adoptAttributes(WObject o, ObjectHeader h, Found found) {
        o.trackAttributeOrder = h.version() == 2 && (h.v2Flags() & 0x04) != 0;
        int next = 0;
        for (HeaderMessage m : h.all(MessageType.ATTRIBUTE)) {
            String name = AttributeMessage.decode(Messages.body(f, m, "AttributeMessage")).name();
            WAttribute a = new WAttribute(name, bytes(m.body()), m.flags());
            a.order = Math.max(0, m.creationOrder());
            next = Math.max(next, a.order + 1);
            o.attributes.put(name, a);
        }
        HeaderMessage ai = h.first(MessageType.ATTRIBUTE_INFO);
        if (ai != null && o.trackAttributeOrder) {
            next = Math.max(next, AttributeInfo.maxCreationIndex(ai.reader("AttributeInfoMessage", f.ctx())));
        }
        o.nextAttributeOrder = next;
        if (ai == null) {
            return;
        }
        AttributeInfo info = AttributeInfo.decode(ai.reader("AttributeInfoMessage", f.ctx()));
        if (!info.isDense()) {
            return;
        }
        FractalHeap heap = DenseStorage.heap(f, info.fractalHeapAddress());
        for (ByteBuffer rec : records(info.nameIndexAddress())) {
            BTreeV2Records.AttributeName an = BTreeV2Records.attributeName(rec, f.ctx());
            byte[] body = bytes(heap.get(an.heapId()));
            HeaderMessage m = new HeaderMessage(MessageType.ATTRIBUTE.id(), an.messageFlags(), -1,
                    ByteBuffer.wrap(body), -1);
            String name = AttributeMessage.decode(Messages.body(f, m, "AttributeMessage (dense)")).name();
            WAttribute a = new WAttribute(name, body, an.messageFlags());
            a.order = (int) Math.min(0xffff, an.creationOrder());
            o.nextAttributeOrder = Math.max(o.nextAttributeOrder, a.order + 1);
            o.attributes.put(name, a);
        }
        found.attributeInfo(raw(ai));
    }

    /** K of version 1 B-tree chunk index nodes: the superblock's (v1), its extension's B-tree K message, or 32. */
    private int chunkBTreeK() {
        Superblock sb = f.superblock();
        if (sb.version() == 1) {
            return sb.chunkBTreeK();
        }
        if (sb.extensionAddress() == -1) {
            return ChunkBTreeWriter.K;
        }
        HeaderMessage m = f.header(sb.extensionAddress()).first(MessageType.BTREE_K);
        if (m == null) {
            return ChunkBTreeWriter.K;
        }
        org.nwbj.hdf5.internal.format.FormatReader r = m.reader("BTreeKMessage", f.ctx());
        r.u8(); // version
        int k = r.u16();
        if (k <= 0) {
            throw new Hdf5FormatException("BTreeKMessage", m.address(), "chunk B-tree K expected positive, found "
                    + k);
        }
        return k;
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
        return new ObjectHeaderChunk.Message(m.typeId(), m.flags(), bytes(m.body()), Math.max(0, m.creationOrder()));
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

    // ------------------------------------------------------------------ flush (WritableFile.publishCrashSafely)

    /** Where address 0 is in the storage: after the user block, if any. */
    public long base() {
        return f.base();
    }

    /**
     * Rewrites the superblock (one write) with the current end of allocation; when the root group of a version 0/1
     * superblock is rewritten, its root entry no longer caches a symbol table (the group then has link messages).
     */
    public void writeSuperblock(boolean rootRewritten) {
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
        byte[] before = b.clone();
        // the stored end of file counts from the stored base address (the C library subtracts it)
        HeapWriter.putLe(b, eoaAt, file.out().endOfAllocation() + sb.baseAddress(), o);
        if (sb.version() <= 1 && rootRewritten) {
            int entry = eoaAt + 2 * o; // after the end-of-file and driver info addresses
            int cacheAt = entry + 2 * o;
            HeapWriter.putLe(b, cacheAt, 0, 4);
            Arrays.fill(b, cacheAt + 8, cacheAt + 24, (byte) 0);
        }
        if (sb.version() >= 3) {
            b[11] = (byte) file.consistencyFlags(); // SWMR writing (set by startSwmr, cleared at close)
        }
        if (sb.version() >= 2) {
            HeapWriter.putLe(b, size - 4, Checksums.lookup3(b, 0, size - 4), 4);
        }
        if (multi != null) {
            writeWithDriverBlock(b, before);
            return;
        }
        if (!Arrays.equals(b, before)) {
            file.out().write(0, b); // one write, named by the writer's activity
        }
    }

    /**
     * A split pair: the multi driver block gets both members' new ends of allocation (the C library refuses
     * addresses past a member's), the superblock the metadata member's, as the C library records them. Where
     * the block directly follows the superblock (the C library's and our layout) both are one write; elsewhere
     * the block first: either alone only grows ends of allocation past space nothing published references.
     */
    private void writeWithDriverBlock(byte[] sb, byte[] before) {
        int meta = multi.memberOf(MultiDriverInfo.SUPER);
        int raw = multi.memberOf(MultiDriverInfo.DRAW);
        long metaEnd = Math.max(file.out().endOfAllocation(), multi.end(meta));
        long rawEnd = Math.max(file.rawEndOfAllocation(), multi.end(raw));
        byte[] block = multi.withEnds(meta, metaEnd, raw, rawEnd);
        byte[] stored = new byte[block.length];
        if (relative.read(multi.address(), ByteBuffer.wrap(stored)) != stored.length) {
            throw new Hdf5FormatException("DriverInfoBlock", multi.address(), "cannot re-read " + stored.length
                    + " bytes of the multi driver block");
        }
        if (multi.address() == sb.length) {
            byte[] both = Arrays.copyOf(sb, sb.length + block.length);
            System.arraycopy(block, 0, both, sb.length, block.length);
            byte[] was = Arrays.copyOf(before, both.length);
            System.arraycopy(stored, 0, was, sb.length, stored.length);
            if (!Arrays.equals(both, was)) {
                file.out().write(0, both);
            }
            return;
        }
        if (!Arrays.equals(block, stored)) {
            file.out().write(multi.address(), block);
        }
        if (!Arrays.equals(sb, before)) {
            file.out().write(0, sb);
        }
    }
}
