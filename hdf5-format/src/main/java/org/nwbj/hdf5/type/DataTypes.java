package org.nwbj.hdf5.type;

import java.util.ArrayList;
import java.util.List;

/** Common datatypes, as h5py and pynwb write them (little-endian numbers, UTF-8 variable-length strings). */
public final class DataTypes {
    /** Signed 8-bit integer, little-endian. */
    public static final IntegerType INT8 = IntegerType.of(1, true, ByteOrderKind.LITTLE_ENDIAN);
    /** Signed 16-bit integer, little-endian. */
    public static final IntegerType INT16 = IntegerType.of(2, true, ByteOrderKind.LITTLE_ENDIAN);
    /** Signed 32-bit integer, little-endian. */
    public static final IntegerType INT32 = IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN);
    /** Signed 64-bit integer, little-endian. */
    public static final IntegerType INT64 = IntegerType.of(8, true, ByteOrderKind.LITTLE_ENDIAN);
    /** Unsigned 8-bit integer. */
    public static final IntegerType UINT8 = IntegerType.of(1, false, ByteOrderKind.LITTLE_ENDIAN);
    /** Unsigned 16-bit integer, little-endian. */
    public static final IntegerType UINT16 = IntegerType.of(2, false, ByteOrderKind.LITTLE_ENDIAN);
    /** Unsigned 32-bit integer, little-endian. */
    public static final IntegerType UINT32 = IntegerType.of(4, false, ByteOrderKind.LITTLE_ENDIAN);
    /** Unsigned 64-bit integer, little-endian. */
    public static final IntegerType UINT64 = IntegerType.of(8, false, ByteOrderKind.LITTLE_ENDIAN);
    /** IEEE 754 single precision, little-endian. */
    public static final FloatType FLOAT32 = FloatType.ieee(4, ByteOrderKind.LITTLE_ENDIAN);
    /** IEEE 754 double precision, little-endian. */
    public static final FloatType FLOAT64 = FloatType.ieee(8, ByteOrderKind.LITTLE_ENDIAN);
    /** A variable-length UTF-8 string, h5py's type for Python {@code str}. */
    public static final StringType UTF8 = new StringType(16, true, StringType.Charset.UTF8,
            StringType.Padding.NULLTERM);
    /** h5py's boolean: an int8 enum {FALSE: 0, TRUE: 1}. */
    public static final EnumType BOOL;

    static {
        List<EnumType.Member> m = new ArrayList<>();
        m.add(new EnumType.Member("FALSE", 0));
        m.add(new EnumType.Member("TRUE", 1));
        BOOL = new EnumType(INT8, m);
    }

    private DataTypes() {
    }

    /**
     * {@return a fixed-size string of {@code size} bytes, NUL-padded}
     *
     * @param size the size in bytes
     * @param charset the character set
     */
    public static StringType fixedString(int size, StringType.Charset charset) {
        return new StringType(size, false, charset, StringType.Padding.NULLPAD);
    }

    /** {@return an object reference (8 bytes)} */
    public static ReferenceType objectReference() {
        return new ReferenceType(ReferenceType.Kind.OBJECT, 8);
    }
}
