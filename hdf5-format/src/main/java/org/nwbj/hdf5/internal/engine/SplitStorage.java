package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.SplitDriverInfo;
import org.nwbj.hdf5.storage.Storage;

/**
 * The address space of a split file pair being written: addresses below {@link SplitDriverInfo#RAW_START} in the
 * metadata file, the others (compared unsigned) in the raw data file, offset by the start.
 */
final class SplitStorage implements Storage {
    private final Storage meta;
    private final Storage raw;

    SplitStorage(Storage meta, Storage raw) {
        this.meta = meta;
        this.raw = raw;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        return isRaw(position) ? raw.read(position - SplitDriverInfo.RAW_START, dst)
                : meta.read(position, dst);
    }

    @Override
    public void write(long position, ByteBuffer src) {
        if (isRaw(position)) {
            raw.write(position - SplitDriverInfo.RAW_START, src);
        } else {
            meta.write(position, src);
        }
    }

    /** Addresses are unsigned: raw ones start at 2^63 - 1, past which a Java long is negative. */
    private static boolean isRaw(long position) {
        return Long.compareUnsigned(position, SplitDriverInfo.RAW_START) >= 0;
    }

    @Override
    public long size() {
        return meta.size();
    }

    @Override
    public String describe() {
        return meta.describe() + " + " + raw.describe();
    }

    @Override
    public void close() {
        try {
            meta.close();
        } finally {
            raw.close();
        }
    }
}
