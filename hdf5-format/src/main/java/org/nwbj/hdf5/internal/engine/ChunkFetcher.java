package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.type.DataType;

/**
 * The chunks of one chunked dataset: its index (listed once per handle, looked up by grid cell), and each chunk's
 * stored bytes fetched and decoded through the filter pipeline, with the chunk cache.
 */
final class ChunkFetcher {
    private final FileContext f;
    private final ObjectHeader h;
    private final DataType type;
    private final Dataspace space;
    private final Layout layout;
    private final FilterPipeline pipeline;

    ChunkFetcher(FileContext f, ObjectHeader h, DataType type, Dataspace space, Layout layout,
            FilterPipeline pipeline) {
        this.f = f;
        this.h = h;
        this.type = type;
        this.space = space;
        this.layout = layout;
        this.pipeline = pipeline;
    }

    /** The validated size in bytes of one unfiltered chunk. */
    int checkedChunkBytes(long[] dims, long[] chunk) {
        if (chunk.length != dims.length) {
            throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk rank " + chunk.length
                    + " differs from the dataspace rank " + dims.length);
        }
        long chunkElems = 1;
        for (long c : chunk) {
            if (c <= 0) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimension " + c);
            }
            if (chunkElems > DatasetReader.MAX_READ_BYTES / c) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimensions too large");
            }
            chunkElems *= c;
        }
        long chunkBytesL = chunkElems * type.size();
        ReadLimits.check("maxChunkBytes", chunkBytesL, Math.min(DatasetReader.MAX_READ_BYTES, f.limits().maxChunkBytes()),
                "chunk size in bytes");
        return (int) chunkBytesL;
    }

    /** The table of every allocated chunk, listed once per handle. */
    ChunkTable table(long[] dims, int chunkBytes) {
        return chunkMap(dims, chunkBytes).table;
    }

    /** Table positions of the allocated chunks that intersect the box ({first, end} per dimension). */
    int[] chunksUnder(long[][] box, long[] dims, long[] chunk, int chunkBytes) {
        ChunkLookup index = chunkMap(dims, chunkBytes);
        ChunkTable t = index.table;
        // few chunks under the selection (a row, a small box): look each grid cell up; else filter the table
        long cells = 1;
        long[] lo = new long[dims.length];
        long[] hi = new long[dims.length];
        for (int d = 0; d < dims.length; d++) {
            lo[d] = box[d][0] / chunk[d];
            hi[d] = (box[d][1] - 1) / chunk[d];
            cells = cells > Long.MAX_VALUE / 2 ? cells : cells * (hi[d] - lo[d] + 1);
        }
        int[] out = new int[(int) Math.min(cells, t.size())];
        int n = 0;
        if (cells <= t.size()) {
            long[] cell = lo;
            for (long k = 0; k < cells; k++) {
                int c = index.at(cell);
                if (c >= 0) {
                    out[n++] = c;
                }
                for (int d = dims.length - 1; d >= 0; d--) {
                    if (++cell[d] <= hi[d]) {
                        break;
                    }
                    cell[d] = box[d][0] / chunk[d];
                }
            }
        } else {
            for (int i = 0; i < t.size(); i++) {
                if (t.overlaps(i, chunk, box)) {
                    out[n++] = i;
                }
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * A chunk's unfiltered bytes. A chunk the read takes whole ({@code whole}) is not needed again by it; caching
     * it would only keep a large read's every chunk alive (the cache still serves it when another read left it).
     */
    byte[] decoded(ChunkTable t, int i, int chunkBytes, long[] dims, boolean whole) {
        long address = t.address(i);
        Object e = f.chunkCache().get(address);
        byte[] b = e instanceof byte[] cached ? cached : null;
        if (e instanceof ChunkCache.Shuffled) {
            // read a few rows at a time before: unshuffle it whole now, for this and later reads
            b = f.chunkCache().unshuffleAll(address, chunkBytes);
            if (b != null) {
                f.chunkCache().put(address, b);
            }
        }
        if (b == null || b.length < chunkBytes) {
            // (shorter: the cache is keyed by storage, a corrupt file may point another dataset's chunk here)
            b = decodeChunk(t, i, chunkBytes, dims);
            if (!whole) {
                f.chunkCache().put(address, b);
            }
        }
        return b;
    }

    /**
     * Bytes [{@code from}, {@code from + len}) of a chunk of a shuffle + deflate dataset handed to {@code sink} at
     * {@code at}, the chunk kept in the cache inflated but shuffled so that this and later reads of a few rows
     * unshuffle only those; false, having done nothing, when the chunk needs the general path (cached unshuffled,
     * partly filtered, an unfiltered edge chunk, not a well-formed chunk).
     */
    boolean rowsOfShuffled(ChunkTable t, int i, int chunkBytes, long[] dims, int shuffleSize, int from, int len,
            long at, DatasetReader.PieceSink sink) {
        long address = t.address(i);
        ChunkCache cache = f.chunkCache();
        byte[][] bufs = FUSED_BUFFERS.get();
        if (bufs[2].length < len) {
            bufs[2] = new byte[Math.max(len, PIECE)];
        }
        if (!cache.gather(address, chunkBytes, shuffleSize, from, len, bufs[2])) {
            if (cache.get(address) != null || !fusable(t, i, chunkBytes, dims)) {
                return false;
            }
            int storedLen = (int) t.storedSize(i);
            if (bufs[0].length < storedLen) {
                bufs[0] = new byte[Math.max(storedLen, chunkBytes)];
            }
            try {
                f.readRaw(address, ByteBuffer.wrap(bufs[0], 0, storedLen));
            } catch (Hdf5Exception e) {
                return false; // the general path reports it with the chunk's details
            }
            ChunkCache.Shuffled slot = cache.take(chunkBytes, shuffleSize);
            byte[] planes = slot == null ? new byte[chunkBytes] : slot.slab();
            int base = slot == null ? 0 : slot.offset();
            if (!org.nwbj.hdf5.internal.filter.ShuffleDeflate.inflate(bufs[0], storedLen, planes, base,
                    chunkBytes)) {
                if (slot != null) {
                    cache.release(slot);
                }
                return false;
            }
            org.nwbj.hdf5.internal.filter.ShuffleDeflate.gather(planes, base, chunkBytes, shuffleSize, from, len,
                    bufs[2], 0);
            if (slot != null) {
                cache.put(address, slot);
            }
        }
        sink.accept(at, ByteBuffer.wrap(bufs[2], 0, len).slice());
        return true;
    }

    /** True when a chunk may take the fused shuffle + deflate paths (else the general path decodes or reports it). */
    private boolean fusable(ChunkTable t, int i, int chunkBytes, long[] dims) {
        long size = t.storedSize(i);
        return t.filterMask(i) == 0 && size > 0 && size <= chunkBytes + (chunkBytes >> 3) + 1024
                && !((layout.flags() & 1) != 0 && t.partialEdge(i, layout.chunkDims(), dims))
                && chunkBytes <= Math.max(4096, size * Math.min(f.limits().maxCompressionRatio(), 1L << 30));
    }

    /** The shuffle element size when the pipeline is exactly shuffle then deflate, else 0. */
    int shuffleThenDeflate() {
        if (pipeline == null || pipeline.filters().size() != 2) {
            return 0;
        }
        FilterPipeline.FilterInfo s = pipeline.filters().get(0);
        FilterPipeline.FilterInfo d = pipeline.filters().get(1);
        if (s.id() != 2 || d.id() != 1) {
            return 0;
        }
        int[] cd = s.clientData();
        return cd.length > 0 ? cd[0] : type.size();
    }

    /** Bytes of one unshuffled piece of the fused whole-chunk path: small enough to stay in the CPU cache. */
    private static final int PIECE = 64 << 10;

    /** Per thread: {stored, inflated, unshuffled piece} buffers of the fused shuffle + deflate decode. */
    private static final ThreadLocal<byte[][]> FUSED_BUFFERS = ThreadLocal.withInitial(() -> new byte[3][0]);

    /**
     * A whole chunk of a shuffle + deflate dataset inflated into a per-thread buffer and handed to the sink
     * unshuffled a cache-sized piece at a time (no allocation per chunk, no chunk-sized unshuffled copy); false,
     * having done nothing, when the chunk needs the general path (cached already, partly filtered, an unfiltered
     * edge chunk, or not exactly a well-formed chunk: the general path reports it).
     */
    boolean decodeFused(ChunkTable t, int i, int chunkBytes, long[] dims, int shuffleSize, long at,
            DatasetReader.PieceSink sink, boolean split) {
        if (!fusable(t, i, chunkBytes, dims) || f.chunkCache().get(t.address(i)) != null) {
            return false;
        }
        byte[][] bufs = FUSED_BUFFERS.get();
        int storedLen = (int) t.storedSize(i);
        if (bufs[0].length < storedLen) {
            bufs[0] = new byte[Math.max(storedLen, chunkBytes)];
        }
        if (bufs[1].length < chunkBytes) {
            bufs[1] = new byte[chunkBytes];
        }
        try {
            f.readRaw(t.address(i), ByteBuffer.wrap(bufs[0], 0, storedLen));
        } catch (Hdf5Exception e) {
            return false; // the general path reports it with the chunk's details
        }
        byte[] planes = bufs[1];
        if (!org.nwbj.hdf5.internal.filter.ShuffleDeflate.inflate(bufs[0], storedLen, planes, chunkBytes)) {
            return false;
        }
        int size = Math.max(1, shuffleSize);
        int n = chunkBytes / size;
        // a chunk that fits the CPU cache is unshuffled in one piece (fewer calls); larger ones piece by piece
        int per = chunkBytes <= 4 * PIECE ? Math.max(1, n) : Math.max(8, PIECE / size / 8 * 8);
        int pieces = (n + per - 1) / per;
        java.util.function.IntConsumer piece = k -> {
            // each thread unshuffles into its own piece buffer; the planes are only read
            byte[][] own = FUSED_BUFFERS.get();
            if (own[2].length < per * size) {
                own[2] = new byte[Math.max(PIECE, per * size)];
            }
            int e = k * per;
            int to = Math.min(n, e + per);
            org.nwbj.hdf5.internal.filter.ShuffleDeflate.unshuffleRange(planes, n, size, e, to, own[2]);
            sink.accept(at + (long) e * size, ByteBuffer.wrap(own[2], 0, (to - e) * size).slice());
        };
        if (split && pieces > 1) {
            // few chunks: a core with no chunk left to inflate unshuffles pieces of this one
            ParallelTasks.run(f.decodeExecutor(), pieces, piece);
        } else {
            for (int k = 0; k < pieces; k++) {
                piece.accept(k);
            }
        }
        if (n * size < chunkBytes) {
            // bytes past the last whole element are stored as they are
            sink.accept(at + (long) n * size, ByteBuffer.wrap(planes, n * size, chunkBytes - n * size).slice());
        }
        return true;
    }

    /** Bytes of one whole unfiltered chunk (chunked layouts only). */
    int chunkBytes() {
        long n = type.size();
        for (long c : layout.chunkDims()) {
            if (c <= 0 || n > DatasetReader.MAX_READ_BYTES / c) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimension " + c
                        + " gives a chunk over " + DatasetReader.MAX_READ_BYTES + " bytes");
            }
            n *= c;
        }
        if (n > DatasetReader.MAX_READ_BYTES) {
            throw new Hdf5Exception("chunk of " + n + " bytes is too large");
        }
        return (int) n;
    }

    /** Every allocated chunk (chunked layouts only), as the index lists them. */
    ChunkTable storedChunks() {
        return chunkMap(space.dims(), chunkBytes()).table;
    }

    /** The stored (filtered) bytes of a chunk. */
    byte[] storedBytes(StoredChunk c) {
        if (c.size() < 0 || c.size() > DatasetReader.MAX_READ_BYTES) {
            throw new Hdf5FormatException("Chunk", c.address(), "stored size " + c.size());
        }
        byte[] raw = new byte[(int) c.size()];
        f.readRaw(c.address(), ByteBuffer.wrap(raw));
        return raw;
    }

    /** The unfiltered bytes of a chunk. */
    byte[] decodedBytes(StoredChunk c) {
        return decodeChunk(c.address(), c.size(), c.filterMask(), storedUnfiltered(c), chunkBytes());
    }

    /** True when the chunk was stored without filters although the dataset has some (layout 4 edge chunks). */
    boolean storedUnfiltered(StoredChunk c) {
        if ((layout.flags() & 1) == 0) {
            return false;
        }
        long[] chunk = layout.chunkDims();
        long[] dims = space.dims();
        for (int d = 0; d < dims.length; d++) {
            if (c.origin()[d] + chunk[d] > dims[d]) {
                return true;
            }
        }
        return false;
    }

    private volatile ChunkLookup chunkMap;

    private ChunkLookup chunkMap(long[] dims, int chunkBytes) {
        ChunkLookup m = chunkMap;
        if (m == null) {
            m = new ChunkLookup(f.swmrRetried(() -> ChunkListing.list(f, h, layout, dims, space.maxDims(), chunkBytes,
                    pipeline != null)), dims, layout.chunkDims());
            chunkMap = m;
        }
        return m;
    }

    /** Stored sizes up to this are read without first comparing them with the file size (a read past the end fails). */
    private static final int SMALL_READ = 1 << 20;

    byte[] decodeChunk(ChunkTable t, int i, int chunkBytes, long[] dims) {
        return decodeChunk(t.address(i), t.storedSize(i), t.filterMask(i),
                (layout.flags() & 1) != 0 && t.partialEdge(i, layout.chunkDims(), dims), chunkBytes);
    }

    private byte[] decodeChunk(long address, long size, int mask, boolean unfilteredEdge, int chunkBytes) {
        // the file size is asked only for sizes worth checking: it is a system call, and small chunks are many
        if (size < 0 || size > DatasetReader.MAX_READ_BYTES || (size > SMALL_READ && size > f.storage().size())) {
            throw new Hdf5FormatException("Chunk", address, "stored size " + size + " (file size "
                    + f.storage().size() + ")");
        }
        byte[] raw = new byte[(int) size];
        f.readRaw(address, ByteBuffer.wrap(raw));
        int shuffleSize = unfilteredEdge || mask != 0 ? 0 : shuffleThenDeflate();
        if (shuffleSize > 0 && chunkBytes <= Math.max(4096, raw.length * Math.min(f.limits().maxCompressionRatio(),
                1L << 30))) {
            // shuffle + deflate fused through a per-thread scratch buffer: one chunk-sized allocation, the result
            byte[][] bufs = FUSED_BUFFERS.get();
            if (bufs[1].length < chunkBytes) {
                bufs[1] = new byte[chunkBytes];
            }
            byte[] out = new byte[chunkBytes];
            if (org.nwbj.hdf5.internal.filter.ShuffleDeflate.decode(raw, raw.length, bufs[1], chunkBytes, shuffleSize,
                    out)) {
                return out;
            }
            // not exactly one chunk: the filters below report it
        }
        if (pipeline != null && !unfilteredEdge) {
            List<FilterPipeline.FilterInfo> fs = pipeline.filters();
            for (int i = fs.size() - 1; i >= 0; i--) {
                if ((mask & (1 << i)) != 0) {
                    continue;
                }
                FilterPipeline.FilterInfo fi = fs.get(i);
                raw = Filters.require(fi.id()).decode(raw,
                        new FilterParameters(fi.clientData(), type.size(), chunkBytes, f.limits()));
            }
        }
        if (raw.length < chunkBytes) {
            throw new Hdf5FormatException("Chunk", address, "decoded to " + raw.length + " bytes, a chunk holds "
                    + chunkBytes);
        }
        return raw;
    }

    /** Lets a remote storage fetch the chunks of one selection together, in parallel, before they are decoded. */
    void prefetch(ChunkTable t, int[] chunks) {
        if (chunks.length > 1) {
            List<org.nwbj.hdf5.storage.ByteRange> ranges = new java.util.ArrayList<>();
            long start = -1;
            long end = -1;
            for (int i : chunks) {
                long at = f.base() + t.address(i);
                long size = t.storedSize(i);
                if (at < 0 || size <= 0) {
                    continue;
                }
                if (at == end && end - start + size <= ChunkRuns.MAX_RUN) {
                    end += size; // back to back with the previous chunk: one range (50,000 tiny chunks, few ranges)
                    continue;
                }
                if (start >= 0) {
                    ranges.add(new org.nwbj.hdf5.storage.ByteRange(start, end - start));
                }
                start = at;
                end = at + size;
            }
            if (start >= 0) {
                ranges.add(new org.nwbj.hdf5.storage.ByteRange(start, end - start));
            }
            f.storage().prefetch(ranges);
        }
    }

    /** Runs {@code task} for 0 .. n-1: on the decode threads when there are several filtered chunks. */
    void runAll(int n, java.util.function.IntConsumer task) {
        if (n > 1 && pipeline != null) {
            ParallelTasks.run(f.decodeExecutor(), n, task);
        } else {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
        }
    }
}
