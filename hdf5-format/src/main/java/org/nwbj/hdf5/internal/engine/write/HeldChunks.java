package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Selection;

/**
 * The chunks of one dataset that a write filled only in part, kept unfiltered in memory until a later write fills
 * them, the bound on held bytes pushes the least recently written one out, or the dataset is flushed.
 *
 * <p>Why: appending blocks of rows that do not line up with the chunk rows (10,000-row blocks into 4,096-row chunks)
 * leaves one chunk half written at the end of each block. Written out at once, the next block reads it back and
 * writes it again to fresh space (copy-on-write: the published version stays intact until a flush), and the old
 * copy's space becomes reusable only after the next flush, so a file appended without flushes grew by about a
 * chunk per append. Held here, each chunk is written once. Held chunks are unflushed data like any other write
 * since the last flush: a flush writes them before the chunk index that points to them.
 */
public final class HeldChunks {
    /** Unfiltered bytes held per dataset (at least one chunk is always held). */
    static final long HELD_BYTES = 8L << 20;

    /** A held chunk: its origin and its unfiltered bytes. */
    record Held(String key, long[] origin, byte[] plain) {
    }

    private final long[] chunks;
    private final int maxHeld;
    // access order: the least recently written chunk is the first to go
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>(16, 0.75f, true);

    HeldChunks(long[] chunks, long chunkBytes) {
        this.chunks = chunks.clone();
        this.maxHeld = (int) Math.max(1, Math.min(1024, HELD_BYTES / Math.max(1, chunkBytes)));
    }

    /** Removes and returns the held chunk with this key, or null. */
    Held take(String key) {
        return held.remove(key);
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /**
     * Holds a chunk; returns the chunks pushed out by the bound (oldest first), which the caller writes, or an
     * empty list.
     */
    List<Held> hold(Held h) {
        held.put(h.key(), h);
        if (held.size() <= maxHeld) {
            return java.util.Collections.emptyList();
        }
        List<Held> out = new ArrayList<>();
        Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator();
        while (held.size() > maxHeld && it.hasNext()) {
            out.add(it.next().getValue());
            it.remove();
        }
        return out;
    }

    /** Removes and returns every held chunk, least recently written first. */
    List<Held> takeAll() {
        List<Held> out = new ArrayList<>(held.values());
        held.clear();
        return out;
    }

    /**
     * Whether {@code sel} writes every element of the chunk at {@code origin} that lies within {@code dims}, and
     * the chunk cannot gain elements by growing the dataset (within {@code maxDims}, {@code UNLIMITED} = -1): then
     * the chunk is complete and goes to the file at once. The last chunk of an append to a growable dataset is held.
     */
    boolean covers(Selection sel, long[] origin, long[] dims, long[] maxDims) {
        for (int d = 0; d < chunks.length; d++) {
            long lo = origin[d];
            long hi = Math.min(origin[d] + chunks[d], dims[d]);
            if (hi < origin[d] + chunks[d] && (maxDims[d] < 0 || maxDims[d] > dims[d])) {
                return false; // the dataset may grow into this chunk: a later append is likely to fill it
            }
            if (hi <= lo) {
                continue;
            }
            long count = sel.count()[d];
            long stride = sel.stride()[d];
            long block = sel.block()[d];
            if (count > 1 && stride != block) {
                return false; // gaps between the blocks: not known to fill it
            }
            long from = sel.start()[d];
            long to = from + (count - 1) * stride + block;
            if (from > lo || to < hi) {
                return false;
            }
        }
        return true;
    }
}
