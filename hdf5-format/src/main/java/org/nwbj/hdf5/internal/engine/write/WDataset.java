package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.internal.engine.SelectionCopier;
import org.nwbj.hdf5.internal.engine.ChunkTable;
import org.nwbj.hdf5.internal.engine.modify.KeptChunkIndex;

/**
 * A dataset being written: compact, contiguous (storage allocated at the first write; large primitive arrays go
 * through {@link ContiguousWriter}) or chunked (chunks and their index: {@link ChunkedWrites}), or virtual.
 */
public final class WDataset extends WObject {
    final DataType type;
    long[] dims;
    final long[] maxDims;
    final long[] chunks;
    final FilterPipeline filters;
    final byte[] fill;
    long contiguousAddress = -1;
    final StoredChunks chunkTable = new StoredChunks();
    boolean indexDirty;
    long btreeAddress = -1;
    /** Layout message body with the latest-format chunk index, once written. */
    byte[] latestLayout;
    final boolean scalar;
    WDatatype committed;
    /** Writes the chunks and the chunk index (see {@link ChunkedWrites}). */
    final ChunkedWrites chunked = new ChunkedWrites(this);
    /** Filters chunks on a pool; null until the first filtered chunk is written. */
    ChunkWriteQueue writeQueue;
    /** Chunks written in part, kept until filled or flushed; null until the first chunked write. */
    HeldChunks held;
    /** K of the version 1 B-tree chunk index nodes (an existing file may set its own, see {@link Found}). */
    int btreeK = ChunkBTreeWriter.K;
    /** Why this dataset cannot be written (virtual, or an existing layout the writer does not produce), or null. */
    String notWritable;
    /** The blocks of the chunk index this writer last wrote (null: none, or the existing file's). */
    List<long[]> indexBlocks;
    /** The extensible array index updated in place in SWMR mode (see {@link SwmrExtensibleArray}), else null. */
    SwmrExtensibleArray swmrIndex;

    /**
     * The chunk table (by chunk origin), remembering the entries stored since the chunk index was last written, so
     * that a SWMR flush updates the index with those alone.
     */
    final class StoredChunks extends java.util.TreeMap<String, long[]> {
        private static final long serialVersionUID = 1L;
        final transient List<long[]> since = new ArrayList<>();

        @Override
        public long[] put(String key, long[] value) {
            if (swmrIndex != null) {
                since.add(value); // only an in-place index needs them (before it exists, the table is read whole)
            }
            return super.put(key, value);
        }
    }
    @Override
    void adopted(Found found) {
        btreeK = found.btreeK;
        contiguousAddress = found.contiguousAddress;
        implicitBase = found.implicitBase;
        notWritable = found.notWritable;
    }

    /** The version 4 layout of an adopted dataset whose index type a rewritten index keeps, else null. */
    private Layout keptIndex() {
        return found == null ? null : found.index;
    }

    /** Modify mode: the dataspace and layout messages are no longer those found. */
    private void spaceChanged() {
        if (found != null) {
            found.space = null;
        }
    }

    private void layoutChanged() {
        if (found != null) {
            found.layout = null;
        }
    }

