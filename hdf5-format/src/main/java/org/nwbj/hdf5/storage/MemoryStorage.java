package org.nwbj.hdf5.storage;

import java.nio.ByteBuffer;

/** An HDF5 file held in a byte array (read-only view of the array given). */
public final class MemoryStorage implements Storage {
    private final byte[] bytes;
    private final String name;

    /**
     * A storage over {@code bytes}, which it reads without copying.
     *
     * @param bytes the file's bytes
     * @param name the name used in messages
     */
    public MemoryStorage(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position >= bytes.length || position < 0) {
            return 0;
        }
        int n = (int) Math.min(dst.remaining(), bytes.length - position);
        dst.put(bytes, (int) position, n);
        return n;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
    }
}
