package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Map;

/**
 * A read-only view of one object of a file tree (group, dataset or link) for the {@link Validator}. The NWB I/O
 * layer implements it over HDF5; tests implement it in memory.
 */
public interface SpecNode {
    /** What a node is. */
    enum Kind {
        /** A group. */
        GROUP,
        /** A dataset. */
        DATASET,
        /** A soft or external link. */
        LINK
    }

    /**
     * An attribute as stored.
     *
     * @param shape dimension sizes; empty for a scalar
     * @param value the value (String, Number, Boolean, or a List or array of them), or {@code null} if not read
     */
    record Attribute(String name, StoredType dtype, long[] shape, Object value) {
    }

    /** {@return the last path component ({@code ""} for the root)} */
    String name();

    /** {@return the absolute path in the file, such as {@code /acquisition/ts}} */
    String path();

    /** {@return whether the node is a group, a dataset or a link} */
    Kind kind();

    /** {@return attributes by name; empty for links} */
    Map<String, Attribute> attributes();

    /** {@return the stored type of a dataset; {@code null} for groups and links} */
    StoredType dtype();

    /** {@return the dimension sizes of a dataset (empty for a scalar); {@code null} for groups and links} */
    long[] shape();

    /** {@return the value of a small dataset (as for {@link Attribute#value()}), or {@code null} if not read} */
    default Object value() {
        return null;
    }

    /** {@return the members of a group (groups, datasets and links); empty for datasets and links} */
    List<SpecNode> children();

    /** {@return the object a link points to, or {@code null} if it cannot be resolved (or this is not a link)} */
    SpecNode linkTarget();

    /**
     * {@return the object an object reference value (an element of an attribute or dataset value) points at, or {@code
     * null} when it is a null reference or cannot be resolved} The default resolves nothing.
     *
     * @param reference an object reference value
     */
    default SpecNode dereference(Object reference) {
        return null;
    }
}
