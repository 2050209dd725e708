package org.nwbj.hdf5.type;

/**
 * The (rarely used) HDF5 time class.
 *
 * @param size bytes per element
 * @param order the byte order
 * @param precision the bits used
 */
public record TimeType(int size, ByteOrderKind order, int precision) implements DataType {
}
