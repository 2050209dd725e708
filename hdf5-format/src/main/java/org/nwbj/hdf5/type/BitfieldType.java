package org.nwbj.hdf5.type;

/** A bit field of {@code size} bytes. */
public record BitfieldType(int size, ByteOrderKind order, int bitOffset, int precision) implements DataType {
}
