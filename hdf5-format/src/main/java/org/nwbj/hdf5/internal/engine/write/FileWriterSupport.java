package org.nwbj.hdf5.internal.engine.write;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.storage.Storage;

/** Space allocation at the end of the address space, and positional writes, for a file being written. */
public final class FileWriterSupport {
    private final Storage storage;
    private final FormatContext ctx;
    private long endOfAllocation;
    private java.util.function.Supplier<String> activity;

    public FileWriterSupport(Storage storage, FormatContext ctx, long start) {
        this.storage = storage;
        this.ctx = ctx;
        this.endOfAllocation = start;
    }

    FormatContext ctx() {
        return ctx;
    }

    /** Reserves {@code size} bytes (8-byte aligned) and returns their address. */
    public long allocate(long size) {
        long a = reuse(size);
        if (a == -1) {
            a = (endOfAllocation + 7) & ~7L;
            endOfAllocation = a + size;
        }
        if (tracking != null) {
            tracking.add(new long[] {a, size});
        }
        return a;
    }

    /** The page size a small block is kept within, so that a write of it cannot be torn by a kill (see below). */
    static final int PAGE = 4096;

    /**
     * Like {@link #allocate}, but a block of at most a page does not straddle a page boundary: the kernel copies
     * a write page by page and a killed process may stop between two pages, so only a block within one page is
     * rewritten all-or-nothing.
     */
    long allocateWithinPage(long size) {
        long a = reuse(size, true);
        if (a == -1) {
            a = withinPage((endOfAllocation + 7) & ~7L, size);
            endOfAllocation = a + size;
        }
        if (tracking != null) {
            tracking.add(new long[] {a, size});
        }
        return a;
    }

    /** The first address from {@code a} where a block of {@code size} does not straddle a page boundary. */
    private long withinPage(long a, long size) {
        // pages are pages of the storage: addresses count from the superblock, after any user block
        long p = a + pageBase;
        if (size <= PAGE && p / PAGE != (p + size - 1) / PAGE) {
            p = (p + PAGE - 1) & ~(long) (PAGE - 1);
        }
        return p - pageBase;
    }

    /** Where address 0 is in the storage (a user block before the superblock), for page placement. */
    private long pageBase;

    void pageBase(long base) {
        this.pageBase = base;
    }

    /** Names what the next writes are for: a failed write reports it ("the object header of /acquisition"). */
    void activity(String what) {
        this.activity = () -> what;
    }

    void activity(java.util.function.Supplier<String> what) {
        this.activity = what;
    }

    // ---- space reuse (modify mode): a block the published state stops referencing is free after the next flush

    /** Free blocks by address (8-byte aligned), with their sizes. */
    private final java.util.TreeMap<Long, Long> free = new java.util.TreeMap<>();
    /** Blocks no longer referenced by the model, still referenced by the file until the next flush completes. */
    private final java.util.List<long[]> released = new java.util.ArrayList<>();
    private java.util.List<long[]> tracking;
    private boolean reuseSpace;

    /** Turns on reuse of released blocks (off: {@link #release} does nothing). */
    void reuseReleasedSpace() {
        reuseSpace = true;
    }

    /**
     * Turns reuse off for good (SWMR writing): a reader between two refreshes may still follow the blocks an older
     * header referenced (chunk indexes, chunks, continuation blocks), so nothing published is overwritten. Blocks
     * free now are dropped too: a reader that opened the file before SWMR began may hold them.
     */
    void stopReuse() {
        reuseSpace = false;
        released.clear();
        free.clear();
        if (rawMember != null) {
            rawMember.stopReuse();
        }
    }

    /** A split pair's raw member: its blocks are released to its own allocation (raw space only for raw data). */
    private FileWriterSupport rawMember;
    private long rawStart;

    /**
     * Sends releases of addresses from {@code start} on (unsigned) to {@code raw}, which allocates offsets from
     * that start: each member of a split pair reuses only its own space.
     */
    void rawMember(FileWriterSupport raw, long start) {
        this.rawMember = raw;
        this.rawStart = start;
    }

