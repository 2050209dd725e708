package org.nwbj.hdf5.type;

/**
 * A bit field of {@code size} bytes.
 *
 * @param size bytes per element
 * @param order the byte order
 * @param bitOffset the first bit used
 * @param precision the number of bits used
 */
public record BitfieldType(int size, ByteOrderKind order, int bitOffset, int precision) implements DataType {
}
