package org.nwbj.hdf5.type;

/**
 * A fixed-point (integer) type: size in bytes, byte order, signedness, and the bits used.
 *
 * @param size bytes per element
 * @param order the byte order
 * @param signed true for a signed (two's complement) integer
 * @param bitOffset the first bit used
 * @param precision the number of bits used
 */
public record IntegerType(int size, ByteOrderKind order, boolean signed, int bitOffset, int precision)
        implements DataType {
    /**
     * An integer type using all its bits.
     *
     * @param size the size in bytes
     * @param signed whether it is signed
     * @param order the byte order
     * @return the type
     */
    public static IntegerType of(int size, boolean signed, ByteOrderKind order) {
        return new IntegerType(size, order, signed, 0, size * 8);
    }
}
