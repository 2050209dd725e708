package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.storage.Storage;

/** Addresses relative to the superblock, as every address in the file is (a user block comes first). */
public final class RelativeStorage implements Storage {
    private final Storage s;
    private final long base;

    public RelativeStorage(Storage s, long base) {
        this.s = s;
        this.base = base;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        return s.read(base + position, dst);
    }

    @Override
    public long size() {
        return Math.max(0, s.size() - base);
    }

    @Override
    public String describe() {
        return s.describe();
    }

    @Override
    public void write(long position, ByteBuffer src) {
        if (position < 0) {
            throw new Hdf5IoException("write at negative address " + position);
        }
        s.write(base + position, src);
    }

    @Override
    public void close() {
        s.close();
    }
}
