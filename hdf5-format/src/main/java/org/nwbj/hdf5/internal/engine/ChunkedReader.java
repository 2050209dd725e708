package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.List;

import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.type.DataType;

/**
 * A selection of a chunked dataset: which chunks it touches and how their bytes reach the output, copied into a
 * selection-sized array ({@link #readChunked}) or handed on as pieces of whole rows ({@link #streamChunkedRows}).
 */
final class ChunkedReader {
    private final FileContext f;
    private final DataType type;
    private final Layout layout;
    private final FilterPipeline pipeline;
    private final byte[] fill;
    private final ChunkFetcher fetcher;

    ChunkedReader(FileContext f, DataType type, Layout layout, FilterPipeline pipeline, byte[] fill,
            ChunkFetcher fetcher) {
        this.f = f;
        this.type = type;
        this.layout = layout;
        this.pipeline = pipeline;
        this.fill = fill;
        this.fetcher = fetcher;
    }

    void readChunked(Selection sel, SelectionCopier copier, long[] dims, byte[] out) {
        long[] chunk = layout.chunkDims();
        int chunkBytes = fetcher.checkedChunkBytes(dims, chunk);
        long[][] box = copier.bounds();
        List<StoredChunk> chunks = fetcher.chunksUnder(box, dims, chunk, chunkBytes);
        fetcher.prefetch(chunks);
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.size() > 1) {
            boolean solidSelection = solid(sel, dims);
            ChunkRuns.read(f, chunks, chunkBytes, c -> fetcher.decoded(c, chunkBytes, dims, false), (c, buf, off) -> {
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
            tasks[i] = () -> copier.copy(fetcher.decoded(c, chunkBytes, dims, solidSelection && inside(c.origin(), chunk, box)),
                    c.origin(), chunk, out);
        }
        fetcher.runAll(tasks);
    }

    /**
     * Whole rows of a chunked dataset whose chunks span every dimension but the first, with no fill value: each
     * chunk's rows are then one run of the output, handed to {@code sink} straight from the decoded chunk.
     */
    boolean streamChunkedRows(Selection sel, long[] dims, long bytes, DatasetReader.PieceSink sink) {
        long[] chunk = layout.chunkDims();
        if (fill != null || chunk == null || chunk.length != dims.length) {
            return false;
        }
        for (int d = 1; d < dims.length; d++) {
            if (chunk[d] != dims[d]) {
                return false;
            }
        }
        int chunkBytes = fetcher.checkedChunkBytes(dims, chunk);
        long[][] box = new SelectionCopier(sel, type.size()).bounds();
        if (box == null || bytes == 0) {
            return true;
        }
        long rowBytes = (long) chunkBytes / chunk[0];
        long first = box[0][0];
        long end = box[0][1];
        List<StoredChunk> chunks = fetcher.chunksUnder(box, dims, chunk, chunkBytes);
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.size() > 1) {
            // many small chunks: read back-to-back ones together, hand rows that follow in the output as one piece
            ChunkRuns.Merger merger = new ChunkRuns.Merger(sink);
            ChunkRuns.read(f, chunks, chunkBytes, c -> fetcher.decoded(c, chunkBytes, dims, true), (c, buf, off) -> {
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
        int shuffleSize = fetcher.shuffleThenDeflate();
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
                if (whole && shuffleSize > 0 && fetcher.decodeFused(c, chunkBytes, dims, shuffleSize, at, sink)) {
                    return;
                }
                byte[] d = fetcher.decoded(c, chunkBytes, dims, whole);
                sink.accept(at, ByteBuffer.wrap(d, from, len).slice());
            };
        }
        fetcher.runAll(tasks);
        return true;
    }

    /** The selection is one block per dimension (no gaps between its elements). */
    private static boolean solid(Selection sel, long[] dims) {
        boolean solid = true;
        for (int d = 0; d < dims.length; d++) {
            solid &= sel.count()[d] == 1 || sel.stride()[d] == sel.block()[d];
        }
        return solid;
    }

    /** True when the chunk at {@code origin} lies wholly inside the box ({first, end} per dimension). */
    static boolean inside(long[] origin, long[] chunk, long[][] box) {
        for (int d = 0; d < chunk.length; d++) {
            if (origin[d] < box[d][0] || origin[d] + chunk[d] > box[d][1]) {
                return false;
            }
        }
        return true;
    }
}
