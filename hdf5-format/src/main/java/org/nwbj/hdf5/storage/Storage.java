package org.nwbj.hdf5.storage;

import java.io.Closeable;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Positional byte access to the logical address space of one HDF5 file (one file, a family, a split pair, memory).
 * Implementations are safe for concurrent positional reads: there is no shared file pointer.
 */
public interface Storage extends Closeable {
    /**
     * Reads up to {@code dst.remaining()} bytes at {@code position} into {@code dst}; returns how many were read,
     * fewer only at the end of the stored bytes (0 when position is at or past the end).
     *
     * @param position the offset of the first byte
     * @param dst the buffer to fill from its position
     * @return the number of bytes read; 0 at or past the end
     */
    int read(long position, ByteBuffer dst);

    /**
     * Reads consecutive bytes from {@code position} into each of {@code dsts} in turn (a scattering read): what one
     * {@link #read(long, ByteBuffer)} into a buffer of their total size reads, without that buffer. Remote storages
     * make one request of it.
     *
     * @param position the offset of the first byte
     * @param dsts the buffers to fill in turn, each from its position
     * @return the number of bytes read in all; less than asked only at the end of the stored bytes
     */
    default long read(long position, ByteBuffer[] dsts) {
        long total = 0;
        for (ByteBuffer d : dsts) {
            int want = d.remaining();
            int n = 0;
            while (n < want) {
                int r = read(position + total + n, d);
                if (r <= 0) {
                    return total + n;
                }
                n += r;
            }
            total += n;
        }
        return total;
    }

    /** {@return number of bytes stored (the logical end of file)} */
    long size();

    /** {@return a short description for messages (a file name or pattern)} */
    String describe();

    /**
     * Writes all of {@code src} at {@code position}; read-only storages throw.
     *
     * @param position the offset of the first byte
     * @param src the bytes to write, from its position to its limit
     */
    default void write(long position, ByteBuffer src) {
        throw new org.nwbj.hdf5.Hdf5IoException(describe() + " is open read-only");
    }

    /**
     * Where the bytes live when that is a URI (a remote file), so that external links resolve relative to it; null
     * for local files and memory.
     *
     * @return the URI, or null
     */
    default URI location() {
        return null;
    }

    /**
     * Opens another file where this one lives, such as the target of an external link of a remote file, with
     * this storage's settings (credentials, cache sizes); by default through the {@link StorageProvider} of the
     * URI's scheme.
     *
     * @param uri the other file
     * @return the other file's storage
     */
    default Storage openRelated(URI uri) {
        return StorageProvider.open(uri);
    }

    /**
     * A hint that {@code ranges} will be read soon: remote storages fetch them together (in parallel, adjacent
     * ranges in one request) so that the reads that follow are served from memory. Local storages ignore it.
     *
     * @param ranges the byte ranges soon read
     */
    default void prefetch(List<ByteRange> ranges) {
        // nothing to gain for local storage
    }

    /** Closes the storage; further calls fail. */
    @Override
    void close();
}
