package org.nwbj.hdf5.testing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.nwbj.hdf5.storage.ByteRange;
import org.nwbj.hdf5.storage.Storage;

/**
 * A growable in-memory storage (for writers of single structures, too) that records the writes made while
 * recording is on (crash-prefix tests) and every prefetch hint it gets (prefetch tests).
 */
public final class RecordingStorage implements Storage {
    public record Write(long position, byte[] bytes) {
    }

    private byte[] bytes = new byte[0];
    private int size;
    public final List<Write> log = new ArrayList<>();
    public boolean recording;
    /** The ranges of each {@link #prefetch} call, in order. */
    public final List<List<ByteRange>> hints = Collections.synchronizedList(new ArrayList<>());

    /** A storage holding {@code content} (not recorded). */
    public static RecordingStorage of(byte[] content) {
        RecordingStorage s = new RecordingStorage();
        s.apply(0, content);
        return s;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position >= size) {
            return 0;
        }
        int n = (int) Math.min(dst.remaining(), size - position);
        dst.put(bytes, (int) position, n);
        return n;
    }

    @Override
    public void write(long position, ByteBuffer src) {
        byte[] b = new byte[src.remaining()];
        src.get(b);
        if (recording) {
            log.add(new Write(position, b));
        }
        apply(position, b);
    }

    private void apply(long position, byte[] b) {
        int end = (int) position + b.length;
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
        }
        System.arraycopy(b, 0, bytes, (int) position, b.length);
        size = Math.max(size, end);
    }

    /** The stored bytes now. */
    public byte[] snapshot() {
        return Arrays.copyOf(bytes, size);
    }

    /** {@code base} with the first {@code n} recorded writes applied: what a crash after them leaves. */
    public byte[] prefix(byte[] base, int n) {
        RecordingStorage s = new RecordingStorage();
        s.apply(0, base);
        for (int i = 0; i < n; i++) {
            s.apply(log.get(i).position(), log.get(i).bytes());
        }
        return s.snapshot();
    }

    @Override
    public void prefetch(List<ByteRange> ranges) {
        hints.add(new ArrayList<>(ranges));
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String describe() {
        return "recording storage";
    }

    @Override
    public void close() {
    }
}
