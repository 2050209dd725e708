package org.nwbj.hdf5.internal.engine.modify;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.engine.ChunkTable;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.internal.engine.write.ChunkIndexWriter;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;

/**
 * Modify mode: a chunked dataset of a superblock 2/3 file keeps the HDF5 1.10 chunk index it was found with (layout
 * version 4), as the C library, which changes those indexes in place, leaves the file's format as it was. The index
 * is written anew in fresh space at each flush that changed it (copy-on-write; the caller releases the previous one
 * as for the version 1 B-tree rewrite) through the create-side writers, with their parameters (the C library's
 * defaults for extensible arrays, fixed arrays up to 1024 chunks and v2 B-trees): a reader takes the parameters from the layout message and the index headers, which agree.
 * Implicit indexes are not written here: their chunks sit at computed addresses and are overwritten in place.
 */
public final class KeptChunkIndex {
    private KeptChunkIndex() {
    }

    /**
     * Whether the found layout's index type is kept: version 4 chunked layouts with an index other than the
     * version 1 B-tree, in files with a version 2 or 3 superblock (superblock 0/1 files keep version 1 B-trees,
     * which every reader of their format version reads).
     */
    static boolean keeps(Superblock sb, Layout layout) {
        return sb.version() >= 2 && layout.kind() == Layout.Kind.CHUNKED && layout.version() >= 4
                && layout.indexType() != Layout.INDEX_BTREE_V1;
    }

    /**
     * Writes the chunks of {@code table} as an index of the
     * found layout's type and returns the new layout message body, or null when the create-side writers cannot hold
     * the dataset in that index type (the caller then writes a version 1 B-tree and releases what this wrote).
     */
    public static byte[] write(FileWriterSupport out, FormatContext ctx, Layout found, ChunkTable table,
            long[] dims, long[] maxDims, long[] chunk, int elementSize, boolean filtered) {
        int rank = chunk.length;
        int type = found.indexType();
        if (type == Layout.INDEX_SINGLE) {
            return single(ctx, found, table, maxDims, chunk, elementSize, filtered);
        }
        if (type != Layout.INDEX_FIXED_ARRAY && type != Layout.INDEX_EXTENSIBLE_ARRAY
                && type != Layout.INDEX_BTREE_V2) {
            return null; // implicit: no index to write (see the class comment)
        }
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            long[] cell = new long[rank];
            for (int d = 0; d < rank; d++) {
                cell[d] = table.origin(i, d) / chunk[d];
            }
            entries.add(new ChunkIndexWriter.Entry(cell, table.address(i), table.storedSize(i), table.filterMask(i)));
        }
        try {
            // null when the type cannot hold the dataset's shape: the caller falls back to a version 1 B-tree
            return ChunkIndexWriter.write(out, ctx, entries, dims, maxDims, chunk, elementSize, filtered, 0, type);
        } catch (Hdf5UnsupportedException e) {
            return null; // past what the format's index can address (an extensible array of 2^32 entries)
        }
    }

    /** The one chunk of a single-chunk index, its size and filter mask in the layout message when filtered. */
    private static byte[] single(FormatContext ctx, Layout found, ChunkTable table, long[] maxDims,
            long[] chunk, int elementSize, boolean filtered) {
        for (int d = 0; d < chunk.length; d++) {
            long m = maxDims[d] == Dataspace.UNLIMITED ? Long.MAX_VALUE : maxDims[d];
            if (m > chunk[d]) {
                return null; // not a single chunk any more (the found file was inconsistent): a v1 B-tree
            }
        }
        int e = table.size() - 1; // every origin is 0: one cell, the last entry
        int flags = (found.flags() & ~2) | (filtered ? 2 : 0);
        return Layout.encodeChunkedV4(flags, chunk, elementSize, Layout.INDEX_SINGLE, new long[0],
                e < 0 ? 0 : table.storedSize(e), e < 0 ? 0 : table.filterMask(e), e < 0 ? -1 : table.address(e), ctx);
    }
}
