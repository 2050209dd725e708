package org.nwbj.hdf5.storage;

import java.io.Closeable;
import java.nio.ByteBuffer;

/**
 * Positional byte access to the logical address space of one HDF5 file (one file, a family, a split pair, memory).
 * Implementations are safe for concurrent positional reads: there is no shared file pointer.
 */
public interface Storage extends Closeable {
    /**
     * Reads up to {@code dst.remaining()} bytes at {@code position} into {@code dst}; returns how many were read,
     * fewer only at the end of the stored bytes (0 when position is at or past the end).
     */
    int read(long position, ByteBuffer dst);

    /** Number of bytes stored (the logical end of file). */
    long size();

    /** A short description for messages (a file name or pattern). */
    String describe();

    /** Writes all of {@code src} at {@code position}; read-only storages throw. */
    default void write(long position, ByteBuffer src) {
        throw new org.nwbj.hdf5.Hdf5IoException(describe() + " is open read-only");
    }

    /** Closes the storage; further calls fail. */
    @Override
    void close();
}
