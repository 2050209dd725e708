package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.FormatContext;

/** Reads metadata blocks of an open file by address; what traversals (heaps, B-trees, arrays) are built on. */
public interface BlockReader {
    /**
     * Returns exactly {@code length} bytes at file address {@code address} (relative to the base address) as a
     * little-endian buffer positioned at 0; throws an {@code Hdf5FormatException} naming {@code structure} when the
     * range lies outside the file or {@code length} exceeds the allowed metadata size.
     */
    ByteBuffer read(long address, long length, String structure);

    /** Sizes of offsets and lengths of this file. */
    FormatContext ctx();
}
