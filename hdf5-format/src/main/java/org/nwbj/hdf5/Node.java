package org.nwbj.hdf5;

import java.util.List;

/** An object in an HDF5 file: a group, a dataset or a committed (named) datatype. */
public sealed interface Node permits Group, Dataset, NamedDatatype {
    /** {@return the path by which this object was reached} */
    String path();

    /** {@return file address of the object header: equal addresses mean the same object} */
    long address();

    /** {@return the attributes, sorted by name} */
    List<Attribute> attributes();

    /**
     * {@return the attributes in creation order where the object records it (h5py's {@code track_order=True}; h5py
     * lists them so), else sorted by name}
     */
    List<Attribute> attributesInCreationOrder();

    /**
     * {@return the attribute with this name; throws Hdf5NotFoundException when absent}
     *
     * @param name the attribute's name
     */
    default Attribute attribute(String name) {
        for (Attribute a : attributes()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new Hdf5NotFoundException("no attribute " + name + " on " + path());
    }

    /**
     * {@return true when an attribute with this name exists}
     *
     * @param name the attribute's name
     */
    default boolean hasAttribute(String name) {
        for (Attribute a : attributes()) {
            if (a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
