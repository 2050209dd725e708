package org.nwbj.hdf5.type;

/**
 * An HDF5 datatype as stored in a file. {@link #size()} is the size in bytes of one stored element (for
 * variable-length types, the size of the in-file descriptor).
 */
public sealed interface DataType permits IntegerType, FloatType, StringType, CompoundType, EnumType, ArrayType,
        VlenType, ReferenceType, OpaqueType, BitfieldType, TimeType {
    /** {@return bytes of one stored element} */
    int size();
}