    /** Marks a block as unreferenced once the next flush has published a state without it. */
    void release(long address, long size) {
        if (rawMember != null && Long.compareUnsigned(address, rawStart) >= 0) {
            rawMember.release(address - rawStart, size);
            return;
        }
        if (reuseSpace && address >= 0 && size > 0) {
            released.add(new long[] {address, size});
        }
    }

    /** Called after a flush completed: blocks released before it are free now. */
    void flushed() {
        if (rawMember != null) {
            rawMember.flushed();
        }
        for (long[] b : released) {
            free.put(b[0], b[1]);
        }
        released.clear();
        // merge neighbours so that chunks of varying compressed size fit again
        java.util.Map.Entry<Long, Long> prev = null;
        java.util.TreeMap<Long, Long> merged = new java.util.TreeMap<>();
        for (java.util.Map.Entry<Long, Long> e : free.entrySet()) {
            if (prev != null && ((prev.getKey() + prev.getValue() + 7) & ~7L) >= e.getKey()) {
                long end = Math.max(prev.getKey() + prev.getValue(), e.getKey() + e.getValue());
                prev = new java.util.AbstractMap.SimpleEntry<>(prev.getKey(), end - prev.getKey());
            } else {
                if (prev != null) {
                    merged.put(prev.getKey(), prev.getValue());
                }
                prev = e;
            }
        }
        if (prev != null) {
            merged.put(prev.getKey(), prev.getValue());
        }
        free.clear();
        free.putAll(merged);
    }

    /** Free bytes held for reuse (tests, reporting). */
    long freeBytes() {
        long n = rawMember == null ? 0 : rawMember.freeBytes();
        for (long s : free.values()) {
            n += s;
        }
        return n;
    }

    /** The blocks allocated while {@code work} runs. */
    java.util.List<long[]> track(Runnable work) {
        java.util.List<long[]> outer = tracking;
        tracking = new java.util.ArrayList<>();
        try {
            work.run();
            return tracking;
        } finally {
            java.util.List<long[]> mine = tracking;
            tracking = outer;
            if (outer != null) {
                outer.addAll(mine);
            }
        }
    }

    private long reuse(long size) {
        return reuse(size, false);
    }

    /**
     * First fit among the first free blocks (with {@code withinPage}, placed as {@link #allocateWithinPage}
     * places); what is left of the block on either side stays free.
     */
    private long reuse(long size, boolean withinPage) {
        if (free.isEmpty() || size <= 0) {
            return -1;
        }
        int scanned = 0;
        for (java.util.Map.Entry<Long, Long> e : free.entrySet()) {
            if (++scanned > 256) {
                break;
            }
            long start = e.getKey();
            long end = start + e.getValue();
            long a = withinPage ? withinPage(start, size) : start;
            if (a + size <= end) {
                free.remove(start);
                if (a > start) {
                    free.put(start, a - start);
                }
                long rest = (a + size + 7) & ~7L;
                if (rest < end) {
                    free.put(rest, end - rest);
                }
                return a;
            }
        }
        return -1;
    }

    public long endOfAllocation() {
        return endOfAllocation;
    }

    public void write(long address, byte[] bytes) {
        write(address, ByteBuffer.wrap(bytes));
    }

    /** Writes the buffer's remaining bytes (a direct buffer reaches the channel without a copy). */
    public void write(long address, ByteBuffer bytes) {
        int length = bytes.remaining();
        try {
            storage.write(address, bytes);
        } catch (RuntimeException e) {
            if (activity == null) {
                throw e;
            }
            Hdf5IoException x = new Hdf5IoException("cannot write " + activity.get() + " (" + length
                    + " bytes at " + address + ") to " + storage.describe() + ": " + e.getMessage());
            x.initCause(e);
            throw x;
        }
    }
}
