package org.nwbj.hdf5.type;

/**
 * A variable-length sequence of a base type (stored in the global heap).
 *
 * @param base the type of the sequence's elements
 * @param size bytes per stored element (its heap reference)
 */
public record VlenType(DataType base, int size) implements DataType {
}
