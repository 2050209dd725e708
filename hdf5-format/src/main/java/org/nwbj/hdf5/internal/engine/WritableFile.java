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
 * A file being created, or an existing one being modified ({@link ExistingFile}): an in-memory model of its
 * objects whose raw data goes to the file as it is written and whose metadata (object headers, chunk indexes, variable-length attribute data) is written by {@link #flush()}.
 * Each flush leaves a complete file, and every prefix of its writes a consistent one (see
 * {@link #publishCrashSafely()}).
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
    /** Family member size, or 0 for a single file. */
    private final long familyMemberSize;
    /** Raw data allocation of a split pair (offsets in the raw file), or null when raw data shares {@link #out}. */
    private final FileWriterSupport raw;
    /** The first address of a split pair's raw member ({@link #raw} offsets count from it). */
    private final long rawStart;
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

    /**
     * A single file that starts with a user block of {@code size} bytes (a power of two, at least 512) holding
     * {@code content} (zero-padded); the superblock follows it and every address counts from there.
     */
    public static WritableFile withUserBlock(Storage storage, byte[] content, long size, boolean latest) {
        if (size < 512 || Long.bitCount(size) != 1 || content.length > size) {
            throw new IllegalArgumentException("a user block is a power of two of at least 512 bytes holding "
                    + content.length + " bytes, not " + size);
        }
        byte[] block = java.util.Arrays.copyOf(content, (int) size);
        storage.write(0, java.nio.ByteBuffer.wrap(block));
        WritableFile f = new WritableFile(new RelativeStorage(storage, size), 0, false, latest);
        f.baseAddress = size;
        f.out.pageBase(size);
        return f;
    }

    /** A split file pair: metadata in {@code meta}, raw data (dataset elements) in {@code rawData}. */
    public static WritableFile split(Storage meta, Storage rawData) {
        return new WritableFile(new SplitStorage(meta, rawData), 0, true, false);
    }

    /** Absolute address of the superblock: the size of a user block before it, else 0. */
    private long baseAddress;

    private WritableFile(Storage storage, long familyMemberSize, boolean split, boolean latest) {
        this.storage = storage;
        this.ctx = FormatContext.DEFAULT;
        this.existing = null;
        this.familyMemberSize = familyMemberSize;
        this.latest = latest;
        this.raw = split ? new FileWriterSupport(storage, ctx, 0) : null;
        this.rawStart = SplitDriverInfo.RAW_START;
        // the superblock (and a driver information block) come first; everything else is allocated after them
        this.out = new FileWriterSupport(storage, ctx, split ? Superblock.sizeV0(ctx) + SplitDriverInfo.size()
                : familyMemberSize > 0
                        ? Superblock.sizeV0(ctx) + Superblock.encodeFamilyDriverInfo(familyMemberSize, ctx).length
                        : Superblock.sizeV2(ctx));
        // global heap collections go to a split pair's raw member, as the C library's split driver maps them
        this.heap = split ? new HeapWriter(out, this::allocateRaw) : new HeapWriter(out);
        // replaced chunks, indexes, continuation blocks and heap collections are reused once a later flush
        // completed; a split pair's members each reuse their own space
        reuseSpace();
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
        this.familyMemberSize = 0;
        // the superblock is rewritten as found (ExistingFile.writeSuperblock); new chunked datasets of superblock 3
        // files get the HDF5 1.10 indexes (WDataset.latestFormat), else version 1 B-trees
        this.latest = false;
        // a split pair: dataset elements (and global heaps where its map puts them) go to the raw member
        this.raw = existing.isSplit() ? new FileWriterSupport(this.storage, ctx, existing.firstFreeRawOffset())
                : null;
        this.rawStart = existing.isSplit() ? existing.rawStart() : SplitDriverInfo.RAW_START;
        this.out = new FileWriterSupport(this.storage, ctx, existing.firstFreeAddress());
        reuseSpace();
        out.pageBase(existing.base());
        this.heap = existing.heapInRawMember() ? new HeapWriter(out, this::allocateRaw) : new HeapWriter(out);
        this.continuationRoom = 4 + ctx.offsetSize() + ctx.lengthSize();
        this.root = (WGroup) existing.adopt(context.superblock().rootObjectHeader());
    }

    /** Turns on space reuse, per member for a split pair. */
    private void reuseSpace() {
        out.reuseReleasedSpace();
        if (raw != null) {
            raw.reuseReleasedSpace();
            out.rawMember(raw, rawStart);
        }
    }

    /**
     * Opens an existing split pair for modification: {@code meta} holds the superblock and the multi driver block
     * that says where the raw member {@code rawData} starts.
     */
    public static WritableFile openSplit(Storage meta, Storage rawData) {
        FileContext probe = FileContext.open(meta);
        org.nwbj.hdf5.internal.format.MultiDriverInfo info = probe.multiDriverInfo();
        if (info == null) {
            throw new Hdf5Exception(meta.describe() + " is not the metadata file of a split pair: its superblock "
                    + "has no multi driver block");
        }
        long start = info.start(info.memberOf(org.nwbj.hdf5.internal.format.MultiDriverInfo.DRAW));
        SplitStorage pair = new SplitStorage(meta, rawData, start);
        return new WritableFile(pair, new FileContext(pair, probe.superblock(), probe.superblockAddress()));
    }

    /** The end of allocation of a split pair's raw member (from its start), or -1 without one. */
    long rawEndOfAllocation() {
        return raw == null ? -1 : raw.endOfAllocation();
    }

    /** The file being modified, or null in create mode. */
    ExistingFile existing() {
        return existing;
    }

    public Storage storage() {
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
     * continuation block was written in step 1), datasets first, then groups from the most recently created or
     * adopted (children before the groups that link to them); headers whose messages did not change are not
     * rewritten; a header this writer places and that fits a page is kept from straddling a page boundary, so a
     * write cut short by a kill cannot tear it (adopted headers keep the address the file gave them);</li>
     * <li>the superblock again, needed only when the root header moved (never: the root keeps its address).</li>
     * </ol>
     * In modify mode (an existing file, see {@link ExistingFile}) "fresh space" also includes blocks the last
     * flushed state no longer references (released before it completed); headers of adopted objects keep their
     * address; step 2 is skipped when the superblock's bytes would not change, and also clears a version 0/1 superblock's cached root
     * symbol table when the root header is rewritten as a link-message group.
     * Bytes the last flushed state references are never overwritten, except by the single writes of step 3 and
     * by raw data overwrites of contiguous datasets and of chunks of an existing implicitly indexed dataset (their
     * addresses are computed, so they cannot move; data, not structure). Existing datasets that keep their HDF5
     * 1.10 chunk index (single chunk, fixed or extensible array, v2 B-tree) get it written anew in step 1 like a
     * version 1 B-tree, their chunks copy-on-write. Blocks released while this flush runs
     * (replaced continuation blocks, chunk indexes, dense link and attribute storage) become reusable only once it
     * completed.
     */
    private void publishCrashSafely() {
        // step 1: fresh blocks (raw data is already there)
        for (WObject o : objects) {
            o.beforeHeader();
        }
        out.activity("global heap collections (variable-length data)");
        heap.flush();
        countHeapUsers();
        List<WObject> fresh = new ArrayList<>();
        for (WObject o : objects) {
            // never written: new space, even when place() gave it its address before this flush
            if (o.written == null) {
                o.place();
                fresh.add(o);
            }
        }
        // groups of many or large links go to dense storage (fresh space), now that targets have addresses
        for (WObject o : objects) {
            if (o instanceof WGroup g) {
                out.activity(() -> "the dense link storage of the group " + pathOf(g));
                g.writeDenseLinks();
            }
        }
        // the headers whose messages changed since they were written (or found, for adopted objects) are encoded
        // now (children's addresses are known); continuation blocks go to fresh space here, before any first
        // chunk that points to them is written
        List<WObject> changed = new ArrayList<>();
        List<List<ObjectHeaderChunk.Message>> changedMessages = new ArrayList<>();
        Map<WObject, byte[]> headers = new java.util.IdentityHashMap<>();
        for (WObject o : objects) {
            List<ObjectHeaderChunk.Message> msgs = o.messages(false);
            if (o.written != null && same(msgs, o.written)) {
                continue;
            }
            if (o.adopted() && o.linkCount <= 0) {
                continue; // no longer linked from anywhere: left as it was
            }
            out.activity(() -> "the continuation block of the object header of " + pathOf(o));
            headers.put(o, encodeHeader(o, msgs));
            changed.add(o);
            changedMessages.add(msgs);
        }
        for (WObject o : fresh) {
            writeHeader(o, headers.get(o), "the new object header of ");
        }
        // step 2: publish the new end of allocation; the published headers do not reference the new space yet
        List<WObject> inPlace = new ArrayList<>();
        for (WObject o : changed) {
            if (o.written != null) {
                inPlace.add(o);
            }
        }
        writeSuperblock(inPlace.contains(root));
        // step 3: in-place rewrites, one write each: datasets, then groups from the most recently created or
        // adopted (children before the groups that link to them)
        for (int pass = 0; pass < 2; pass++) {
            for (int i = inPlace.size() - 1; i >= 0; i--) {
                WObject o = inPlace.get(i);
                if ((o instanceof WGroup) == (pass == 1)) {
                    writeHeader(o, headers.get(o), "the object header of ");
                }
            }
        }
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).written = changedMessages.get(i);
        }
        // blocks released before this flush are no longer referenced by the file: free for the next one
        out.flushed();
        // step 4 would rewrite the superblock if step 3 had moved the root or allocated: it does neither
    }

    /** Space for dataset elements: in the raw file of a split pair, else with the metadata. */
    long allocateRaw(long size) {
        return raw == null ? out.allocate(size) : rawStart + raw.allocate(size);
    }

    /** Writes a header's first chunk in one call. */
    private void writeHeader(WObject o, byte[] h, String what) {
        if (h == null) {
            return; // unchanged
        }
        out.activity(() -> what + pathOf(o));
        out.write(o.address, h);
    }

    /**
     * Step 2 of {@link #publishCrashSafely()}: the superblock with the current end of allocation, one write,
     * skipped when unchanged. A family's driver information block never changes and is written once, before the
     * first superblock names it; a split pair's multi driver block holds both members' ends of allocation and
     * is written in the same single write as its superblock, which it directly follows. In modify mode the
     * existing file's superblock is updated in place (see {@link ExistingFile#writeSuperblock}).
     */
    private void writeSuperblock(boolean rootRewritten) {
        if (existing != null) {
            out.activity("the superblock");
            existing.writeSuperblock(rootRewritten);
            return;
        }
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
        // the stored end of file counts from the file's start: the C library subtracts the base address
        long eof = out.endOfAllocation() + baseAddress;
        return latest ? Superblock.encodeV3(ctx, baseAddress, -1, eof, root.address)
                : Superblock.encodeV2(ctx, baseAddress, -1, eof, root.address);
    }

    private static boolean same(List<ObjectHeaderChunk.Message> a, List<ObjectHeaderChunk.Message> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ObjectHeaderChunk.Message x = a.get(i);
            ObjectHeaderChunk.Message y = b.get(i);
            if (x.type() != y.type() || x.flags() != y.flags() || x.creationOrder() != y.creationOrder()
                    || !java.util.Arrays.equals(x.body(), y.body())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Encodes the first chunk of an object's header, exactly {@code o.capacity} bytes; messages that do not fit go
     * to a continuation block, written now to fresh space (or kept where it is when its bytes did not change).
     */
    byte[] encodeHeader(WObject o, List<ObjectHeaderChunk.Message> msgs) {
        int overhead = 4 + 1 + 1 + 4 + 4; // signature, version, flags, chunk size, checksum
        int room = o.capacity - overhead;
        int used = 0;
        int fit = 0;
        int prefix = ObjectHeaderChunk.messagePrefix(o.trackAttributeOrder);
        int continuationRoom = this.continuationRoom - 4 + prefix;
        for (ObjectHeaderChunk.Message m : msgs) {
            int n = prefix + m.body().length;
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
                used -= prefix + msgs.get(--fit).body().length;
            }
            List<ObjectHeaderChunk.Message> rest = msgs.subList(fit, msgs.size());
            FormatWriter cw = new FormatWriter(ctx);
            cw.signature("OCHK");
            for (ObjectHeaderChunk.Message m : rest) {
                if (m.body().length > 0xffff) {
                    throw new org.nwbj.hdf5.Hdf5UnsupportedException("a header message of type " + m.type()
                            + " with " + m.body().length + " bytes (at most 65535)");
                }
            }
            ObjectHeaderChunk.encodeMessages(cw, rest, o.trackAttributeOrder);
            cw.checksum(0);
            byte[] cont = cw.toByteArray();
            if (!java.util.Arrays.equals(cont, o.continuation)) {
                // never rewritten in place: the published first chunk may point to the old block, which is
                // released (free after this flush completes)
                long at = out.allocate(cont.length);
                out.write(at, cont);
                releaseContinuation(o);
                o.continuationAddress = at;
                o.continuation = cont;
            }
            first = new ArrayList<>(msgs.subList(0, fit));
            FormatWriter body = new FormatWriter(ctx);
            body.offset(o.continuationAddress).length(cont.length);
            first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, body.toByteArray()));
            used += continuationRoom;
        }
        if (fit == msgs.size()) {
            releaseContinuation(o);
        }
        int gap = room - used;
        if (gap < 0) {
            throw new org.nwbj.hdf5.Hdf5UnsupportedException("rewriting the object header at " + o.address
                    + ": its first chunk of " + o.capacity + " bytes cannot hold a continuation message");
        }
        byte[] h = ObjectHeaderChunk.encodeV2(first, gap, ctx, o.trackAttributeOrder);
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

    /** The continuation block the object's last header used is free once a header without it is published. */
    private void releaseContinuation(WObject o) {
        if (o.continuation != null) {
            out.release(o.continuationAddress, o.continuation.length);
            o.continuation = null;
            o.continuationAddress = -1;
        }
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
        /** The continuation block this writer last wrote for the header and its address (null: none). */
        byte[] continuation;
        long continuationAddress = -1;
        int linkCount;
        final Map<String, WAttribute> attributes = new LinkedHashMap<>();
        static final int MAX_COMPACT_ATTRIBUTES = 8;
        boolean forceDenseAttributes;
        /** Attributes changed since the last flush: dense storage (if needed) is written anew. */
        boolean attributesDirty;
        /** The dense attribute storage this writer last wrote, or null. */
        DenseWriter.Result denseAttributes;
        /** The blocks of {@link #denseAttributes} (released when replaced, reused in modify mode). */
        List<long[]> denseAttributeBlocks;
        /** An adopted object's attribute info message naming its existing dense storage, kept until they change. */
        ObjectHeaderChunk.Message keptAttributeInfo;
        /**
         * The header tracks and indexes attribute creation order (as h5py's {@code track_order=True} objects):
         * header flags, a creation index per message, an attribute info message, a creation order index when dense.
         */
        boolean trackAttributeOrder;
        /** The creation order the next attribute gets (the attribute info message's maximum creation index). */
        int nextAttributeOrder;
        /** Messages of an adopted header that the model does not represent, kept as they were; null when new. */
        List<ObjectHeaderChunk.Message> kept;
        /**
         * The messages last written (or found when adopted), null before the first flush: an unchanged object is not
         * rewritten (equal messages encode to equal header bytes).
         */
        List<ObjectHeaderChunk.Message> written;

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
            writeDenseAttributes();
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
            if (denseAttributes != null) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE_INFO.id(), 0,
                        AttributeInfo.encode(trackAttributeOrder, nextAttributeOrder, denseAttributes.heapAddress(),
                                denseAttributes.nameIndexAddress(), denseAttributes.orderIndexAddress(), file.ctx)));
                return msgs;
            }
            if (keptAttributeInfo != null) {
                msgs.add(keptAttributeInfo);
                return msgs;
            }
            if (attributesDirty && needsDenseAttributes()) {
                // sizing before the dense storage exists: the attribute info message takes the place of the list
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE_INFO.id(), 0,
                        AttributeInfo.encode(trackAttributeOrder, nextAttributeOrder, 0, 0, 0, file.ctx)));
                return msgs;
            }
            for (WAttribute a : attributes.values()) {
                msgs.add(a.message(file.ctx));
            }
            if (trackAttributeOrder) {
                // as the C library keeps it on such objects: where the next creation index comes from
                msgs.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE_INFO.id(), 0,
                        AttributeInfo.encode(true, nextAttributeOrder, -1, -1, -1, file.ctx)));
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
            // an adopted object's existing dense storage is replaced (it stays where it is, unreferenced)
            keptAttributeInfo = null;
            if (!needsDenseAttributes()) {
                denseAttributes = null;
                releaseDenseAttributeBlocks(null);
                return;
            }
            file.heap.flush(); // variable-length attribute values need their heap addresses before being stored
            List<String> names = new ArrayList<>();
            List<byte[]> bodies = new ArrayList<>();
            long[] orders = trackAttributeOrder ? new long[attributes.size()] : null;
            for (WAttribute a : attributes.values()) {
                if (a.committed != null) {
                    a.committed.place(); // the stored message names the committed type's address
                }
                if (orders != null) {
                    orders[names.size()] = a.order;
                }
                names.add(a.name);
                bodies.add(a.encode(file.ctx));
            }
            file.out.activity(() -> "the dense attribute storage of " + file.pathOf(this));
            List<long[]> blocks = file.out.track(() -> denseAttributes = DenseWriter.attributes(file.out, names,
                    bodies, orders));
            releaseDenseAttributeBlocks(blocks);
        }

        /** The dense storage of the last flush is free once a header not naming it is published (modify mode). */
        private void releaseDenseAttributeBlocks(List<long[]> replacement) {
            if (denseAttributeBlocks != null) {
                for (long[] b : denseAttributeBlocks) {
                    file.out.release(b[0], b[1]);
                }
            }
            denseAttributeBlocks = replacement;
        }

        /**
         * Dense storage records no header message flags; an adopted attribute carrying some (a shared type, say)
         * cannot move there.
         */
        private void checkDenseKeepsFlags() {
            if (!needsDenseAttributes()) {
                return;
            }
            for (WAttribute a : attributes.values()) {
                if (a.flags != 0) {
                    throw new org.nwbj.hdf5.Hdf5UnsupportedException("moving the attribute \"" + a.name
                            + "\" of the object at " + address + " (message flags " + a.flags
                            + ") into dense attribute storage");
                }
            }
        }

        /**
         * Records the creation order of this new object's attributes (header flags, creation indexes); for objects
         * created by this writer, before their first attribute.
         */
        public void trackAttributeOrder() {
            file.checkOpen();
            if (written != null || !attributes.isEmpty()) {
                throw new IllegalStateException("attribute creation order is chosen before the first attribute and "
                        + "flush");
            }
            trackAttributeOrder = true;
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
            return ObjectHeaderChunk.encodeV2(messages(sizing), 0, file.ctx, trackAttributeOrder);
        }

        /** Adds or replaces an attribute; {@code values} holds Strings for variable-length string types. */
        public void setAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
            file.checkOpen();
            putAttribute(new WAttribute(name, type, space, raw, strings));
        }

        /** Adds or replaces an attribute whose type is a committed datatype of this file. */
        public void setAttribute(String name, WDatatype committed, Dataspace space, byte[] raw) {
            file.checkOpen();
            WAttribute a = new WAttribute(name, committed.type, space, raw, null);
            a.committed = committed;
            putAttribute(a);
        }

        private void putAttribute(WAttribute a) {
            if (trackAttributeOrder) {
                if (nextAttributeOrder >= 0xffff) {
                    throw new org.nwbj.hdf5.Hdf5UnsupportedException("a 65,536th attribute creation on the object at "
                            + address + ": creation indexes of attributes have 16 bits");
                }
                // a replaced attribute is a new one, as h5py replaces it: it gets the next creation index
                a.order = nextAttributeOrder;
            }
            WAttribute old = attributes.put(a.name, a);
            try {
                checkDenseKeepsFlags();
            } catch (RuntimeException e) {
                if (old != null) {
                    attributes.put(a.name, old);
                } else {
                    attributes.remove(a.name);
                }
                throw e;
            }
            file.attributeDropped(old);
            attributesDirty = true;
            if (trackAttributeOrder) {
                nextAttributeOrder++;
            }
        }

        public void deleteAttribute(String name) {
            file.checkOpen();
            WAttribute old = attributes.remove(name);
            if (old != null) {
                file.attributeDropped(old);
                attributesDirty = true;
            }
        }

        /**
         * Stored bytes of Java values of any type (see ValueEncoder); variable-length parts get their heap
         * addresses at the next heap flush. The heap collections holding them are never reused: only those of
         * variable-length string attributes count their users.
         */
        public byte[] encodeValues(DataType type, List<?> elements) {
            file.checkOpen();
            file.heap.keepPendingCollections();
            return new ValueEncoder(file.ctx, file.heap).encode(type, elements);
        }

        public long address() {
            return address;
        }

        /**
         * Rewrites an existing object's header at the next flush even when nothing in it changed (an old-style
         * group then becomes a link-message group); no effect on objects not flushed yet.
         */
        public void rewriteHeader() {
            if (written != null) {
                written = new ArrayList<>();
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
        WDatatype committed;
        /** True once the heap collections holding this attribute's strings count it as a user. */
        boolean counted;
        /** The message body of an attribute found in an existing file, kept as it was; else null. */
        final byte[] existingBody;
        /** Header message flags (of an attribute found in an existing file; 0 for new ones). */
        final int flags;
        /** The creation index, where the object tracks attribute creation order. */
        int order;

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
            if (committed != null) {
                return AttributeMessage.encode(name, SharedMessageRef.encodeCommitted(committed.address, ctx), true,
                        DataspaceCodec.encode(space, ctx), data, ctx);
            }
            return AttributeMessage.encode(name, DatatypeCodec.encode(type, ctx), false,
                    DataspaceCodec.encode(space, ctx), data, ctx);
        }

        ObjectHeaderChunk.Message message(FormatContext ctx) {
            // a committed type is a reference to another header: the message must not be treated as constant;
            // an attribute found in an existing file keeps its flags
            return new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), flags, encode(ctx), order);
        }
    }

    /** Users (attributes) of each global heap collection this writer placed. */
    private final Map<Long, Integer> collectionUsers = new java.util.HashMap<>();

    /** After a heap flush: the collections holding each new attribute's strings count it. */
    void countHeapUsers() {
        for (WObject o : objects) {
            for (WAttribute a : o.attributes.values()) {
                if (a.prepared != null && !a.counted) {
                    for (long c : collectionsOf(a)) {
                        collectionUsers.merge(c, 1, Integer::sum);
                    }
                    a.counted = true;
                }
            }
        }
    }

    /** An attribute was replaced or deleted: a collection no attribute uses any more is released. */
    void attributeDropped(WAttribute a) {
        if (a == null || !a.counted) {
            return;
        }
        for (long c : collectionsOf(a)) {
            Integer n = collectionUsers.merge(c, -1, Integer::sum);
            if (n != null && n <= 0) {
                collectionUsers.remove(c);
                Long size = heap.collectionSizes.remove(c);
                if (size != null) {
                    out.release(c, size);
                }
            }
        }
    }

    private java.util.Set<Long> collectionsOf(WAttribute a) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        int size = 4 + ctx.offsetSize() + 4;
        for (int at = 0; at + size <= a.prepared.length; at += size) {
            long address = 0;
            for (int i = ctx.offsetSize() - 1; i >= 0; i--) {
                address = (address << 8) | (a.prepared[at + 4 + i] & 0xff);
            }
            if (heap.collectionSizes.containsKey(address)) {
                out.add(address);
            }
        }
        return out;
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
            g.trackAttributeOrder = trackOrder; // as h5py's track_order=True: links and attributes
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

        /**
         * Points the external link {@code name} at another file and object, keeping its place among the links
         * and its creation order (a rewrite, not a delete and add).
         */
        public void retargetExternalLink(String name, String fileName, String path) {
            file.checkOpen();
            WLink l = links.get(name);
            if (l == null) {
                throw new org.nwbj.hdf5.Hdf5NotFoundException("no link named \"" + name + "\"");
            }
            if (l.type() != LinkMessage.EXTERNAL) {
                throw new Hdf5Exception("\"" + name + "\" is not an external link");
            }
            if (fileName == null || fileName.isEmpty() || path == null || path.isEmpty()) {
                throw new IllegalArgumentException("an external link needs a file name and an object path");
            }
            links.put(name, new WLink(name, LinkMessage.EXTERNAL, null, path, fileName, l.order()));
        }

        public List<String> linkNames() {
            return new ArrayList<>(links.keySet());
        }

        /**
         * The object a link names, taken into the model from the existing file when not there yet; soft links are
         * followed within this file.
         */
        public WObject child(String name) {
            return child(name, 0);
        }

        private WObject child(String name, int depth) {
            file.checkOpen();
            WLink l = links.get(name);
            if (l == null) {
                throw new org.nwbj.hdf5.Hdf5NotFoundException("no link named \"" + name + "\"");
            }
            if (l.target() != null) {
                return l.target();
            }
            if (l.type() == LinkMessage.SOFT) {
                if (depth >= org.nwbj.hdf5.Hdf5File.MAX_LINK_TRAVERSALS) {
                    throw new Hdf5Exception("soft link \"" + name + "\": more than "
                            + org.nwbj.hdf5.Hdf5File.MAX_LINK_TRAVERSALS + " links followed (a loop?)");
                }
                WObject at = l.path().startsWith("/") ? file.root : this;
                for (String part : l.path().split("/")) {
                    if (part.isEmpty() || part.equals(".")) {
                        continue;
                    }
                    if (!(at instanceof WGroup g)) {
                        throw new org.nwbj.hdf5.Hdf5NotFoundException("soft link \"" + name + "\" to " + l.path()
                                + " passes through a dataset");
                    }
                    at = g.child(part, depth + 1);
                }
                return at;
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

        /** Dense link storage of the last flush (modify mode: links too large for the header), else null. */
        List<byte[]> denseLinks;
        DenseWriter.Result denseAddresses;
        List<long[]> denseBlocks;

        /**
         * An adopted group's link message bodies as found, and its link info message when they were dense (else
         * null): while the links stay the same, the group keeps the storage it had (an untouched group is not
         * rewritten; dense storage stays where it is). Null once the links changed, and for new groups.
         */
        List<byte[]> foundLinks;
        ObjectHeaderChunk.Message foundLinkInfo;

        /** True while an adopted group's links are those it was found with. */
        private boolean asFound(List<byte[]> bodies) {
            if (foundLinks == null || foundLinks.size() != bodies.size()) {
                return false;
            }
            for (int i = 0; i < bodies.size(); i++) {
                if (!java.util.Arrays.equals(bodies.get(i), foundLinks.get(i))) {
                    return false;
                }
            }
            return true;
        }

        List<byte[]> linkBodies() {
            List<byte[]> out = new ArrayList<>();
            for (WLink l : links.values()) {
                long target = l.target() == null ? l.address() : Math.max(0, l.target().address);
                LinkMessage m = new LinkMessage(l.name(), l.type(), trackOrder ? l.order() : -1, target,
                        l.type() == LinkMessage.SOFT ? l.path() : null, l.file(),
                        l.type() == LinkMessage.EXTERNAL ? l.path() : null);
                out.add(m.encode(file.ctx));
            }
            return out;
        }

        /** More links than the C library's default maximum for compact storage go dense, as it stores them. */
        static final int MAX_COMPACT_LINKS = 8;

        /**
         * Dense storage, as the C library switches to it: more than {@value #MAX_COMPACT_LINKS} links, a link
         * message that would not fit a header message (over 64 KiB), or links totalling over 256 KiB.
         */
        private static boolean needsDenseLinks(List<byte[]> bodies) {
            return bodies.size() > MAX_COMPACT_LINKS || tooLargeForHeader(bodies);
        }

        /** Links that cannot be header messages: one over 64 KiB, or all together over 256 KiB. */
        private static boolean tooLargeForHeader(List<byte[]> bodies) {
            long total = 0;
            for (byte[] b : bodies) {
                total += b.length;
                if (b.length > 0xffff) {
                    return true;
                }
            }
            return total > 256 << 10;
        }

        /**
         * After new objects have addresses: writes dense link storage to fresh space when the links need it (see
         * {@link #needsDenseLinks}), with a creation order index where order is tracked; unchanged links keep the
         * storage of the last flush.
         */
        void writeDenseLinks() {
            List<byte[]> bodies = linkBodies();
            if (asFound(bodies) && (foundLinkInfo != null || !tooLargeForHeader(bodies))) {
                return; // as found: dense storage kept, or link messages (of a group found with many)
            }
            foundLinks = null;
            foundLinkInfo = null;
            if (!needsDenseLinks(bodies)) {
                if (denseBlocks != null) {
                    for (long[] b : denseBlocks) {
                        file.out.release(b[0], b[1]);
                    }
                }
                denseBlocks = null;
                denseLinks = null;
                return;
            }
            if (denseLinks != null && denseLinks.size() == bodies.size()) {
                boolean same = true;
                for (int i = 0; i < bodies.size() && same; i++) {
                    same = java.util.Arrays.equals(bodies.get(i), denseLinks.get(i));
                }
                if (same) {
                    return;
                }
            }
            long[] orders = null;
            if (trackOrder) {
                orders = new long[links.size()];
                int i = 0;
                for (WLink l : links.values()) {
                    orders[i++] = l.order();
                }
            }
            long[] creationOrders = orders;
            List<long[]> blocks = file.out.track(() -> denseAddresses = DenseWriter.links(file.out,
                    new ArrayList<>(links.keySet()), bodies, creationOrders));
            if (denseBlocks != null) {
                for (long[] b : denseBlocks) {
                    file.out.release(b[0], b[1]);
                }
            }
            denseBlocks = blocks;
            denseLinks = bodies;
        }

        @Override
        List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
            List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
            List<byte[]> bodies = denseLinks != null ? null : linkBodies();
            if (foundLinkInfo != null && asFound(bodies)) {
                msgs.add(foundLinkInfo);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.GROUP_INFO.id(), 0, new byte[] {0, 0}));
                return msgs;
            }
            if (denseLinks != null || (sizing && needsDenseLinks(bodies))) {
                // sizing before the dense storage exists: the link info message takes the place of the links
                DenseWriter.Result at = denseLinks != null ? denseAddresses : new DenseWriter.Result(0, 0, 0);
                msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK_INFO.id(), 0,
                        LinkInfo.encode(trackOrder, nextOrder, at.heapAddress(), at.nameIndexAddress(),
                                at.orderIndexAddress(), file.ctx)));
                msgs.add(new ObjectHeaderChunk.Message(MessageType.GROUP_INFO.id(), 0, new byte[] {0, 0}));
                return msgs;
            }
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK_INFO.id(), 0,
                    LinkInfo.encodeCompact(trackOrder, nextOrder, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.GROUP_INFO.id(), 0, new byte[] {0, 0}));
            for (byte[] body : bodies) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.LINK.id(), 0, body));
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
        /** Chunks written in part, kept until filled or flushed; null until the first chunked write. */
        private HeldChunks held;
        /** Adopted datasets: the dataspace and layout message bodies as found, until resize or a new index. */
        ObjectHeaderChunk.Message keptSpace;
        ObjectHeaderChunk.Message keptLayout;
        /** Adopted datasets: lists the chunks the existing index holds (read at the first change), else null. */
        java.util.function.Supplier<List<long[]>> existingChunks;
        /** Why this existing dataset cannot be written (a layout the writer does not produce), or null. */
        String notWritable;
        /** K of the version 1 B-tree chunk index nodes (an existing file may set its own). */
        int btreeK = ChunkBTreeWriter.K;
        /** The blocks of the chunk index this writer last wrote (null: none, or the existing file's). */
        List<long[]> indexBlocks;
        /**
         * Adopted datasets of superblock 2/3 files: the version 4 layout found, whose chunk index type a rewritten
         * index keeps (see {@link KeptChunkIndex}); null when the index is written as a version 1 B-tree.
         */
        Layout keptIndex;

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
            if (adopted()) {
                throw new org.nwbj.hdf5.Hdf5UnsupportedException("changing the datatype of the existing dataset at "
                        + address + " to a committed one");
            }
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
            for (int d = 0; d < dims.length; d++) {
                if (newDims[d] < dims[d]) {
                    drainChunks(); // pending chunks may fall outside and must be dropped with the others
                    break;
                }
            }
            loadExistingChunks();
            keptSpace = null;
            // chunks wholly outside the new extent are dropped from the index (their space is reused after the
            // next flush); an implicit index has no entries to drop: those chunks keep their place and become fill
            // again, so that growing back shows the fill value
            long[] oldDims = dims;
            chunkTable.values().removeIf(c -> {
                for (int d = 0; d < newDims.length; d++) {
                    if (c[3 + d] >= newDims[d]) {
                        if (implicitBase >= 0) {
                            if (intersects(c, oldDims)) {
                                writeFill(c[1], c[0]);
                            }
                            return false;
                        }
                        file.out.release(c[1], c[0]);
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
                    storeChunkNow(origin, plain);
                }
            }
            dims = newDims.clone();
            indexDirty = true;
        }

        /** Whether the chunk of table entry {@code c} holds elements within {@code extent}. */
        private boolean intersects(long[] c, long[] extent) {
            for (int d = 0; d < extent.length; d++) {
                if (c[3 + d] >= extent[d]) {
                    return false;
                }
            }
            return true;
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
            file.out.activity(() -> "raw data of the dataset " + file.pathOf(this));
            if (compactData != null) {
                // the data lives in the layout message: the header is rewritten at the next flush
                new SelectionCopier(sel, type.size()).copyInto(raw, new long[dims.length], dims.clone(), compactData);
            } else if (chunks == null) {
                writeContiguous(sel, raw);
            } else {
                writeChunked(sel, raw);
            }
        }

        /**
         * Writes a primitive array into contiguous storage through the bulk path ({@link ContiguousWriter}) when the
         * array needs no per-element encoding and the selection is one run in the file; false (nothing done) else.
         */
        public boolean writeArray(Selection sel, Object values) {
            java.nio.ByteOrder order = ContiguousWriter.bulkOrder(type, values);
            if (order == null || compactData != null || chunks != null || scalar) {
                return false;
            }
            file.checkOpen();
            checkWritable();
            sel.checkWithin(dims);
            long n = sel.elementCount();
            long run = ContiguousWriter.runStart(sel, dims);
            if (java.lang.reflect.Array.getLength(values) != n || n * type.size() < ContiguousWriter.MIN_BULK_BYTES
                    || run < 0) {
                return false;
            }
            file.out.activity(() -> "raw data of the dataset " + file.pathOf(this));
            if (contiguousAddress == -1) {
                keptLayout = null;
                long total = elementCount() * type.size();
                contiguousAddress = file.allocateRaw(total);
                if (n * type.size() != total) {
                    writeFill(contiguousAddress, total); // a whole write skips the fill: it would double the I/O
                }
            }
            ContiguousWriter.write(file.out, contiguousAddress + run * type.size(), values, order);
            return true;
        }

        private void writeContiguous(Selection sel, byte[] raw) {
            long total = elementCount() * type.size();
            boolean whole = sel.equals(Selection.all(dims));
            if (contiguousAddress == -1) {
                keptLayout = null;
                contiguousAddress = file.allocateRaw(total);
                if (whole) {
                    // every byte is about to be written: writing the fill first would double the I/O
                    file.out.write(contiguousAddress, raw);
                    return;
                }
                writeFill(contiguousAddress, total);
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
                HeldChunks.Held h = held == null ? null : held.take(key);
                if (h == null && writeQueue != null && writeQueue.isPending(key)) {
                    writeQueue.drain(); // its bytes are not in the file yet
                }
                long[] entry = chunkTable.get(key);
                byte[] plain;
                if (h != null) {
                    plain = h.plain();
                } else if (entry == null) {
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
                if (held == null) {
                    held = new HeldChunks(chunks, chunkBytes);
                }
                if (held.covers(sel, origin, dims, maxDims)) {
                    submitChunk(key, origin, plain);
                } else {
                    // filled in part: kept until a later write fills it, so that it is written once
                    for (HeldChunks.Held out : held.hold(new HeldChunks.Held(key, origin, plain))) {
                        submitChunk(out.key(), out.origin(), out.plain());
                    }
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

        /** Filters (on the pool when there are filters) and stores a complete chunk. */
        private void submitChunk(String key, long[] origin, byte[] plain) {
            if (filters != null && !filters.filters().isEmpty()) {
                // filtered on the pool, written in this order by storeChunk
                if (writeQueue == null) {
                    writeQueue = new ChunkWriteQueue(filters, type.size(), (int) chunkByteCount(), this::storeChunk);
                }
                writeQueue.submit(key, origin, plain);
            } else {
                storeChunk(key, origin, plain);
            }
        }

        /** Writes the chunks held in memory (see {@link HeldChunks}). */
        private void releaseHeld() {
            if (held != null) {
                for (HeldChunks.Held h : held.takeAll()) {
                    submitChunk(h.key(), h.origin(), h.plain());
                }
            }
        }

        /** Writes a chunk's stored (filtered) bytes to fresh space and points the chunk table at it. */
        private void storeChunk(String key, long[] origin, byte[] stored) {
            if (implicitBase >= 0) {
                // row-major over the grid of the maximum dimensions, as readers compute it
                long[] grid = DatasetReader.ChunkIndexes.grid(maxDims, dims, chunks);
                long linear = 0;
                for (int d = 0; d < origin.length; d++) {
                    linear = linear * grid[d] + origin[d] / chunks[d];
                }
                long address = implicitBase + linear * stored.length;
                file.out.write(address, stored);
                long[] e = new long[3 + origin.length];
                e[0] = stored.length;
                e[1] = address;
                System.arraycopy(origin, 0, e, 3, origin.length);
                chunkTable.put(key, e);
                return; // the index is the layout message itself: nothing to rewrite
            }
            // copy on write: the chunk the last flush published stays intact until the next flush replaces it
            long address = file.allocateRaw(stored.length);
            file.out.write(address, stored);
            long[] e = new long[3 + origin.length];
            e[0] = stored.length;
            e[1] = address;
            e[2] = 0;
            System.arraycopy(origin, 0, e, 3, origin.length);
            long[] old = chunkTable.put(key, e);
            if (old != null) {
                file.out.release(old[1], old[0]);
            }
            indexDirty = true;
        }

        /** Filters a chunk in this thread (not on the pool) and stores it. */
        private void storeChunkNow(long[] origin, byte[] plain) {
            byte[] stored = plain;
            if (filters != null) {
                for (FilterPipeline.FilterInfo fi : filters.filters()) {
                    stored = Filters.require(fi.id()).encode(stored, new FilterParameters(fi.clientData(),
                            type.size(), plain.length));
                }
            }
            storeChunk(java.util.Arrays.toString(origin), origin, stored);
        }

        /** Writes the held chunks and those still being filtered (before the index is written or chunks are dropped). */
        private void drainChunks() {
            releaseHeld();
            if (writeQueue != null) {
                writeQueue.drain();
            }
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
            drainChunks();
            if (chunks != null && indexDirty && keptIndex != null
                    && keptIndex.indexType() == Layout.INDEX_IMPLICIT) {
                indexDirty = false; // chunks are written at their computed addresses: no index, the layout stays
            }
            if (chunks != null && indexDirty) {
                file.out.activity(() -> "the chunk index of the dataset " + file.pathOf(this));
                List<long[]> blocks = null;
                if (keptIndex != null) {
                    // an existing file's 1.10 index keeps its type: written anew in fresh space
                    byte[][] body = new byte[1][];
                    List<long[]> tried = file.out.track(() -> body[0] = KeptChunkIndex.write(file.out, file.ctx,
                            keptIndex, chunkTable.values(), dims, maxDims, chunks, type.size(),
                            filters != null && !filters.filters().isEmpty()));
                    if (body[0] != null) {
                        latestLayout = body[0];
                        blocks = tried;
                    } else {
                        // the create-side writers do not index this shape in its type (see KeptChunkIndex.write):
                        // a version 1 B-tree from now on
                        for (long[] b : tried) {
                            file.out.release(b[0], b[1]);
                        }
                        keptIndex = null;
                    }
                }
                if (blocks == null) {
                    // latest format: the index the C library's latest setting chooses, else a version 1 B-tree
                    blocks = file.out.track(() -> {
                        if (latestFormat()) {
                            latestLayout = latestIndex(file.out);
                        } else {
                            btreeAddress = writeIndex();
                        }
                    });
                }
                if (indexBlocks != null) {
                    for (long[] b : indexBlocks) {
                        file.out.release(b[0], b[1]);
                    }
                }
                indexBlocks = blocks;
                keptLayout = null;
                indexDirty = false;
            }
        }

        /**
         * Whether this dataset gets the chunk index the C library's latest setting chooses: in files created in the
         * latest format, and when created in modify mode in a superblock 3 file, where the C library (1.10)
         * raises its lower format bound to 1.10 and so gives new datasets those indexes. Adopted datasets keep
         * their index type (see {@link KeptChunkIndex}) or get version 1 B-trees.
         */
        private boolean latestFormat() {
            return file.latest || !adopted() && file.existing != null && file.existing.newDatasetsLatest();
        }

        /** Writes the chunk index the C library's latest setting chooses; returns the layout message body. */
        private byte[] latestIndex(FileWriterSupport w) {
            if (implicitBase >= 0) {
                return Layout.encodeChunkedV4(0, chunks, type.size(), Layout.INDEX_IMPLICIT, new long[0], 0, 0,
                        implicitBase, file.ctx);
            }
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
            return ChunkBTreeWriter.write(file.out, keys, children, rank, btreeK);
        }


        /** The layout message of a virtual dataset (its mappings' heap id patched in at flush), else null. */
        private byte[] virtualLayout;

        /**
         * Makes this a virtual dataset: its elements come from the source datasets {@code mappings} name, stored in
         * a global heap object as the C library stores them; writing its elements is refused.
         */
        public void makeVirtual(org.nwbj.hdf5.internal.format.VirtualMappings mappings, long[] virtualMaxDims) {
            if (chunks != null || compactData != null) {
                throw new Hdf5Exception("a virtual dataset has no chunks or compact data");
            }
            if (virtualMaxDims.length != maxDims.length) {
                throw new IllegalArgumentException("maximum dimensions of rank " + virtualMaxDims.length);
            }
            // unlimited dimensions need no chunks here: the mappings size them
            System.arraycopy(virtualMaxDims, 0, maxDims, 0, maxDims.length);
            byte[] body = Layout.encodeVirtual(0, 0, file.ctx);
            // the layout message is the heap object's only user: the collection is never released
            file.heap.keepPendingCollections();
            file.heap.addHeapId(mappings.encode(file.ctx), body, 2);
            virtualLayout = body;
            notWritable = "a virtual dataset (write to its source datasets)";
        }

        /** Stores the data in the layout message (compact layout), at most {@value #MAX_COMPACT} bytes. */
        public void makeCompact() {
            long total = elementCount() * type.size();
            if (chunks != null || total > MAX_COMPACT) {
                throw new Hdf5Exception("a compact dataset holds at most " + MAX_COMPACT + " bytes and no chunks; this "
                        + "one needs " + total + (chunks != null ? " and is chunked" : ""));
            }
            compactData = new byte[(int) total];
            if (fill != null) {
                for (int i = 0; i + fill.length <= compactData.length; i += fill.length) {
                    System.arraycopy(fill, 0, compactData, i, fill.length);
                }
            }
        }

        /**
         * Allocates every chunk now, filled with the fill value, as the C library's early allocation does; in the
         * latest format an unfiltered dataset of fixed size then gets the implicit chunk index (chunk addresses
         * computed from the first one; rewritten chunks overwrite their place, like contiguous data). Elsewhere
         * chunks are still allocated as written.
         */
        public void allocateEarly() {
            boolean fixed = true;
            for (int d = 0; d < dims.length; d++) {
                fixed &= maxDims[d] == dims[d];
            }
            if (chunks == null || !latestFormat() || !fixed || (filters != null && !filters.filters().isEmpty())) {
                return;
            }
            long chunkBytes = chunkByteCount();
            long cells = 1;
            for (int d = 0; d < dims.length; d++) {
                cells *= (dims[d] + chunks[d] - 1) / chunks[d];
            }
            long total = cells * chunkBytes;
            implicitBase = file.allocateRaw(total);
            writeFill(implicitBase, total);
        }

        /**
         * Writes the fill value over {@code total} bytes at {@code address}, piece by piece: a dataset written in
         * blocks must not need its size in memory.
         */
        private void writeFill(long address, long total) {
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
                file.out.write(address + at, n == init.length ? init : java.util.Arrays.copyOf(init, n));
            }
        }

        /** Address of the first chunk of an implicit index (all chunks in row-major order), else -1. */
        long implicitBase = -1;

        /** The C library's limit for data in a layout message (64 KiB less the message's own fields). */
        static final int MAX_COMPACT = 65520;
        byte[] compactData;

        private byte[] layoutBody() {
            // the C library's latest format writes layout version 4 for every layout class
            if (virtualLayout != null) {
                return virtualLayout;
            }
            if (compactData != null) {
                return Layout.encodeCompact(compactData, file.ctx, latestFormat() ? 4 : 3);
            }
            return chunks == null
                    ? Layout.encodeContiguous(contiguousAddress, elementCount() * type.size(), file.ctx,
                            latestFormat() ? 4 : 3)
                    : latestFormat() ? (latestLayout != null ? latestLayout : latestIndex(null))
                    : keptIndex != null && latestLayout != null ? latestLayout
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
            msgs.add(committed != null
                    ? new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(),
                            HeaderMessage.FLAG_SHARED | HeaderMessage.FLAG_CONSTANT,
                            SharedMessageRef.encodeCommitted(committed.address, file.ctx))
                    : new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), 1, DatatypeCodec.encode(type, file.ctx)));
            msgs.add(new ObjectHeaderChunk.Message(MessageType.FILL_VALUE.id(), 1,
                    FillValue.encode(compactData != null || implicitBase >= 0 ? 1 : chunks == null ? 2 : 3, 2, fill,
                            file.ctx)));
            if (filters != null && !filters.filters().isEmpty()) {
                msgs.add(new ObjectHeaderChunk.Message(MessageType.FILTER_PIPELINE.id(), 1, filters.encode(file.ctx)));
            }
            msgs.add(new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layoutBody()));
            return msgs;
        }
    }
}
