package org.nwbj.hdf5.storage;

/**
 * A range of bytes of a storage: {@code length} bytes from {@code position}.
 *
 * @param position the first byte
 * @param length the number of bytes
 */
public record ByteRange(long position, long length) {
    /**
     * Checks that neither value is negative.
     *
     * @param position the first byte
     * @param length the number of bytes
     */
    public ByteRange {
        if (position < 0 || length < 0) {
            throw new IllegalArgumentException("byte range " + position + "+" + length);
        }
    }

    /** {@return the position just past the range} */
    public long end() {
        return position + length;
    }
}