    public WDataset(WritableFile file, DataType type, Dataspace space, long[] chunks, FilterPipeline filters,
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
    void loadExistingChunks() {
        if (found != null && found.chunks != null) {
            for (long[] e : found.chunks.get()) {
                chunkTable.put(java.util.Arrays.toString(java.util.Arrays.copyOfRange(e, 3, e.length)), e);
            }
            found.chunks = null;
        }
    }

    void checkWritable() {
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
        boolean shrinks = false;
        for (int d = 0; d < dims.length; d++) {
            shrinks |= newDims[d] < dims[d];
        }
        loadExistingChunks();
        spaceChanged();
        if (!shrinks) {
            // growing drops and cuts no chunk: no walk over the chunk table (a SWMR writer resizes per block)
            dims = newDims.clone();
            indexDirty = true;
            return;
        }
        chunked.drain(); // pending chunks may fall outside and must be dropped with the others
        swmrIndex = null; // dropped entries: the next index is written anew
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
                byte[] plain = chunked.readChunk(c, (int) chunkByteCount());
                fillOutside(plain, origin, newDims);
                chunked.storeChunkNow(origin, plain);
            }
        }
        dims = newDims.clone();
        indexDirty = true;
    }

    /** Whether the chunk of table entry {@code c} holds elements within {@code extent}. */
    boolean intersects(long[] c, long[] extent) {
        for (int d = 0; d < extent.length; d++) {
            if (c[3 + d] >= extent[d]) {
                return false;
            }
        }
        return true;
    }

    long chunkByteCount() {
        long n = type.size();
        for (long c : chunks) {
            n *= c;
        }
        return n;
    }

    /** Sets the elements of a chunk that lie outside {@code extent} to the fill value. */
    void fillOutside(byte[] plain, long[] origin, long[] extent) {
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
            chunked.write(sel, raw);
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
            layoutChanged();
            long total = elementCount() * type.size();
            contiguousAddress = file.allocateRaw(total);
            if (n * type.size() != total) {
                writeFill(contiguousAddress, total); // a whole write skips the fill: it would double the I/O
            }
        }
        ContiguousWriter.write(file.out, contiguousAddress + run * type.size(), values, order);
        return true;
    }

    void writeContiguous(Selection sel, byte[] raw) {
        long total = elementCount() * type.size();
        boolean whole = sel.equals(Selection.all(dims));
        if (contiguousAddress == -1) {
            layoutChanged();
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








    @Override
    void beforeHeader() {
        super.beforeHeader();
        chunked.drain();
        if (chunks != null && indexDirty && keptIndex() != null
                && keptIndex().indexType() == Layout.INDEX_IMPLICIT) {
            indexDirty = false; // chunks are written at their computed addresses: no index, the layout stays
        }
        if (chunks != null && indexDirty && swmrInPlace()) {
            file.out.activity(() -> "the chunk index of the dataset " + file.pathOf(this));
            updateSwmrIndex();
            indexDirty = false;
            return;
        }
        swmrIndex = null;
        chunkTable.since.clear();
        if (chunks != null && indexDirty) {
            file.out.activity(() -> "the chunk index of the dataset " + file.pathOf(this));
            List<long[]> blocks = null;
            if (keptIndex() != null) {
                // an existing file's 1.10 index keeps its type: written anew in fresh space
                byte[][] body = new byte[1][];
                List<long[]> tried = file.out.track(() -> body[0] = KeptChunkIndex.write(file.out, file.ctx,
                        keptIndex(), ChunkTable.ofEntries(chunkTable.values(), chunks.length), dims, maxDims,
                        chunks, type.size(),
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
                    found.index = null;
                }
            }
            if (blocks == null) {
                // latest format: the index the C library's latest setting chooses, else a version 1 B-tree
                blocks = file.out.track(() -> {
                    if (latestFormat()) {
                        latestLayout = chunked.latestIndex(file.out);
                    } else {
                        btreeAddress = chunked.writeIndex();
                    }
                });
            }
            if (indexBlocks != null) {
                for (long[] b : indexBlocks) {
                    file.out.release(b[0], b[1]);
                }
            }
            indexBlocks = blocks;
            layoutChanged();
            indexDirty = false;
        }
    }

    /**
     * Whether the chunk index is an extensible array updated in place: SWMR mode, one unlimited dimension (the C
     * library's choice of an extensible array), a latest-format dataset or an existing file's extensible array.
     */
    private boolean swmrInPlace() {
        if (!file.swmr() || chunks == null || implicitBase >= 0) {
            return false;
        }
        // an existing file's extensible array (of no special layout flags) goes on as one updated in place
        boolean keptArray = keptIndex() != null && keptIndex().indexType() == Layout.INDEX_EXTENSIBLE_ARRAY
                && keptIndex().flags() == 0;
        if (keptIndex() != null ? !keptArray : !latestFormat()) {
            return false;
        }
        int unlimited = 0;
        long cells = 1;
        for (int d = 0; d < dims.length; d++) {
            boolean u = maxDims[d] == Dataspace.UNLIMITED;
            unlimited += u ? 1 : 0;
            long grid = ((u ? dims[d] : maxDims[d]) + chunks[d] - 1) / chunks[d];
            cells = cells > Long.MAX_VALUE / Math.max(1, grid) ? Long.MAX_VALUE : cells * grid;
        }
        return unlimited == 1 && cells <= ExtensibleArrayWriter.CAPACITY;
    }

    /**
     * Step 1 of a SWMR flush for the in-place index: the chunks stored since the last flush set their elements,
     * new blocks are written to fresh space; the published blocks are rewritten by {@link #publishIndexInPlace()}.
     * The first time (or after a shrink dropped entries) the whole array is written anew.
     */
    private void updateSwmrIndex() {
        boolean filtered = filters != null && !filters.filters().isEmpty();
        int rank = dims.length;
        int unlimited = 0;
        long[] grid = new long[rank];
        for (int d = 0; d < rank; d++) {
            if (maxDims[d] == Dataspace.UNLIMITED) {
                unlimited = d;
            }
            long m = maxDims[d] == Dataspace.UNLIMITED ? dims[d] : maxDims[d];
            grid[d] = (m + chunks[d] - 1) / chunks[d];
        }
        if (swmrIndex == null) {
            loadExistingChunks();
        }
        java.util.Collection<long[]> changed = chunkTable.since;
        if (swmrIndex == null && chunkTable.isEmpty()) {
            latestLayout = chunked.latestIndex(null); // no chunks: the index is undefined
            layoutChanged();
            return;
        }
        if (swmrIndex == null) {
            swmrIndex = new SwmrExtensibleArray(file.out, filtered,
                    Layout.filteredChunkSizeWidth(chunkByteCount()));
            changed = chunkTable.values();
            latestLayout = swmrIndex.layout(chunks, type.size());
            layoutChanged();
            if (indexBlocks != null) {
                for (long[] b : indexBlocks) {
                    file.out.release(b[0], b[1]);
                }
                indexBlocks = null;
            }
        }
        long[] cell = new long[rank];
        for (long[] e : changed) {
            for (int d = 0; d < rank; d++) {
                cell[d] = e[3 + d] / chunks[d];
            }
            swmrIndex.set(file.out, ExtensibleArrayWriter.linear(cell, grid, unlimited), e[1], e[0], (int) e[2]);
        }
        chunkTable.since.clear();
        swmrIndex.writeFresh(file.out);
    }

    /**
     * Step 3 of a SWMR flush, after the superblock's end of allocation covers the new blocks and before the
     * header's new extent: the published index blocks that changed, rewritten in place.
     */
    void publishIndexInPlace() {
        if (swmrIndex != null) {
            file.out.activity(() -> "the chunk index of the dataset " + file.pathOf(this));
            swmrIndex.writeInPlace(file.out);
        }
    }

    /**
     * Whether this dataset gets the chunk index the C library's latest setting chooses: in files created in the
     * latest format, and when created in modify mode in a superblock 3 file, where the C library (1.10)
     * raises its lower format bound to 1.10 and so gives new datasets those indexes. Adopted datasets keep
     * their index type (see {@link KeptChunkIndex}) or get version 1 B-trees.
     */
    boolean latestFormat() {
        return file.latest || !adopted() && file.existing != null && file.existing.newDatasetsLatest();
    }




    /** The layout message of a virtual dataset (its mappings' heap id patched in at flush), else null. */
    byte[] virtualLayout;

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
    void writeFill(long address, long total) {
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

    byte[] layoutBody() {
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
                : latestFormat() ? (latestLayout != null ? latestLayout : chunked.latestIndex(null))
                : keptIndex() != null && latestLayout != null ? latestLayout
                : Layout.encodeChunkedV3(btreeAddress, chunks, type.size(), file.ctx);
    }

    @Override
    List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
        List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
        if (adopted()) {
            // datatype, fill value, filters and the rest are kept as they were (Found.messages)
            msgs.add(found.space != null ? found.space : new ObjectHeaderChunk.Message(MessageType.DATASPACE.id(), 0,
                    DataspaceCodec.encode(space(), file.ctx)));
            msgs.add(found.layout != null ? found.layout
                    : new ObjectHeaderChunk.Message(MessageType.LAYOUT.id(), 0, layoutBody()));
            return msgs;
        }
        return new HeaderBuilder(file.ctx).dataset(space(),
                HeaderBuilder.datatype(type, committed != null ? committed.address : -1, file.ctx),
                HeaderBuilder.fillValue(compactData != null || implicitBase >= 0, chunks != null, fill, file.ctx),
                filters, layoutBody()).messages();
    }
}
