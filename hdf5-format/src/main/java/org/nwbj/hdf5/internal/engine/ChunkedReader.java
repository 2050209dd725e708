package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.Arrays;

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
        ChunkTable t = fetcher.table(dims, chunkBytes);
        int[] chunks = fetcher.chunksUnder(box, dims, chunk, chunkBytes);
        fetcher.prefetch(t, chunks);
        boolean solidSelection = solid(sel, dims);
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.length > 1) {
            ChunkRuns.read(f, t, chunks, chunkBytes, c -> fetcher.decoded(t, c, chunkBytes, dims, false),
                    (c, buf, off) -> {
                        if (solidSelection && t.inside(c, chunk, box)) {
                            ChunkBoxCopy.copy(buf, off, t, c, chunk, box, out, type.size());
                        } else {
                            copier.copy(off == 0 && buf.length == chunkBytes ? buf
                                    : Arrays.copyOfRange(buf, off, off + chunkBytes), t.origin(c), chunk, out);
                        }
                    });
            return;
        }
        fetcher.runAll(chunks.length, k -> {
            int c = chunks[k];
            copier.copy(fetcher.decoded(t, c, chunkBytes, dims, solidSelection && t.inside(c, chunk, box)),
                    t.origin(c), chunk, out);
        });
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
        ChunkTable t = fetcher.table(dims, chunkBytes);
        int[] chunks = fetcher.chunksUnder(box, dims, chunk, chunkBytes);
        fetcher.prefetch(t, chunks); // as readChunked does: a remote storage fetches them together
        if (pipeline == null && chunkBytes <= ChunkRuns.SMALL_CHUNK && chunks.length > 1) {
            // many small chunks: read back-to-back ones together, hand rows that follow in the output as one piece
            ChunkRuns.Merger merger = new ChunkRuns.Merger(sink);
            ChunkRuns.read(f, t, chunks, chunkBytes, c -> fetcher.decoded(t, c, chunkBytes, dims, true),
                    (c, buf, off) -> {
                        long o = t.origin(c, 0);
                        long a = Math.max(o, first);
                        long b = Math.min(Math.min(o + chunk[0], end), dims[0]);
                        if (a < b) {
                            merger.add(buf, off + (int) ((a - o) * rowBytes), (int) ((b - a) * rowBytes),
                                    (a - first) * rowBytes);
                        }
                    });
            merger.flush();
            return true;
        }
        int shuffleSize = fetcher.shuffleThenDeflate();
        // few large chunks (ten on two cores): idle cores unshuffle pieces of a chunk another core inflated
        boolean split = chunks.length <= 4 * Runtime.getRuntime().availableProcessors();
        fetcher.runAll(chunks.length, k -> {
            int c = chunks[k];
            long o = t.origin(c, 0);
            long a = Math.max(o, first);
            long b = Math.min(Math.min(o + chunk[0], end), dims[0]);
            if (a >= b) {
                return;
            }
            boolean whole = a == o && b == o + chunk[0];
            int from = (int) ((a - o) * rowBytes);
            int len = (int) ((b - a) * rowBytes);
            long at = (a - first) * rowBytes;
            if (shuffleSize > 0) {
                // a whole chunk: unshuffled piece by piece into the sink; a few rows: only those unshuffled
                if (whole ? fetcher.decodeFused(t, c, chunkBytes, dims, shuffleSize, at, sink, split)
                        : len <= chunkBytes / FEW_ROWS
                        && fetcher.rowsOfShuffled(t, c, chunkBytes, dims, shuffleSize, from, len, at, sink)) {
                    return;
                }
            }
            byte[] d = fetcher.decoded(t, c, chunkBytes, dims, whole);
            sink.accept(at, ByteBuffer.wrap(d, from, len).slice());
        });
        return true;
    }

    /** Reads of at most this fraction of a shuffled chunk keep it shuffled in the cache and unshuffle only their rows. */
    private static final int FEW_ROWS = 4;

    /** The selection is one block per dimension (no gaps between its elements). */
    private static boolean solid(Selection sel, long[] dims) {
        boolean solid = true;
        for (int d = 0; d < dims.length; d++) {
            solid &= sel.count()[d] == 1 || sel.stride()[d] == sel.block()[d];
        }
        return solid;
    }
}
