package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.SelectionCopier;

/**
 * The chunk side of a dataset being written ({@link WDataset} holds the state): selections split into chunks,
 * chunks filled in part held until complete ({@link HeldChunks}), filtered on a pool ({@link ChunkWriteQueue}),
 * stored copy-on-write to fresh space (in place for the implicit index), and the chunk index written at flush
 * (version 1 B-tree, or the index the C library's latest setting chooses through {@link ChunkIndexWriter}).
 */
public final class ChunkedWrites {
    private final WDataset ds;

    ChunkedWrites(WDataset ds) {
        this.ds = ds;
    }

    void write(Selection sel, byte[] raw) {
        ds.loadExistingChunks();
        int rank = ds.dims.length;
        long chunkBytes = ds.type.size();
        for (long c : ds.chunks) {
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
            lo[d] = box[d][0] / ds.chunks[d];
            hi[d] = (box[d][1] - 1) / ds.chunks[d];
        }
        SelectionCopier copier = new SelectionCopier(sel, ds.type.size());
        boolean dense = true;
        for (int d = 0; d < rank; d++) {
            dense &= sel.count()[d] == 1 || sel.stride()[d] == sel.block()[d];
        }
        long[] cell = lo.clone();
        while (true) {
            long[] origin = new long[rank];
            for (int d = 0; d < rank; d++) {
                origin[d] = cell[d] * ds.chunks[d];
            }
            String key = java.util.Arrays.toString(origin);
            HeldChunks.Held h = ds.held == null ? null : ds.held.take(key);
            if (h == null && ds.writeQueue != null && ds.writeQueue.isPending(key)) {
                ds.writeQueue.drain(); // its bytes are not in the ds.file yet
            }
            long[] entry = ds.chunkTable.get(key);
            long whole = h == null && entry == null && dense ? wholeRun(sel, shape, origin, chunkBytes) : -1;
            byte[] plain;
            if (whole >= 0) {
                // the chunk is one run of the caller's bytes: one copy, no zeroing, no per-row copies
                plain = java.util.Arrays.copyOfRange(raw, (int) whole, (int) (whole + chunkBytes));
            } else if (h != null) {
                plain = h.plain();
            } else if (entry == null) {
                plain = new byte[(int) chunkBytes];
                if (ds.fill != null) {
                    for (int i = 0; i + ds.fill.length <= plain.length; i += ds.fill.length) {
                        System.arraycopy(ds.fill, 0, plain, i, ds.fill.length);
                    }
                }
            } else {
                plain = readChunk(entry, (int) chunkBytes);
            }
            if (whole < 0) {
                // copy the selection's elements that fall in this chunk from raw into plain
                copier.copyInto(raw, origin, ds.chunks, plain);
            }
            if (ds.held == null) {
                ds.held = new HeldChunks(ds.chunks, chunkBytes);
            }
            if (ds.held.covers(sel, origin, ds.dims, ds.maxDims)) {
                submitChunk(key, origin, plain);
            } else {
                // filled in part: kept until a later write fills it, so that it is written once
                for (HeldChunks.Held out : ds.held.hold(new HeldChunks.Held(key, origin, plain))) {
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

    /**
     * Where the chunk at {@code origin} starts in the caller's bytes of a dense selection of {@code shape} when
     * the selection holds the whole chunk (within the dataset, no edge) as one run: the chunk spans the selection
     * in every dimension after some k and is one element thick before k. Else -1.
     */
    private long wholeRun(Selection sel, long[] shape, long[] origin, long chunkBytes) {
        int rank = shape.length;
        long offset = 0;
        boolean spanning = true; // every dimension after the current one is spanned whole
        for (int d = rank - 1; d >= 0; d--) {
            long c = ds.chunks[d];
            long at = origin[d] - sel.start()[d];
            if (at < 0 || at + c > shape[d] || origin[d] + c > ds.dims[d]) {
                return -1;
            }
            if (!spanning && c != 1) {
                return -1; // rows of this chunk are apart in the caller's bytes
            }
            spanning &= c == shape[d];
            offset += at * stride(shape, d);
        }
        offset *= ds.type.size();
        return offset + chunkBytes <= Integer.MAX_VALUE ? offset : -1;
    }

    private static long stride(long[] shape, int d) {
        long s = 1;
        for (int i = d + 1; i < shape.length; i++) {
            s *= shape[i];
        }
        return s;
    }

    /** Filters (on the pool when there are filters) and stores a complete chunk. */
    void submitChunk(String key, long[] origin, byte[] plain) {
        if (ds.filters != null && !ds.filters.filters().isEmpty()) {
            // filtered on the pool, written in this order by storeChunk
            if (ds.writeQueue == null) {
                ds.writeQueue = new ChunkWriteQueue(ds.filters, ds.type.size(), (int) ds.chunkByteCount(),
                        this::storeChunk);
            }
            ds.writeQueue.submit(key, origin, plain);
        } else {
            storeChunk(key, origin, plain);
        }
    }

    /** Writes the chunks held in memory (see {@link HeldChunks}). */
    void releaseHeld() {
        if (ds.held != null) {
            for (HeldChunks.Held h : ds.held.takeAll()) {
                submitChunk(h.key(), h.origin(), h.plain());
            }
        }
    }

    /** Writes a chunk's stored (filtered) bytes to fresh space and points the chunk table at it. */
    void storeChunk(String key, long[] origin, byte[] stored) {
        if (ds.implicitBase >= 0) {
            // row-major over the grid of the maximum dimensions, as readers compute it
            long[] grid = DatasetReader.ChunkIndexes.grid(ds.maxDims, ds.dims, ds.chunks);
            long linear = 0;
            for (int d = 0; d < origin.length; d++) {
                linear = linear * grid[d] + origin[d] / ds.chunks[d];
            }
            long address = ds.implicitBase + linear * stored.length;
            ds.file.out.write(address, stored);
            long[] e = new long[3 + origin.length];
            e[0] = stored.length;
            e[1] = address;
            System.arraycopy(origin, 0, e, 3, origin.length);
            ds.chunkTable.put(key, e);
            return; // the index is the layout message itself: nothing to rewrite
        }
        // copy on write: the chunk the last flush published stays intact until the next flush replaces it
        long address = ds.file.allocateRaw(stored.length);
        ds.file.out.write(address, stored);
        long[] e = new long[3 + origin.length];
        e[0] = stored.length;
        e[1] = address;
        e[2] = 0;
        System.arraycopy(origin, 0, e, 3, origin.length);
        long[] old = ds.chunkTable.put(key, e);
        if (old != null) {
            ds.file.out.release(old[1], old[0]);
        }
        ds.indexDirty = true;
    }

    /** Filters a chunk in this thread (not on the pool) and stores it. */
    void storeChunkNow(long[] origin, byte[] plain) {
        byte[] stored = plain;
        if (ds.filters != null) {
            for (FilterPipeline.FilterInfo fi : ds.filters.filters()) {
                stored = Filters.require(fi.id()).encode(stored, new FilterParameters(fi.clientData(),
                        ds.type.size(), plain.length));
            }
        }
        storeChunk(java.util.Arrays.toString(origin), origin, stored);
    }

    /** Writes the held chunks and those still being filtered (before the index is written or chunks are dropped). */
    void drain() {
        releaseHeld();
        if (ds.writeQueue != null) {
            ds.writeQueue.drain();
        }
    }

    byte[] readChunk(long[] entry, int chunkBytes) {
        if (entry[0] < 0 || entry[0] > Integer.MAX_VALUE - 16) {
            throw new org.nwbj.hdf5.Hdf5FormatException("Chunk", entry[1], "stored size " + entry[0]);
        }
        byte[] stored = new byte[(int) entry[0]];
        int n = ds.file.storage.read(entry[1], java.nio.ByteBuffer.wrap(stored));
        if (n < stored.length) {
            throw new org.nwbj.hdf5.Hdf5FormatException("Chunk", entry[1], "needs " + stored.length
                    + " bytes, the ds.file ends after " + n);
        }
        byte[] b = stored;
        if (ds.filters != null) {
            List<FilterPipeline.FilterInfo> fs = ds.filters.filters();
            for (int i = fs.size() - 1; i >= 0; i--) {
                if ((entry[2] & (1L << i)) != 0) {
                    continue; // this filter was skipped for this chunk
                }
                FilterPipeline.FilterInfo fi = fs.get(i);
                b = Filters.require(fi.id()).decode(b, new FilterParameters(fi.clientData(), ds.type.size(),
                        chunkBytes));
            }
        }
        return b;
    }

    /** Writes the chunk index the C library's latest setting chooses; returns the layout message body. */
    byte[] latestIndex(FileWriterSupport w) {
        if (ds.implicitBase >= 0) {
            return Layout.encodeChunkedV4(0, ds.chunks, ds.type.size(), Layout.INDEX_IMPLICIT, new long[0], 0, 0,
                    ds.implicitBase, ds.file.ctx);
        }
        int rank = ds.dims.length;
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
        if (w != null) {
            for (long[] e : ds.chunkTable.values()) {
                long[] cell = new long[rank];
                for (int d = 0; d < rank; d++) {
                    cell[d] = e[3 + d] / ds.chunks[d];
                }
                entries.add(new ChunkIndexWriter.Entry(cell, e[1], e[0], (int) e[2]));
            }
        }
        boolean filtered = ds.filters != null && !ds.filters.filters().isEmpty();
        return ChunkIndexWriter.write(w, ds.file.ctx, entries, ds.dims, ds.maxDims, ds.chunks, ds.type.size(),
                filtered, 0);
    }

    long writeIndex() {
        if (ds.chunkTable.isEmpty()) {
            return -1;
        }
        int rank = ds.dims.length;
        List<long[]> entries = new ArrayList<>(ds.chunkTable.values());
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
            lastKey[2 + d] = last[3 + d] + ds.chunks[d];
        }
        keys.add(lastKey);
        return ChunkBTreeWriter.write(ds.file.out, keys, children, rank, ds.btreeK);
    }
}
