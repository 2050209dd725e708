package org.nwbj.hdf5.links;

import java.nio.file.Path;

/**
 * What checking one external link found: the link, the verdict, the file its name led to (null when none), the
 * kind of object reached (null when none) and, for a broken link, why.
 *
 * @param link the link checked
 * @param verdict what the check concluded
 * @param resolvedFile the file the link's name led to, or null
 * @param kind the kind of object reached, or null
 * @param detail why a broken link is broken, or null
 */
public record LinkStatus(StoredLink link, Verdict verdict, Path resolvedFile, ObjectKind kind, String detail) {
    /** The outcome of following a link. */
    public enum Verdict {
        /** The file was found, the object in it, and it is what the link expects. */
        OK,
        /** No file of that name where the C library searches. */
        FILE_NOT_FOUND,
        /** The file was found, but not the object (or a link on the way to it is broken). */
        OBJECT_NOT_FOUND,
        /** The object was found but is not what the link expects (dataset for group, another NWB type). */
        WRONG_TYPE,
        /** The link policy forbids opening the target file. */
        REFUSED,
        /** The target file could not be read (not HDF5, damaged, locked). */
        UNREADABLE
    }

    /** The kind of object a link reaches. */
    public enum ObjectKind {
        /** A group. */
        GROUP,
        /** A dataset. */
        DATASET,
        /** A committed datatype. */
        DATATYPE
    }

    /** {@return true unless the verdict is {@link Verdict#OK}} */
    public boolean broken() {
        return verdict != Verdict.OK;
    }
}
