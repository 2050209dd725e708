package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.function.IntFunction;

/**
 * Reads small unfiltered chunks that lie back to back in the file (or with small gaps between them) with one read
 * per run of them: a dataset of 50,000 chunks of a few bytes then costs a handful of system calls instead of one
 * per chunk.
 */
final class ChunkRuns {
    /** Chunks up to this size are read in runs; larger ones gain nothing from it. */
    static final int SMALL_CHUNK = 64 << 10;
    /** Most bytes one run reads. */
    static final int MAX_RUN = 1 << 20;
    /**
     * Bytes between two chunks a run reads over rather than stop: the C library puts index nodes between the
     * chunks it writes (hb_btree2's 10,000 chunks of 72 bytes lie in 413 back-to-back runs, each a system call).
     * Copying a gap of this size from the page cache costs about what another system call would.
     */
    static final int GAP = 16 << 10;

    /** Receives one chunk's bytes: {@code chunkBytes} bytes of {@code buf} from {@code offset}. */
    interface Visitor {
        void accept(int chunk, byte[] buf, int offset);
    }

    private ChunkRuns() {
    }

    /**
     * Hands every chunk of {@code chunks} (positions in {@code t}), in order, to {@code v}. Chunks whose stored size is not exactly
     * {@code chunkBytes} (or whose address is not a plain file offset) come from {@code single} instead, which
     * reports what is wrong with them.
     */
    static void read(FileContext f, ChunkTable t, int[] chunks, int chunkBytes, IntFunction<byte[]> single,
            Visitor v) {
        int n = chunks.length;
        int i = 0;
        while (i < n) {
            int c = chunks[i];
            if (!plain(t, c, chunkBytes)) {
                v.accept(c, single.apply(c), 0);
                i++;
                continue;
            }
            long start = t.address(c);
            long end = start + chunkBytes;
            int j = i + 1;
            while (j < n && end - start + chunkBytes <= MAX_RUN) {
                int next = chunks[j];
                long a = t.address(next);
                if (a < end || a - end > GAP || a + chunkBytes - start > MAX_RUN || !plain(t, next, chunkBytes)) {
                    break;
                }
                end = a + chunkBytes;
                j++;
            }
            // a buffer per run: a visitor may hold on to the previous run's (ChunkRuns.Merger does)
            byte[] buf = new byte[(int) (end - start)];
            f.readRaw(start, ByteBuffer.wrap(buf));
            for (int k = i; k < j; k++) {
                v.accept(chunks[k], buf, (int) (t.address(chunks[k]) - start));
            }
            i = j;
        }
    }

    private static boolean plain(ChunkTable t, int c, int chunkBytes) {
        return t.storedSize(c) == chunkBytes && t.address(c) >= 0 && t.address(c) <= Long.MAX_VALUE - MAX_RUN;
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
