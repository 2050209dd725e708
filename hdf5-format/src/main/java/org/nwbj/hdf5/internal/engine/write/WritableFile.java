package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.internal.format.SplitDriverInfo;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatWriter;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.RelativeStorage;
import org.nwbj.hdf5.internal.engine.SplitStorage;
import org.nwbj.hdf5.internal.engine.modify.ExistingFile;

/**
 * A file being created, or an existing one being modified ({@link ExistingFile}): an in-memory model of its
 * objects whose raw data goes to the file as it is written and whose metadata (object headers, chunk indexes, variable-length attribute data) is written by {@link #flush()}.
 * Each flush leaves a complete file, and every prefix of its writes a consistent one (see
 * {@link #publishCrashSafely()}).
 */
public final class WritableFile {
        /** Room kept in every first header chunk for a continuation message: type, size, flags + address, length. */
    final int continuationRoom;

    final Storage storage;
    /** The storage as given (the file's own, not seen past a user block): what a SWMR writer unlocks. */
    final Storage opened;
    final FormatContext ctx;
    public final FileWriterSupport out;
    final HeapWriter heap;
    final WGroup root;
    final List<WObject> objects = new ArrayList<>();
    /** The file opened for modification, or null when creating one. */
    final ExistingFile existing;
    boolean closed;
    /** Family member size, or 0 for a single file. */
    final long familyMemberSize;
    /** Raw data allocation of a split pair (offsets in the raw file), or null when raw data shares {@link #out}. */
    final FileWriterSupport raw;
    /** The first address of a split pair's raw member ({@link #raw} offsets count from it). */
    final long rawStart;
    /** Writes superblock 3 and the HDF5 1.10 chunk indexes (see {@link ChunkIndexWriter}). */
    final boolean latest;
    /** The error of a failed flush: the model may no longer match the file, so nothing more is written. */
    Hdf5IoException failure;
    byte[] writtenSuperblock;

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
    long baseAddress;

