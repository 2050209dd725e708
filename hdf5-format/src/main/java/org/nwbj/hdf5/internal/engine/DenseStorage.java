package org.nwbj.hdf5.internal.engine;

import java.util.List;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;

/** Links and attributes kept in a fractal heap indexed by v2 B-trees ("dense" storage). */
final class DenseStorage {
    private DenseStorage() {
    }

    static void links(FileContext f, LinkInfo info, List<LinkMessage> out) {
        throw new Hdf5UnsupportedException("dense link storage");
    }

    static void attributes(FileContext f, AttributeInfo info, List<AttributeMessage> out) {
        throw new Hdf5UnsupportedException("dense attribute storage");
    }

    static java.nio.ByteBuffer sharedMessage(FileContext f, int messageType, byte[] heapId) {
        throw new Hdf5UnsupportedException("shared object header messages in the SOHM heap");
    }
}
