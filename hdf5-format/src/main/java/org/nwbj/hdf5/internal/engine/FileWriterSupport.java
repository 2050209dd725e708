package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.storage.Storage;

/** Space allocation at the end of the address space, and positional writes, for a file being written. */
final class FileWriterSupport {
    private final Storage storage;
    private final FormatContext ctx;
    private long endOfAllocation;

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

    long endOfAllocation() {
        return endOfAllocation;
    }

    void write(long address, byte[] bytes) {
        storage.write(address, ByteBuffer.wrap(bytes));
    }
}
