package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
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

    private final FileContext f;
    private final ObjectHeader h;
    private final DataType type;
    private final Dataspace space;
    private final Layout layout;
    private final FilterPipeline pipeline;
    private final byte[] fill;
    private final VirtualReader virtual;
    private final ChunkFetcher fetcher;
    private final ChunkedReader chunked;

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
        this.fetcher = new ChunkFetcher(f, h, type, space, layout, pipeline);
        this.chunked = new ChunkedReader(f, type, layout, pipeline, fill, fetcher);
        if (layout.kind() == Layout.Kind.VIRTUAL && sources != null) {
            if (space.kind() != Dataspace.Kind.SIMPLE) {
                throw new Hdf5FormatException("LayoutMessage", h.address(), "virtual dataset without a simple "
                        + "dataspace");
            }
            ByteBuffer heap = GlobalHeap.object(f, layout.address(), (int) layout.size());
            this.virtual = new VirtualReader(type, space, VirtualMappings.decode(new FormatReader(heap,
                    layout.address(), "VirtualMappings", f.ctx())), sources,
                    f.virtualView() == org.nwbj.hdf5.VirtualView.FIRST_MISSING, f.virtualPrintfGap());
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
            case CHUNKED -> chunked.readChunked(sel, copier, dims, out);
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
            return chunked.streamChunkedRows(sel, dims, bytes, sink);
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










    /** Bytes the elements take in the file (filtered chunk sizes summed); 0 when no storage is allocated. */
    public long storedSize() {
        return switch (layout.kind()) {
            case COMPACT -> layout.compactData() == null ? 0 : layout.compactData().remaining();
            case CONTIGUOUS -> layout.address() == -1 ? 0 : layout.size();
            case CHUNKED -> chunkTable().storedBytes();
            case VIRTUAL -> 0;
        };
    }

    /** How many chunks are allocated (chunked layouts), else 0. */
    public int storedChunkCount() {
        return layout.kind() == Layout.Kind.CHUNKED ? chunkTable().size() : 0;
    }


    /** Bytes of one whole unfiltered chunk (chunked layouts only). */
    public int chunkBytes() {
        return fetcher.chunkBytes();
    }

    /** Every allocated chunk (chunked layouts only), as the index lists them. */
    public ChunkTable chunkTable() {
        return fetcher.storedChunks();
    }

    /** Every allocated chunk (chunked layouts only) as records, made when asked for (see {@link #chunkTable}). */
    public List<StoredChunk> storedChunks() {
        return chunkTable().asList();
    }

    /** The stored (filtered) bytes of a chunk. */
    public byte[] storedBytes(StoredChunk c) {
        return fetcher.storedBytes(c);
    }

    /** The unfiltered bytes of a chunk. */
    public byte[] decodedBytes(StoredChunk c) {
        return fetcher.decodedBytes(c);
    }

    /** True when the chunk was stored without filters although the dataset has some (layout 4 edge chunks). */
    public boolean storedUnfiltered(StoredChunk c) {
        return fetcher.storedUnfiltered(c);
    }

    /** The fill value bytes, or null for the default (zeros). */
    public byte[] fill() {
        return fill == null ? null : fill.clone();
    }


    /** {@code count * size}, saturated at Long.MAX_VALUE: a corrupt dataspace must fail a size check, not overflow. */
    static long byteCount(long count, int size) {
        return size > 0 && count > Long.MAX_VALUE / size ? Long.MAX_VALUE : count * size;
    }

    private long maxRead() {
        return Math.min(MAX_READ_BYTES, f.limits().maxReadBytes());
    }

    /** Chunk grid arithmetic, kept here for the writer's callers (the listing itself is {@link ChunkListing}). */
    public static final class ChunkIndexes {
        private ChunkIndexes() {
        }

        /** Number of chunks per dimension over the maximum dimensions (current ones where unlimited). */
        public static long[] grid(long[] maxDims, long[] dims, long[] chunk) {
            return ChunkListing.grid(maxDims, dims, chunk);
        }
    }
}