    WritableFile(Storage storage, long familyMemberSize, boolean split, boolean latest) {
        this.storage = storage;
        this.opened = storage;
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
        this.opened = storage;
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
    void reuseSpace() {
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
    public long rawEndOfAllocation() {
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

    public FileWriterSupport out() {
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
    void publishCrashSafely() {
        publish(objects);
        // blocks released before this flush are no longer referenced by the file: free for the next one
        out.flushed();
        // step 4 would rewrite the superblock if step 3 had moved the root or allocated: it does neither
    }

    /**
     * Publishes one dataset alone (h5py's {@code Dataset.flush()}, what a SWMR writer calls per dataset): its
     * chunks, chunk index and header, in the order of {@link #publishCrashSafely()}, plus the superblock's end of
     * allocation. A dataset not published yet (its group's header does not link it) or any other object takes a
     * whole flush. Space released meanwhile stays unusable until the next whole flush: other objects' headers on
     * disk may still reference what they released.
     */
    public synchronized void flush(WObject o) {
        checkOpen();
        if (!(o instanceof WDataset) || o.written == null) {
            flush();
            return;
        }
        try {
            publish(java.util.Collections.singletonList(o));
        } catch (Hdf5IoException e) {
            failure = e;
            throw e;
        }
    }

    /** Steps 1 to 3 of {@link #publishCrashSafely()} for {@code objects}. */
    private void publish(List<WObject> objects) {
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
        // SWMR: chunk indexes updated in place, their new blocks now within the end of allocation
        for (WObject o : objects) {
            if (o instanceof WDataset d) {
                d.publishIndexInPlace();
            }
        }
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
    }

    /** Space for dataset elements: in the raw file of a split pair, else with the metadata. */
    long allocateRaw(long size) {
        return raw == null ? out.allocate(size) : rawStart + raw.allocate(size);
    }

    /** Writes a header's first chunk in one call. */
    void writeHeader(WObject o, byte[] h, String what) {
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
    void writeSuperblock(boolean rootRewritten) {
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
    byte[] superblock() {
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
        return latest ? Superblock.encodeV3(ctx, baseAddress, -1, eof, root.address, consistencyFlags)
                : Superblock.encodeV2(ctx, baseAddress, -1, eof, root.address);
    }

    static boolean same(List<ObjectHeaderChunk.Message> a, List<ObjectHeaderChunk.Message> b) {
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
     * Encodes the first chunk of an object's header, exactly {@code o.capacity} bytes, writing a continuation block
     * when the messages outgrow it (see {@link HeaderChunks#encode}).
     */
    byte[] encodeHeader(WObject o, List<ObjectHeaderChunk.Message> msgs) {
        return HeaderChunks.encode(this, o, msgs);
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
    void releaseContinuation(WObject o) {
        HeaderChunks.releaseContinuation(this, o);
    }

    // ------------------------------------------------------------------ SWMR writing

    /** The superblock's file consistency flags (superblock 3): set while writing in SWMR mode, 0 otherwise. */
    int consistencyFlags;

    /** {@return whether {@link #startSwmr()} was called} */
    public boolean swmr() {
        return consistencyFlags != 0;
    }

    /** {@return the superblock 3 consistency flags to write (an existing file's superblock gets them too)} */
    public int consistencyFlags() {
        return consistencyFlags;
    }

    /** {@return the storage as opened (for the SWMR writer's unlocking)} */
    public Storage openedStorage() {
        return opened;
    }

    /**
     * Enters SWMR writing, as the C library's {@code H5Fstart_swmr_write}: flushes everything pending, with the
     * superblock marked for write and SWMR write access, after which C readers open the file with SWMR read access
     * (and are refused without it, as by any file whose writer has not closed it). From then on nothing a reader
     * may follow is overwritten (released space is not reused, see {@link FileWriterSupport#stopReuse()}), so each
     * flush publishes in the order SWMR readers rely on ({@link #publishCrashSafely()}): chunk data, then the new
     * chunk index in fresh space, then the dataset header (dataspace and index address together, one checksummed
     * write a reader retries when torn).
     *
     * A file opened for modification qualifies when its superblock is version 3: its superblock is then updated in
     * place with the flags; its existing datasets keep their chunk index type (an extensible array goes on in place,
     * written anew once; others are written anew per flush), new datasets get the in-place extensible array.
     *
     * @throws Hdf5Exception unless the file is a single file in the latest format (superblock 3)
     */
    public synchronized void startSwmr() {
        checkOpen();
        if (swmr()) {
            return;
        }
        boolean family = familyMemberSize > 0 || opened instanceof org.nwbj.hdf5.storage.FamilyStorage;
        boolean v3 = existing != null ? existing.newDatasetsLatest() : latest;
        if (!v3 || raw != null || family) {
            throw new org.nwbj.hdf5.Hdf5UnsupportedException("SWMR writing of " + storage.describe() + ": it needs "
                    + "a superblock 3 file, as the C library does (libver='latest'); create it with "
                    + "Hdf5Writer.create(path, true)"
                    + (raw != null || family ? " (a single file, not a split pair or family)" : ""));
        }
        out.stopReuse();
        consistencyFlags = Superblock.FLAG_WRITE_ACCESS | Superblock.FLAG_SWMR_WRITE_ACCESS;
        flush();
    }

    /** Flushes and stops accepting changes; a SWMR writer's flags are cleared last, after the final flush. */
    public synchronized void close() {
        if (!closed) {
            try {
                if (failure == null) {
                    flush();
                    if (swmr()) {
                        // the last write: the file is whole, C readers may open it without SWMR (no h5clear)
                        consistencyFlags = 0;
                        out.activity("the superblock (clearing the SWMR flags)");
                        writeSuperblock(false);
                    }
                }
            } finally {
                closed = true;
                storage.close();
            }
        }
    }

    // ------------------------------------------------------------------ attribute data in the global heap

    /** Users (attributes) of each global heap collection this writer placed. */
    final Map<Long, Integer> collectionUsers = new java.util.HashMap<>();

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

    java.util.Set<Long> collectionsOf(WAttribute a) {
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

}
