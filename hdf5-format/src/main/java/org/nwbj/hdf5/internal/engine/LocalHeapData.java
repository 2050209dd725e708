package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.LocalHeap;

/** A local heap's data segment, from which symbol-table groups read link names and soft link values. */
final class LocalHeapData {
    private final long address;
    private final ByteBuffer data;

    private LocalHeapData(long address, ByteBuffer data) {
        this.address = address;
        this.data = data;
    }

    static LocalHeapData load(FileContext f, long address) {
        return f.cached(address, LocalHeapData.class, () -> {
            FormatReader r = f.reader(address, LocalHeap.headerSize(f.ctx()), "LocalHeap");
            LocalHeap h = LocalHeap.decode(r);
            return new LocalHeapData(address, f.read(h.dataAddress(), h.dataSize(), "LocalHeap data segment"));
        });
    }

    /** The NUL-terminated string at {@code offset}. */
    String string(long offset) {
        if (offset < 0 || offset >= data.limit()) {
            throw new Hdf5FormatException("LocalHeap", address, "string offset " + offset + " outside the "
                    + data.limit() + "-byte data segment");
        }
        int start = (int) offset;
        int end = start;
        while (end < data.limit() && data.get(end) != 0) {
            end++;
        }
        byte[] b = new byte[end - start];
        for (int i = 0; i < b.length; i++) {
            b[i] = data.get(start + i);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
