package org.nwbj.hdf5;

/**
 * The value of an enum element: its member name (null when no member has the value) and integer value.
 *
 * @param name the member name, or null when no member has the value
 * @param value the integer value
 */
public record EnumValue(String name, long value) {
}
