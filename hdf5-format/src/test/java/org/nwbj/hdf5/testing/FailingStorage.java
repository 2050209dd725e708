package org.nwbj.hdf5.testing;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.storage.Storage;

/**
 * A storage that fails like a full disk (growing the stored bytes beyond a limit writes what fits, then throws;
 * rewriting bytes already stored still works, as on a real file system) or like a broken device (the k-th write
 * call throws, writing nothing).
 */
public final class FailingStorage implements Storage {
    public static final String DISK_FULL = "No space left on device";
    public static final String DEVICE_ERROR = "Input/output error";

    private final Storage inner;
    private final long maxSize;
    private final long failingWrite;
    private long writes;

    private FailingStorage(Storage inner, long maxSize, long failingWrite) {
        this.inner = inner;
        this.maxSize = maxSize;
        this.failingWrite = failingWrite;
    }

    /** Full once {@code inner} holds {@code bytes} bytes. */
    public static FailingStorage diskFullAfter(Storage inner, long bytes) {
        return new FailingStorage(inner, bytes, Long.MAX_VALUE);
    }

    /** The {@code k}-th write call (1-based) and every later one fails. */
    public static FailingStorage failingWrite(Storage inner, long k) {
        return new FailingStorage(inner, Long.MAX_VALUE, k);
    }

    /** Write calls so far. */
    public long writes() {
        return writes;
    }

    @Override
    public void write(long position, ByteBuffer src) {
        if (++writes >= failingWrite) {
            throw new Hdf5IoException("cannot write " + describe() + " at " + position + ": " + DEVICE_ERROR);
        }
        long room = Math.max(0, Math.max(inner.size(), maxSize) - position);
        if (src.remaining() > room) {
            ByteBuffer part = src.slice();
            ((java.nio.Buffer) part).limit((int) room);
            inner.write(position, part);
            throw new Hdf5IoException("cannot write " + describe() + " at " + (position + room) + ": " + DISK_FULL);
        }
        inner.write(position, src);
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        return inner.read(position, dst);
    }

    @Override
    public long size() {
        return inner.size();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
        inner.close();
    }
}
