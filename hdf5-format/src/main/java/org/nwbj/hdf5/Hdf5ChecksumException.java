package org.nwbj.hdf5;

/** A stored checksum does not match the bytes it covers. */
public class Hdf5ChecksumException extends Hdf5FormatException {
    /**
     * A checksum mismatch.
     *
     * @param structure the structure whose checksum failed
     * @param address its file address
     * @param expected the stored checksum
     * @param found the checksum computed over the bytes read
     */
    public Hdf5ChecksumException(String structure, long address, long expected, long found) {
        super(structure, address, "checksum expected 0x" + Long.toHexString(expected) + ", found 0x"
                + Long.toHexString(found));
    }
}
