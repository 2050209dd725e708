package org.nwbj.hdf5.internal.engine.write;

import java.util.List;
import java.util.function.Supplier;

import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;

/**
 * Modify mode: what an adopted object's header held as found in the existing file, kept until the model changes
 * it (an untouched object is then rewritten to the same bytes, or not at all). The modify room
 * ({@code engine.modify.ExistingFile}) fills one per adopted object and hands it over with
 * {@link WObject#adopt}; objects this writer creates have none. All modify-mode state of the write room's
 * classes lives here.
 */
public final class Found {
    /** Messages the model does not represent (datatype, fill value, filters, ...), kept as they were. */
    final List<ObjectHeaderChunk.Message> messages;
    /** The attribute info message naming existing dense attribute storage, until the attributes change. */
    ObjectHeaderChunk.Message attributeInfo;

    /** Groups: the link message bodies as found (null once the links changed). */
    List<byte[]> links;
    /** Groups: the link info message when the links were dense (their storage kept while they stay the same). */
    ObjectHeaderChunk.Message linkInfo;

    /** Datasets: the dataspace and layout messages as found, until a resize or a new index. */
    ObjectHeaderChunk.Message space;
    ObjectHeaderChunk.Message layout;
    /** Datasets: lists the chunks the existing index holds (read at the first change), else null. */
    Supplier<List<long[]>> chunks;
    /**
     * Datasets of superblock 2/3 files: the version 4 layout found, whose chunk index type a rewritten index keeps
     * (see {@code KeptChunkIndex}); null when the index is written as a version 1 B-tree.
     */
    Layout index;
    /** Why the dataset cannot be written (a layout the writer does not produce), or null. */
    String notWritable;
    /** K of the version 1 B-tree chunk index nodes the existing file sets. */
    int btreeK = ChunkBTreeWriter.K;
    long contiguousAddress = -1;
    long implicitBase = -1;

    /** The header messages of the adopted object that the model does not represent. */
    public Found(List<ObjectHeaderChunk.Message> kept) {
        this.messages = kept;
    }

    /** The attribute info message of existing dense attribute storage. */
    public Found attributeInfo(ObjectHeaderChunk.Message m) {
        attributeInfo = m;
        return this;
    }

    /** A group whose links were dense: its link info message. */
    public Found denseLinks(ObjectHeaderChunk.Message linkInfo) {
        this.linkInfo = linkInfo;
        return this;
    }

    /** A dataset's dataspace and layout messages as found. */
    public Found dataset(ObjectHeaderChunk.Message space, ObjectHeaderChunk.Message layout, int btreeK) {
        this.space = space;
        this.layout = layout;
        this.btreeK = btreeK;
        return this;
    }

    /** A contiguous dataset's data address. */
    public Found contiguous(long address) {
        contiguousAddress = address;
        return this;
    }

    /** A chunked dataset's existing chunks, listed on demand. */
    public Found chunks(Supplier<List<long[]>> chunks) {
        this.chunks = chunks;
        return this;
    }

    /** A version 4 layout whose index type a rewritten index keeps; {@code implicitBase} -1 unless implicit. */
    public Found keptIndex(Layout index, long implicitBase) {
        this.index = index;
        this.implicitBase = implicitBase;
        return this;
    }

    /** Why the dataset cannot be written. */
    public Found notWritable(String why) {
        notWritable = why;
        return this;
    }
}
