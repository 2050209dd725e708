package org.nwbj.hdf5.type;

/**
 * Uninterpreted bytes with a descriptive tag.
 *
 * @param size bytes per element
 * @param tag the descriptive tag
 */
public record OpaqueType(int size, String tag) implements DataType {
}
