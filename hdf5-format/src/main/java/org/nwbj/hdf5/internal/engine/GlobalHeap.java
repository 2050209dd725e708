package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.GlobalHeapCollection;

/** Global heap objects (variable-length data, region references) by collection address and index. */
public final class GlobalHeap {
    private GlobalHeap() {
    }

    public static ByteBuffer object(FileContext f, long collection, int index) {
        GlobalHeapCollection c = f.cached(collection, GlobalHeapCollection.class, () -> {
            FormatReader head = f.reader(collection, 8 + f.ctx().lengthSize(), "GlobalHeapCollection");
            long size = GlobalHeapCollection.collectionSize(head);
            return GlobalHeapCollection.decode(f.reader(collection, size, "GlobalHeapCollection"));
        });
        ByteBuffer b = c.objects().get(index);
        if (b == null) {
            throw new Hdf5FormatException("GlobalHeapCollection", collection, "no object with index " + index);
        }
        return b.duplicate();
    }
}
