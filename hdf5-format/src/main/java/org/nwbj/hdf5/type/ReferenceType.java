package org.nwbj.hdf5.type;

/** A reference to an object, or to a region of a dataset. */
public record ReferenceType(Kind kind, int size) implements DataType {
    /** What a reference points at. */
    public enum Kind { OBJECT, REGION }
}
