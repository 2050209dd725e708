package org.nwbj.hdf5;

/** A named link in a group: hard (to an object), soft (a path in this file) or external (a path in another file). */
public sealed interface Link permits Link.Hard, Link.Soft, Link.External {
    /** {@return the link's name within its group} */
    String name();

    /** {@return creation order within the group, or -1 when the group does not track it} */
    long creationOrder();

    /** A hard link to the object whose header is at {@code address}. */
    record Hard(String name, long address, long creationOrder) implements Link {
    }

    /** A soft link: a path (absolute or relative to the group), not followed when listing. */
    record Soft(String name, String target, long creationOrder) implements Link {
    }

    /** An external link: a file name and an object path in it, both as stored. */
    record External(String name, String file, String target, long creationOrder) implements Link {
    }
}
