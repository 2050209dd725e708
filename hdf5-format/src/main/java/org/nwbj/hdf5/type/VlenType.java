package org.nwbj.hdf5.type;

/** A variable-length sequence of a base type (stored in the global heap). */
public record VlenType(DataType base, int size) implements DataType {
}
