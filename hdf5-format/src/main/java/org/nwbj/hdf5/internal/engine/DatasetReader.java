package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.BTreeV1Node;
import org.nwbj.hdf5.internal.format.FillValue;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.VirtualMappings;
import org.nwbj.hdf5.type.DataType;

/** Reads a dataset's stored element bytes for a selection, from any layout and chunk index. */
public final class DatasetReader {
    /** The largest selection one call may return (a Java array). */
    public static final long MAX_READ_BYTES = Integer.MAX_VALUE - 16;
    private static final int MAX_BTREE_DEPTH = 64;

    private final FileContext f;
    private final ObjectHeader h;
    private final DataType type;
    private final Dataspace space;
    private final Layout layout;
    private final FilterPipeline pipeline;
    private final byte[] fill;
    private final VirtualReader virtual;

    public DatasetReader(FileContext f, ObjectHeader h) {
        this(f, h, null);
    }

    /** A reader that opens a virtual dataset's sources with {@code sources} (null: virtual reads are refused). */
    public DatasetReader(FileContext f, ObjectHeader h, VirtualSources sources) {
        this.f = f;
        this.h = h;
        this.type = Messages.datatype(f, h);
        this.space = Messages.dataspace(f, h);
        HeaderMessage lm = h.first(MessageType.LAYOUT);
        if (lm == null) {
            throw new Hdf5FormatException("ObjectHeader", h.address(), "dataset has no layout message");
        }
        this.layout = Layout.decode(lm.reader("LayoutMessage", f.ctx()));
        HeaderMessage pm = h.first(MessageType.FILTER_PIPELINE);
        this.pipeline = pm == null ? null : FilterPipeline.decode(Messages.body(f, pm, "FilterPipelineMessage"));
        this.fill = fillValue();
        if (layout.kind() == Layout.Kind.VIRTUAL && sources != null) {
            if (space.kind() != Dataspace.Kind.SIMPLE) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "virtual dataset without a simple "
                        + "dataspace");
            }
            ByteBuffer heap = GlobalHeap.object(f, layout.address(), (int) layout.size());
            this.virtual = new VirtualReader(type, space, VirtualMappings.decode(new FormatReader(heap,
                    layout.address(), "VirtualMappings", f.ctx())), sources);
        } else {
            this.virtual = null;
        }
    }

    /** The virtual dataset's reader, or null for other layouts. */
    public VirtualReader virtual() {
        return virtual;
    }

    public DataType type() {
        return type;
    }

    /** The dataspace; a virtual dataset's unlimited dimensions are sized by its sources, as the C library does. */
    public Dataspace space() {
        return virtual != null ? virtual.space() : space;
    }

    public Layout layout() {
        return layout;
    }

    public FilterPipeline pipeline() {
        return pipeline;
    }

    private byte[] fillValue() {
        HeaderMessage m = h.first(MessageType.FILL_VALUE);
        FillValue fv = null;
        if (m != null) {
            fv = FillValue.decode(Messages.body(f, m, "FillValueMessage"));
        }
        if ((fv == null || fv.value() == null) && h.first(MessageType.FILL_VALUE_OLD) != null) {
            fv = FillValue.decodeOld(Messages.body(f, h.first(MessageType.FILL_VALUE_OLD), "FillValueOldMessage"));
        }
        if (fv == null || fv.value() == null || fv.value().length != type.size()) {
            return null;
        }
        for (byte b : fv.value()) {
            if (b != 0) {
                return fv.value();
            }
        }
        return null;
    }

    /** Stored bytes of every element, in C order. */
    public byte[] readAll() {
        Dataspace space = space();
        if (space.kind() == Dataspace.Kind.NULL) {
            return new byte[0];
        }
        return read(Selection.all(space.dims()));
    }

    /** Stored bytes of the selected elements, in C order of the selection. */
    public byte[] read(Selection sel) {
        Dataspace space = space();
        if (space.kind() == Dataspace.Kind.NULL) {
            throw new Hdf5Exception("cannot select elements of a dataset with a null dataspace");
        }
        sel.checkWithin(space.dims());
        long bytes = byteCount(sel.elementCount(), type.size());
        ReadLimits.check("maxReadBytes", bytes, maxRead(), "reading " + sel.elementCount() + " elements of "
                + type.size() + " bytes; read it in parts or raise the limit");
        byte[] out = new byte[(int) bytes];
        if (fill != null) {
            for (int i = 0; i < out.length; i += fill.length) {
                System.arraycopy(fill, 0, out, i, fill.length);
            }
        }
        if (bytes == 0) {
            return out;
        }
        SelectionCopier copier = new SelectionCopier(sel, type.size());
        long[] dims = space.dims();
        switch (layout.kind()) {
            case COMPACT -> {
                ByteBuffer d = layout.compactData().duplicate();
                long need = byteCount(space.elementCount(), type.size());
                if (d.remaining() < need) {
                    throw new Hdf5FormatException("LayoutMessage", h.address(), "compact data holds "
                            + d.remaining() + " bytes, the dataspace needs " + need);
                }
                byte[] src = new byte[(int) need];
                d.get(src);
                copier.copy(src, new long[dims.length], dims, out);
            }
            case CONTIGUOUS -> readContiguous(sel, copier, dims, out);
            case CHUNKED -> readChunked(sel, copier, dims, out);
            case VIRTUAL -> {
                if (virtual == null) {
                    throw new Hdf5UnsupportedException("virtual datasets (VDS) read without their sources");
                }
                virtual.read(sel, out);
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private void readContiguous(Selection sel, SelectionCopier copier, long[] dims, byte[] out) {
        if (layout.address() == -1) {
            return; // never written: the fill value
        }
        long total = byteCount(space.elementCount(), type.size());
        if (layout.size() >= 0 && layout.size() < total) {
            throw new Hdf5FormatException("LayoutMessage", h.address(), "contiguous storage of " + layout.size()
                    + " bytes is smaller than the dataspace's " + total);
        }
        if (dims.length == 0) {
            ByteBuffer b = ByteBuffer.wrap(out);
            f.readRaw(layout.address(), b);
            return;
        }
        // read only the rows (first dimension) the selection's bounding box touches
        long[][] box = copier.bounds();
        long rowBytes = total / Math.max(1, dims[0]);
        long first = box[0][0];
        long end = box[0][1];
        if (wholeRows(sel, dims)) {
            // the selection is a run of whole rows: its bytes are stored exactly as the output wants them
            f.readRaw(layout.address() + first * rowBytes, ByteBuffer.wrap(out));
            return;
        }
        long n = (end - first) * rowBytes;
        ReadLimits.check("maxReadBytes", n, maxRead(), "selection spans bytes of storage");
        byte[] src = new byte[(int) n];
        f.readRaw(layout.address() + first * rowBytes, ByteBuffer.wrap(src));
        long[] origin = new long[dims.length];
        origin[0] = first;
        long[] srcDims = dims.clone();
        srcDims[0] = end - first;
        copier.copy(src, origin, srcDims, out);
    }

    /**
     * Receives a piece of a selection's stored bytes: {@code offset} is the piece's byte offset in the selection.
     * The buffer is reused once the call returns: copy what it holds.
     */
    public interface PieceSink {
        void accept(long offset, ByteBuffer piece);
    }

    /** Bytes per piece of {@link #streamRows} from contiguous storage: small enough for the CPU cache, large for few system calls. */
    private static final int PIECE = 1 << 20;
    private static final ThreadLocal<ByteBuffer> PIECE_BUFFERS = new ThreadLocal<>();

    /**
     * When the selection is a run of whole rows of an allocated contiguous dataset (read in pieces through a direct
     * buffer) or of a chunked dataset whose chunks are whole rows (a piece per decoded chunk), hands its stored
     * bytes to {@code sink}, on several threads when there are many pieces, and returns true; otherwise does
     * nothing and returns false. Lets a caller convert straight into a primitive array, with no selection-sized
     * byte[] in between. Pieces do not overlap; parts of the selection no piece covers hold zeros.
     */
    public boolean streamRows(Selection sel, PieceSink sink) {
        if (space.kind() != Dataspace.Kind.SIMPLE || (layout.kind() != Layout.Kind.CONTIGUOUS
                && layout.kind() != Layout.Kind.CHUNKED)) {
            return false;
        }
        long[] dims = space.dims();
        sel.checkWithin(dims);
        if (dims.length == 0 || !wholeRows(sel, dims)) {
            return false;
        }
        if (layout.kind() == Layout.Kind.CHUNKED) {
            long bytes = byteCount(sel.elementCount(), type.size());
            ReadLimits.check("maxReadBytes", bytes, maxRead(), "reading " + sel.elementCount() + " elements of "
                    + type.size() + " bytes; read it in parts or raise the limit");
            return streamChunkedRows(sel, dims, bytes, sink);
        }
        if (layout.address() == -1) {
            return false;
        }
        long total = byteCount(space.elementCount(), type.size());
        if (layout.size() >= 0 && layout.size() < total) {
            throw new Hdf5FormatException("LayoutMessage", h.address(), "contiguous storage of " + layout.size()
                    + " bytes is smaller than the dataspace's " + total);
        }
        long bytes = byteCount(sel.elementCount(), type.size());
        ReadLimits.check("maxReadBytes", bytes, maxRead(), "reading " + sel.elementCount() + " elements of "
                + type.size() + " bytes; read it in parts or raise the limit");
        long[][] box = new SelectionCopier(sel, type.size()).bounds();
        if (box == null || bytes == 0) {
            return true;
        }
        long start = layout.address() + box[0][0] * (total / Math.max(1, dims[0]));
        int piece = Math.max(1, PIECE / type.size()) * type.size();
        int pieces = (int) ((bytes + piece - 1) / piece);
        java.util.function.IntConsumer one = i -> {
            ByteBuffer buf = PIECE_BUFFERS.get();
            if (buf == null || buf.capacity() < piece) {
                buf = ByteBuffer.allocateDirect(PIECE + type.size());
                PIECE_BUFFERS.set(buf);
            }
            long off = (long) i * piece;
            int n = (int) Math.min(piece, bytes - off);
            ((java.nio.Buffer) buf).clear();
            ((java.nio.Buffer) buf).limit(n);
            f.readRaw(start + off, buf);
            ((java.nio.Buffer) buf).flip();
            sink.accept(off, buf);
        };
        if (pieces >= 8) {
            ParallelTasks.run(f.decodeExecutor(), pieces, one);
        } else {
            for (int i = 0; i < pieces; i++) {
                one.accept(i);
            }
        }
        return true;
    }

    /** True when the selection is rows [a, b) with every element of the other dimensions. */
    private static boolean wholeRows(Selection sel, long[] dims) {
        if (sel.count()[0] > 1 && sel.stride()[0] != sel.block()[0]) {
            return false;
        }
        for (int d = 1; d < dims.length; d++) {
            if (sel.start()[d] != 0 || sel.count()[d] * sel.block()[d] != dims[d]
                    || (sel.count()[d] > 1 && sel.stride()[d] != sel.block()[d])) {
                return false;
            }
        }
        return true;
    }

    private void readChunked(Selection sel, SelectionCopier copier, long[] dims, byte[] out) {
        long[] chunk = layout.chunkDims();
        int chunkBytes = checkedChunkBytes(dims, chunk);
        long[][] box = copier.bounds();
        List<StoredChunk> chunks = chunksUnder(box, dims, chunk, chunkBytes);
        prefetch(chunks);
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.size() > 1) {
            boolean solidSelection = solid(sel, dims);
            ChunkRuns.read(f, chunks, chunkBytes, c -> decoded(c, chunkBytes, dims, false), (c, buf, off) -> {
                if (solidSelection && inside(c.origin(), chunk, box)) {
                    ChunkBoxCopy.copy(buf, off, c.origin(), chunk, box, out, type.size());
                } else {
                    copier.copy(off == 0 && buf.length == chunkBytes ? buf
                            : java.util.Arrays.copyOfRange(buf, off, off + chunkBytes), c.origin(), chunk, out);
                }
            });
            return;
        }
        boolean solidSelection = solid(sel, dims);
        Runnable[] tasks = new Runnable[chunks.size()];
        for (int i = 0; i < tasks.length; i++) {
            StoredChunk c = chunks.get(i);
            tasks[i] = () -> copier.copy(decoded(c, chunkBytes, dims, solidSelection && inside(c.origin(), chunk, box)),
                    c.origin(), chunk, out);
        }
        runAll(tasks);
    }

    /** Lets a remote storage fetch the chunks of one selection together, in parallel, before they are decoded. */
    private void prefetch(List<StoredChunk> chunks) {
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

    private void runAll(Runnable[] tasks) {
        if (tasks.length > 1 && pipeline != null) {
            ParallelTasks.run(f.decodeExecutor(), tasks.length, i -> tasks[i].run());
        } else {
            for (Runnable t : tasks) {
                t.run();
            }
        }
    }

    /** The selection is one block per dimension (no gaps between its elements). */
    private static boolean solid(Selection sel, long[] dims) {
        boolean solid = true;
        for (int d = 0; d < dims.length; d++) {
            solid &= sel.count()[d] == 1 || sel.stride()[d] == sel.block()[d];
        }
        return solid;
    }

    /** The validated size in bytes of one unfiltered chunk. */
    private int checkedChunkBytes(long[] dims, long[] chunk) {
        if (chunk.length != dims.length) {
            throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk rank " + chunk.length
                    + " differs from the dataspace rank " + dims.length);
        }
        long chunkElems = 1;
        for (long c : chunk) {
            if (c <= 0) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimension " + c);
            }
            if (chunkElems > MAX_READ_BYTES / c) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimensions too large");
            }
            chunkElems *= c;
        }
        long chunkBytesL = chunkElems * type.size();
        ReadLimits.check("maxChunkBytes", chunkBytesL, Math.min(MAX_READ_BYTES, f.limits().maxChunkBytes()),
                "chunk size in bytes");
        return (int) chunkBytesL;
    }

    /** The allocated chunks that intersect the box ({first, end} per dimension). */
    private List<StoredChunk> chunksUnder(long[][] box, long[] dims, long[] chunk, int chunkBytes) {
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
    private byte[] decoded(StoredChunk c, int chunkBytes, long[] dims, boolean whole) {
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

    /**
     * Whole rows of a chunked dataset whose chunks span every dimension but the first, with no fill value: each
     * chunk's rows are then one run of the output, handed to {@code sink} straight from the decoded chunk.
     */
    private boolean streamChunkedRows(Selection sel, long[] dims, long bytes, PieceSink sink) {
        long[] chunk = layout.chunkDims();
        if (fill != null || chunk == null || chunk.length != dims.length) {
            return false;
        }
        for (int d = 1; d < dims.length; d++) {
            if (chunk[d] != dims[d]) {
                return false;
            }
        }
        int chunkBytes = checkedChunkBytes(dims, chunk);
        long[][] box = new SelectionCopier(sel, type.size()).bounds();
        if (box == null || bytes == 0) {
            return true;
        }
        long rowBytes = (long) chunkBytes / chunk[0];
        long first = box[0][0];
        long end = box[0][1];
        List<StoredChunk> chunks = chunksUnder(box, dims, chunk, chunkBytes);
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.size() > 1) {
            // many small chunks: read back-to-back ones together, hand rows that follow in the output as one piece
            ChunkRuns.Merger merger = new ChunkRuns.Merger(sink);
            ChunkRuns.read(f, chunks, chunkBytes, c -> decoded(c, chunkBytes, dims, true), (c, buf, off) -> {
                long o = c.origin()[0];
                long a = Math.max(o, first);
                long b = Math.min(Math.min(o + chunk[0], end), dims[0]);
                if (a < b) {
                    merger.add(buf, off + (int) ((a - o) * rowBytes), (int) ((b - a) * rowBytes), (a - first) * rowBytes);
                }
            });
            merger.flush();
            return true;
        }
        int shuffleSize = shuffleThenDeflate();
        Runnable[] tasks = new Runnable[chunks.size()];
        for (int i = 0; i < tasks.length; i++) {
            StoredChunk c = chunks.get(i);
            tasks[i] = () -> {
                long o = c.origin()[0];
                long a = Math.max(o, first);
                long b = Math.min(Math.min(o + chunk[0], end), dims[0]);
                if (a >= b) {
                    return;
                }
                boolean whole = a == o && b == o + chunk[0];
                int from = (int) ((a - o) * rowBytes);
                int len = (int) ((b - a) * rowBytes);
                long at = (a - first) * rowBytes;
                if (whole && shuffleSize > 0 && decodeFused(c, chunkBytes, dims, shuffleSize, at, sink)) {
                    return;
                }
                byte[] d = decoded(c, chunkBytes, dims, whole);
                sink.accept(at, ByteBuffer.wrap(d, from, len).slice());
            };
        }
        runAll(tasks);
        return true;
    }

    /** The shuffle element size when the pipeline is exactly shuffle then deflate, else 0. */
    private int shuffleThenDeflate() {
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
    private boolean decodeFused(StoredChunk c, int chunkBytes, long[] dims, int shuffleSize, long at,
            PieceSink sink) {
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

    /** True when the chunk at {@code origin} lies wholly inside the box ({first, end} per dimension). */
    private static boolean inside(long[] origin, long[] chunk, long[][] box) {
        for (int d = 0; d < chunk.length; d++) {
            if (origin[d] < box[d][0] || origin[d] + chunk[d] > box[d][1]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of one whole unfiltered chunk (chunked layouts only). */
    int chunkBytes() {
        long n = type.size();
        for (long c : layout.chunkDims()) {
            if (c <= 0 || n > MAX_READ_BYTES / c) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "chunk dimension " + c
                        + " gives a chunk over " + MAX_READ_BYTES + " bytes");
            }
            n *= c;
        }
        if (n > MAX_READ_BYTES) {
            throw new Hdf5Exception("chunk of " + n + " bytes is too large");
        }
        return (int) n;
    }

    /** Every allocated chunk (chunked layouts only), as the index lists them. */
    List<StoredChunk> storedChunks() {
        return chunkMap(space.dims(), chunkBytes()).all;
    }

    /** Bytes the elements take in the file (filtered chunk sizes summed); 0 when no storage is allocated. */
    public long storedSize() {
        return switch (layout.kind()) {
            case COMPACT -> layout.compactData() == null ? 0 : layout.compactData().remaining();
            case CONTIGUOUS -> layout.address() == -1 ? 0 : layout.size();
            case CHUNKED -> storedChunks().stream().mapToLong(StoredChunk::size).sum();
            case VIRTUAL -> 0;
        };
    }

    /** How many chunks are allocated (chunked layouts), else 0. */
    public int storedChunkCount() {
        return layout.kind() == Layout.Kind.CHUNKED ? storedChunks().size() : 0;
    }

    /** The stored (filtered) bytes of a chunk. */
    byte[] storedBytes(StoredChunk c) {
        if (c.size() < 0 || c.size() > MAX_READ_BYTES) {
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

    /** The fill value bytes, or null for the default (zeros). */
    byte[] fill() {
        return fill == null ? null : fill.clone();
    }

    private volatile ChunkLookup chunkMap;

    /** {@code count * size}, saturated at Long.MAX_VALUE: a corrupt dataspace must fail a size check, not overflow. */
    static long byteCount(long count, int size) {
        return size > 0 && count > Long.MAX_VALUE / size ? Long.MAX_VALUE : count * size;
    }

    private long maxRead() {
        return Math.min(MAX_READ_BYTES, f.limits().maxReadBytes());
    }

    private ChunkLookup chunkMap(long[] dims, int chunkBytes) {
        ChunkLookup m = chunkMap;
        if (m == null) {
            m = new ChunkLookup(ChunkIndexes.list(f, h, layout, dims, space.maxDims(), chunkBytes, pipeline != null),
                    dims, layout.chunkDims());
            chunkMap = m;
        }
        return m;
    }

    /** Stored sizes up to this are read without first comparing them with the file size (a read past the end fails). */
    private static final int SMALL_READ = 1 << 20;

    private byte[] decodeChunk(StoredChunk c, int chunkBytes, long[] dims) {
        // the file size is asked only for sizes worth checking: it is a system call, and small chunks are many
        if (c.size() < 0 || c.size() > MAX_READ_BYTES || (c.size() > SMALL_READ && c.size() > f.storage().size())) {
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

    private boolean isPartialEdge(StoredChunk c, long[] dims) {
        long[] chunk = layout.chunkDims();
        for (int d = 0; d < dims.length; d++) {
            if (c.origin()[d] + chunk[d] > dims[d]) {
                return true;
            }
        }
        return false;
    }

    /** Chunk indexes: every allocated chunk of a dataset with its coordinates. */
    static final class ChunkIndexes {
        private ChunkIndexes() {
        }

        static List<StoredChunk> list(FileContext f, ObjectHeader h, Layout layout, long[] dims, long[] maxDims,
                int chunkBytes, boolean filtered) {
            List<StoredChunk> out = new ArrayList<>();
            if (layout.address() == -1) {
                return out;
            }
            long[] chunk = layout.chunkDims();
            switch (layout.indexType()) {
                case Layout.INDEX_BTREE_V1 -> btreeV1(f, layout.address(), chunk.length, out, new HashSet<>(), 0);
                case Layout.INDEX_SINGLE -> out.add(new StoredChunk(new long[chunk.length], layout.address(),
                        filtered && (layout.flags() & 2) != 0 ? layout.singleFilteredSize() : chunkBytes,
                        layout.singleFilterMask()));
                case Layout.INDEX_IMPLICIT -> {
                    long n = 1;
                    long[] grid = grid(maxDims, dims, chunk);
                    for (long g : grid) {
                        n *= g;
                    }
                    for (long i = 0; i < n; i++) {
                        out.add(new StoredChunk(origin(i, grid, chunk), layout.address() + i * chunkBytes,
                                chunkBytes, 0));
                    }
                }
                default -> NewChunkIndexes.list(f, layout, dims, maxDims, chunkBytes, filtered, out);
            }
            return out;
        }

        /** Number of chunks per dimension over the maximum dimensions (current ones where unlimited). */
        static long[] grid(long[] maxDims, long[] dims, long[] chunk) {
            long[] g = new long[chunk.length];
            for (int d = 0; d < chunk.length; d++) {
                long m = maxDims[d] == Dataspace.UNLIMITED ? dims[d] : maxDims[d];
                g[d] = (m + chunk[d] - 1) / chunk[d];
            }
            return g;
        }

        static long[] origin(long linear, long[] grid, long[] chunk) {
            long[] o = new long[grid.length];
            for (int d = grid.length - 1; d >= 0; d--) {
                o[d] = (linear % grid[d]) * chunk[d];
                linear /= grid[d];
            }
            return o;
        }

        private static void btreeV1(FileContext f, long address, int rank, List<StoredChunk> out, Set<Long> seen,
                int depth) {
            if (depth > MAX_BTREE_DEPTH || !seen.add(address)) {
                throw new Hdf5FormatException("ChunkBTree", address, "node visited twice or tree deeper than "
                        + MAX_BTREE_DEPTH);
            }
            // the node size depends on K, which only the superblock (v1) or default 32 gives; read what is there
            long size = BTreeV1Node.size(f.ctx(), 1, Math.max(f.superblock().chunkBTreeK(), 32), rank);
            ByteBuffer buf = f.readUpTo(address, (int) Math.min(size * 2, f.maxMetadataBlock()));
            BTreeV1Node node = BTreeV1Node.decode(new FormatReader(buf, address, "ChunkBTreeNode", f.ctx()), 1, rank);
            for (int i = 0; i < node.children().length; i++) {
                if (node.level() > 0) {
                    btreeV1(f, node.children()[i], rank, out, seen, depth + 1);
                } else {
                    long[] key = node.chunkKeys().get(i);
                    long[] origin = new long[rank];
                    System.arraycopy(key, 2, origin, 0, rank);
                    out.add(new StoredChunk(origin, node.children()[i], key[0], (int) key[1]));
                }
            }
        }
    }
}
