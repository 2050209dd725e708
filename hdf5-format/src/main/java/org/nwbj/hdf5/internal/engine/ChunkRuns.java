package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Function;

/**
 * Reads small unfiltered chunks that lie back to back in the file with one read per run of them: a dataset of
 * 50,000 chunks of a few bytes then costs a handful of system calls instead of one per chunk.
 */
final class ChunkRuns {
    /** Chunks up to this size are read in runs; larger ones gain nothing from it. */
    static final int SMALL_CHUNK = 64 << 10;
    /** Most bytes one run reads. */
    static final int MAX_RUN = 1 << 20;

    /** Receives one chunk's bytes: {@code chunkBytes} bytes of {@code buf} from {@code offset}. */
    interface Visitor {
        void accept(StoredChunk c, byte[] buf, int offset);
    }

    private ChunkRuns() {
    }

    /**
     * Hands every chunk of {@code chunks}, in list order, to {@code v}. Chunks whose stored size is not exactly
     * {@code chunkBytes} (or whose address is not a plain file offset) come from {@code single} instead, which
     * reports what is wrong with them.
     */
    static void read(FileContext f, List<StoredChunk> chunks, int chunkBytes, Function<StoredChunk, byte[]> single,
            Visitor v) {
        int n = chunks.size();
        int i = 0;
        while (i < n) {
            StoredChunk c = chunks.get(i);
            if (!plain(c, chunkBytes)) {
                v.accept(c, single.apply(c), 0);
                i++;
                continue;
            }
            long start = c.address();
            long end = start + chunkBytes;
            int j = i + 1;
            while (j < n && end - start + chunkBytes <= MAX_RUN) {
                StoredChunk next = chunks.get(j);
                if (next.address() != end || !plain(next, chunkBytes)) {
                    break;
                }
                end += chunkBytes;
                j++;
            }
            byte[] buf = new byte[(int) (end - start)];
            f.readRaw(start, ByteBuffer.wrap(buf));
            for (int k = i; k < j; k++) {
                v.accept(chunks.get(k), buf, (int) (chunks.get(k).address() - start));
            }
            i = j;
        }
    }

    private static boolean plain(StoredChunk c, int chunkBytes) {
        return c.size() == chunkBytes && c.address() >= 0 && c.address() <= Long.MAX_VALUE - MAX_RUN;
    }

    /**
     * Joins pieces that follow each other both in a buffer and in the output into one, so a run of whole-row
     * chunks reaches the sink as one piece.
     */
    static final class Merger {
        private final DatasetReader.PieceSink sink;
        private byte[] buf;
        private int from;
        private int len;
        private long at;

        Merger(DatasetReader.PieceSink sink) {
            this.sink = sink;
        }

        void add(byte[] b, int off, int n, long outAt) {
            if (b == buf && off == from + len && outAt == at + len) {
                len += n;
                return;
            }
            flush();
            buf = b;
            from = off;
            len = n;
            at = outAt;
        }

        void flush() {
            if (buf != null && len > 0) {
                sink.accept(at, ByteBuffer.wrap(buf, from, len).slice());
            }
            buf = null;
            len = 0;
        }
    }
}
