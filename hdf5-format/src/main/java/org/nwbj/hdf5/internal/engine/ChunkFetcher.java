package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
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

    /** The allocated chunks that intersect the box ({first, end} per dimension). */
    List<StoredChunk> chunksUnder(long[][] box, long[] dims, long[] chunk, int chunkBytes) {
        ChunkLookup index = chunkMap(dims, chunkBytes);
        List<StoredChunk> chunks = new ArrayList<>();
        // few chunks under the selection (a row, a small box): look each grid cell up; else filter the list
        long cells = 1;
        long[] lo = new long[dims.length];
        long[] hi = new long[dims.length];
        for (int d = 0; d < dims.length; d++) {
            lo[d] = box[d][0] / chunk[d];
            hi[d] = (box[d][1] - 1) / chunk[d];
            cells = cells > Long.MAX_VALUE / 2 ? cells : cells * (hi[d] - lo[d] + 1);
        }
        if (cells <= index.all.size()) {
            long[] cell = lo.clone();
            for (long n = 0; n < cells; n++) {
                StoredChunk c = index.at(cell);
                if (c != null) {
                    chunks.add(c);
                }
                for (int d = dims.length - 1; d >= 0; d--) {
                    if (++cell[d] <= hi[d]) {
                        break;
                    }
                    cell[d] = lo[d];
                }
            }
        } else {
            for (StoredChunk c : index.all) {
                boolean hit = true;
                for (int d = 0; d < dims.length && hit; d++) {
                    hit = c.origin()[d] < box[d][1] && c.origin()[d] + chunk[d] > box[d][0];
                }
                if (hit) {
                    chunks.add(c);
                }
            }
        }
        return chunks;
    }

    /**
     * A chunk's unfiltered bytes. A chunk the read takes whole ({@code whole}) is not needed again by it; caching
     * it would only keep a large read's every chunk alive (the cache still serves it when another read left it).
     */
    byte[] decoded(StoredChunk c, int chunkBytes, long[] dims, boolean whole) {
        byte[] b;
        if (whole) {
            b = f.chunkCache().peek(c.address());
            if (b == null) {
                b = decodeChunk(c, chunkBytes, dims);
            }
        } else {
            b = f.chunkCache().get(c.address(), c.size(), () -> decodeChunk(c, chunkBytes, dims));
        }
        if (b.length < chunkBytes) {
            // the cache is keyed by storage: a corrupt file may point another dataset's chunk here
            b = decodeChunk(c, chunkBytes, dims);
        }
        return b;
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

    /** Per thread: {stored, inflated, unshuffled} buffers of the fused shuffle + deflate decode. */
    private static final ThreadLocal<byte[][]> FUSED_BUFFERS = ThreadLocal.withInitial(() -> new byte[3][0]);

    /**
     * A whole chunk of a shuffle + deflate dataset decoded into per-thread buffers and handed to the sink (no
     * allocation per chunk); false, having done nothing, when the chunk needs the general path (cached already,
     * partly filtered, an unfiltered edge chunk, or not exactly a well-formed chunk: the general path reports it).
     */
    boolean decodeFused(StoredChunk c, int chunkBytes, long[] dims, int shuffleSize, long at,
            DatasetReader.PieceSink sink) {
        if (c.filterMask() != 0 || c.size() <= 0 || c.size() > chunkBytes + (chunkBytes >> 3) + 1024
                || ((layout.flags() & 1) != 0 && isPartialEdge(c, dims))
                || chunkBytes > Math.max(4096, c.size() * Math.min(f.limits().maxCompressionRatio(), 1L << 30))
                || f.chunkCache().peek(c.address()) != null) {
            return false;
        }
        byte[][] bufs = FUSED_BUFFERS.get();
        int storedLen = (int) c.size();
        if (bufs[0].length < storedLen) {
            bufs[0] = new byte[Math.max(storedLen, chunkBytes)];
        }
        if (bufs[1].length < chunkBytes) {
            bufs[1] = new byte[chunkBytes];
            bufs[2] = new byte[chunkBytes];
        }
        try {
            f.readRaw(c.address(), ByteBuffer.wrap(bufs[0], 0, storedLen));
        } catch (Hdf5Exception e) {
            return false; // the general path reports it with the chunk's details
        }
        if (!org.nwbj.hdf5.internal.filter.ShuffleDeflate.decode(bufs[0], storedLen, bufs[1], chunkBytes,
                shuffleSize, bufs[2])) {
            return false;
        }
        sink.accept(at, ByteBuffer.wrap(bufs[2], 0, chunkBytes).slice());
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
    List<StoredChunk> storedChunks() {
        return chunkMap(space.dims(), chunkBytes()).all;
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
        return decodeChunk(c, chunkBytes(), space.dims());
    }

    /** True when the chunk was stored without filters although the dataset has some (layout 4 edge chunks). */
    boolean storedUnfiltered(StoredChunk c) {
        return (layout.flags() & 1) != 0 && isPartialEdge(c, space.dims());
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

    byte[] decodeChunk(StoredChunk c, int chunkBytes, long[] dims) {
        // the file size is asked only for sizes worth checking: it is a system call, and small chunks are many
        if (c.size() < 0 || c.size() > DatasetReader.MAX_READ_BYTES || (c.size() > SMALL_READ && c.size() > f.storage().size())) {
            throw new Hdf5FormatException("Chunk", c.address(), "stored size " + c.size() + " (file size "
                    + f.storage().size() + ")");
        }
        byte[] raw = new byte[(int) c.size()];
        f.readRaw(c.address(), ByteBuffer.wrap(raw));
        boolean unfilteredEdge = (layout.flags() & 1) != 0 && isPartialEdge(c, dims);
        int shuffleSize = unfilteredEdge || c.filterMask() != 0 ? 0 : shuffleThenDeflate();
        if (shuffleSize > 0 && chunkBytes <= Math.max(4096, raw.length * Math.min(f.limits().maxCompressionRatio(),
                1L << 30))) {
            // shuffle + deflate fused through a per-thread scratch buffer: one chunk-sized allocation, the result
            byte[][] bufs = FUSED_BUFFERS.get();
            if (bufs[1].length < chunkBytes) {
                bufs[1] = new byte[chunkBytes];
                bufs[2] = new byte[chunkBytes];
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
                if ((c.filterMask() & (1 << i)) != 0) {
                    continue;
                }
                FilterPipeline.FilterInfo fi = fs.get(i);
                raw = Filters.require(fi.id()).decode(raw,
                        new FilterParameters(fi.clientData(), type.size(), chunkBytes, f.limits()));
            }
        }
        if (raw.length < chunkBytes) {
            throw new Hdf5FormatException("Chunk", c.address(), "decoded to " + raw.length + " bytes, a chunk holds "
                    + chunkBytes);
        }
        return raw;
    }

    boolean isPartialEdge(StoredChunk c, long[] dims) {
        long[] chunk = layout.chunkDims();
        for (int d = 0; d < dims.length; d++) {
            if (c.origin()[d] + chunk[d] > dims[d]) {
                return true;
            }
        }
        return false;
    }

    /** Lets a remote storage fetch the chunks of one selection together, in parallel, before they are decoded. */
    void prefetch(List<StoredChunk> chunks) {
        if (chunks.size() > 1) {
            List<org.nwbj.hdf5.storage.ByteRange> ranges = new java.util.ArrayList<>(chunks.size());
            for (StoredChunk c : chunks) {
                long at = f.base() + c.address();
                if (at >= 0 && c.size() > 0) {
                    ranges.add(new org.nwbj.hdf5.storage.ByteRange(at, c.size()));
                }
            }
            f.storage().prefetch(ranges);
        }
    }

    void runAll(Runnable[] tasks) {
        if (tasks.length > 1 && pipeline != null) {
            ParallelTasks.run(f.decodeExecutor(), tasks.length, i -> tasks[i].run());
        } else {
            for (Runnable t : tasks) {
                t.run();
            }
        }
    }
}
