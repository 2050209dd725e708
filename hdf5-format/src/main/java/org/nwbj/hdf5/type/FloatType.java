package org.nwbj.hdf5.type;

/**
 * A floating-point type described bit by bit as HDF5 stores it (IEEE half/single/double and also bfloat16,
 * x87 long double, VAX and others).
 *
 * @param normalization 0 none, 1 the most significant mantissa bit is always set (stored), 2 implied (IEEE)
 * @param size bytes per element
 * @param order the byte order
 * @param bitOffset the first bit used
 * @param precision the number of bits used
 * @param signLocation the bit position of the sign
 * @param exponentLocation the bit position of the exponent
 * @param exponentSize the exponent's width in bits
 * @param mantissaLocation the bit position of the mantissa
 * @param mantissaSize the mantissa's width in bits
 * @param exponentBias the bias added to the exponent
 */
public record FloatType(int size, ByteOrderKind order, int bitOffset, int precision, int signLocation,
        int exponentLocation, int exponentSize, int mantissaLocation, int mantissaSize, long exponentBias,
        int normalization) implements DataType {

    /** {@return true for the IEEE 754 binary16/32/64 layouts, which convert with the JDK's own bit conversions} */
    public boolean isIeee() {
        if (order == ByteOrderKind.VAX || bitOffset != 0 || normalization != 2) {
            return false;
        }
        return switch (size) {
            case 2 -> precision == 16 && exponentSize == 5 && mantissaSize == 10 && exponentBias == 15;
            case 4 -> precision == 32 && exponentSize == 8 && mantissaSize == 23 && exponentBias == 127;
            case 8 -> precision == 64 && exponentSize == 11 && mantissaSize == 52 && exponentBias == 1023;
            default -> false;
        };
    }

    /**
     * An IEEE 754 type.
     *
     * @param size 2, 4 or 8 bytes
     * @param order the byte order
     * @return the type
     */
    public static FloatType ieee(int size, ByteOrderKind order) {
        return switch (size) {
            case 2 -> new FloatType(2, order, 0, 16, 15, 10, 5, 0, 10, 15, 2);
            case 4 -> new FloatType(4, order, 0, 32, 31, 23, 8, 0, 23, 127, 2);
            case 8 -> new FloatType(8, order, 0, 64, 63, 52, 11, 0, 52, 1023, 2);
            default -> throw new IllegalArgumentException("IEEE float size must be 2, 4 or 8: " + size);
        };
    }
}
