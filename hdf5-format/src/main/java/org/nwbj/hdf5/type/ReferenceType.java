package org.nwbj.hdf5.type;

/**
 * A reference to an object, or to a region of a dataset.
 *
 * @param kind an object or a region reference
 * @param size bytes per stored reference
 */
public record ReferenceType(Kind kind, int size) implements DataType {
    /** What a reference points at. */
    public enum Kind {
        /** An object reference: the address of an object header. */
        OBJECT,
        /** A dataset region reference: a dataset and a selection of its elements. */
        REGION
    }
}
