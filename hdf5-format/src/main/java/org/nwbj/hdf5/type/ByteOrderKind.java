package org.nwbj.hdf5.type;

/** Byte order of a stored number; VAX is the mixed order of VAX floats. */
public enum ByteOrderKind {
    /** Least significant byte first. */
    LITTLE_ENDIAN,
    /** Most significant byte first. */
    BIG_ENDIAN,
    /** The mixed byte order of VAX floats. */
    VAX;

    /** {@return the NIO byte order: big-endian for {@link #BIG_ENDIAN}, little-endian otherwise} */
    public java.nio.ByteOrder nio() {
        return this == BIG_ENDIAN ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN;
    }
}
