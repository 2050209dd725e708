package org.nwbj.hdf5.type;

/** Byte order of a stored number; VAX is the mixed order of VAX floats. */
public enum ByteOrderKind {
    LITTLE_ENDIAN, BIG_ENDIAN, VAX;

    public java.nio.ByteOrder nio() {
        return this == BIG_ENDIAN ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN;
    }
}
