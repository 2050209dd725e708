package org.nwbj.hdf5.internal.format;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * Sizes that the superblock fixes for every structure of a file: "size of offsets" and "size of lengths"
 * (2, 4 or 8 bytes each).
 */
public record FormatContext(int offsetSize, int lengthSize) {
    /** The usual 8/8 context of files written by HDF5 1.8 and later. */
    public static final FormatContext DEFAULT = new FormatContext(8, 8);

    public FormatContext {
        if (!validSize(offsetSize)) {
            throw new Hdf5FormatException("Superblock", 0, "size of offsets", "2, 4, 8 or 16", offsetSize);
        }
        if (!validSize(lengthSize)) {
            throw new Hdf5FormatException("Superblock", 0, "size of lengths", "2, 4, 8 or 16", lengthSize);
        }
    }

    private static boolean validSize(int s) {
        return s == 2 || s == 4 || s == 8 || s == 16;
    }

    /** The "undefined address" value: all bits set, returned by {@link FormatReader#offset()} as -1. */
    public static final long UNDEFINED = -1L;

    public static boolean isDefined(long address) {
        return address != UNDEFINED;
    }
}
