package org.nwbj.hdf5.type;

/** Uninterpreted bytes with a descriptive tag. */
public record OpaqueType(int size, String tag) implements DataType {
}
