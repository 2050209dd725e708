package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.SplitDriverInfo;
import org.nwbj.hdf5.storage.Storage;

/**
 * The address space of a split file pair being written: addresses below the raw member's start (the C library's
 * {@link SplitDriverInfo#RAW_START} unless an existing pair records another) in the metadata file, the others
 * (compared unsigned) in the raw data file, offset by the start.
 */
public final class SplitStorage implements Storage {
    private final Storage meta;
    private final Storage raw;
    private final long rawStart;

    public SplitStorage(Storage meta, Storage raw) {
        this(meta, raw, SplitDriverInfo.RAW_START);
    }

    public SplitStorage(Storage meta, Storage raw, long rawStart) {
        this.meta = meta;
        this.raw = raw;
        this.rawStart = rawStart;
    }

    /** The first address of the raw data member. */
    public long rawStart() {
        return rawStart;
    }

    /** The raw data member alone (offsets from its start). */
    public Storage rawMember() {
        return raw;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        return isRaw(position) ? raw.read(position - rawStart, dst) : meta.read(position, dst);
    }

    @Override
    public void write(long position, ByteBuffer src) {
        if (isRaw(position)) {
            raw.write(position - rawStart, src);
        } else {
            meta.write(position, src);
        }
    }

    /** Addresses are unsigned: the C library's raw member starts at 2^63 - 1, past which a Java long is negative. */
    boolean isRaw(long position) {
        return Long.compareUnsigned(position, rawStart) >= 0;
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
