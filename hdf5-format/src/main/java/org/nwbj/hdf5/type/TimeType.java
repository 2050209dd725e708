package org.nwbj.hdf5.type;

/** The (rarely used) HDF5 time class. */
public record TimeType(int size, ByteOrderKind order, int precision) implements DataType {
}
