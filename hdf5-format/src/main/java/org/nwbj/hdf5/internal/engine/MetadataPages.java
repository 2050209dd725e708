package org.nwbj.hdf5.internal.engine;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nwbj.hdf5.storage.Storage;

/**
 * A small LRU cache of fixed-size pages of the file for metadata reads: walking a file's objects makes many
 * reads of a few hundred bytes close together, which one page read serves at once.
 */
final class MetadataPages {
    static final int PAGE = 64 * 1024;
    private static final int MAX_PAGES = 128;
    /** Larger reads go straight to storage. */
    private static final int DIRECT_ABOVE = 4 * PAGE;

    private final Storage storage;
    private final Map<Long, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> e) {
            return size() > MAX_PAGES;
        }
    };

    /**
     * Pages only for storages whose addresses are one contiguous range (not split/multi members), and not over a
     * {@link org.nwbj.hdf5.storage.CachedStorage}, which holds its blocks in memory already: pages copied out of it
     * were a fresh 64 KiB array per page, the largest cost of listing a remote file once it had arrived.
     */
    private volatile boolean paged;

    MetadataPages(Storage storage) {
        this.storage = storage;
        this.paged = storage instanceof org.nwbj.hdf5.storage.FileStorage
                || storage instanceof org.nwbj.hdf5.storage.MemoryStorage
                || storage instanceof org.nwbj.hdf5.storage.FamilyStorage;
    }

    /** Stops keeping pages: every read goes to storage (SWMR reads, where the file changes under the reader). */
    void disable() {
        paged = false;
        synchronized (pages) {
            pages.clear();
        }
    }

    /** Like {@link Storage#read}: fills {@code dst} from {@code position}, fewer bytes only at the end. */
    int read(long position, ByteBuffer dst) {
        if (position < 0 && paged) {
            return 0; // at 2^63 and above (unsigned): a single range holds nothing there
        }
        if (!paged || dst.remaining() > DIRECT_ABOVE || position > Long.MAX_VALUE - 2L * PAGE) {
            return storage.read(position, dst);
        }
        int total = 0;
        while (dst.hasRemaining()) {
            long pos = position + total;
            long index = pos / PAGE;
            byte[] page = page(index);
            int within = (int) (pos - index * PAGE);
            if (within >= page.length) {
                break;
            }
            int n = Math.min(dst.remaining(), page.length - within);
            dst.put(page, within, n);
            total += n;
            if (page.length < PAGE) {
                break; // the last page of the file
            }
        }
        return total;
    }

    private byte[] page(long index) {
        synchronized (pages) {
            byte[] p = pages.get(index);
            if (p != null) {
                return p;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(PAGE);
        int n = storage.read(index * PAGE, b);
        byte[] p;
        if (n == PAGE) {
            p = b.array();
        } else {
            ((Buffer) b).flip();
            p = new byte[n];
            b.get(p);
        }
        synchronized (pages) {
            pages.put(index, p);
        }
        return p;
    }

    void clear() {
        synchronized (pages) {
            pages.clear();
        }
    }
}
