package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.storage.Storage;

/** Space allocation at the end of the address space, and positional writes, for a file being written. */
final class FileWriterSupport {
    private final Storage storage;
    private final FormatContext ctx;
    private long endOfAllocation;
    private java.util.function.Supplier<String> activity;

    FileWriterSupport(Storage storage, FormatContext ctx, long start) {
        this.storage = storage;
        this.ctx = ctx;
        this.endOfAllocation = start;
    }

    FormatContext ctx() {
        return ctx;
    }

    /** Reserves {@code size} bytes (8-byte aligned) and returns their address. */
    long allocate(long size) {
        long a = (endOfAllocation + 7) & ~7L;
        endOfAllocation = a + size;
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
        long a = (endOfAllocation + 7) & ~7L;
        if (size <= PAGE && a / PAGE != (a + size - 1) / PAGE) {
            a = (a + PAGE - 1) & ~(long) (PAGE - 1);
        }
        endOfAllocation = a + size;
        return a;
    }

    /** Names what the next writes are for: a failed write reports it ("the object header of /acquisition"). */
    void activity(String what) {
        this.activity = () -> what;
    }

    void activity(java.util.function.Supplier<String> what) {
        this.activity = what;
    }

    long endOfAllocation() {
        return endOfAllocation;
    }

    void write(long address, byte[] bytes) {
        try {
            storage.write(address, ByteBuffer.wrap(bytes));
        } catch (RuntimeException e) {
            if (activity == null) {
                throw e;
            }
            Hdf5IoException x = new Hdf5IoException("cannot write " + activity.get() + " (" + bytes.length
                    + " bytes at " + address + ") to " + storage.describe() + ": " + e.getMessage());
            x.initCause(e);
            throw x;
        }
    }
}
