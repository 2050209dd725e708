package org.nwbj.hdf5;

/** A stored checksum does not match the bytes it covers. */
public class Hdf5ChecksumException extends Hdf5FormatException {
    public Hdf5ChecksumException(String structure, long address, long expected, long found) {
        super(structure, address, "checksum expected 0x" + Long.toHexString(expected) + ", found 0x"
                + Long.toHexString(found));
    }
}
