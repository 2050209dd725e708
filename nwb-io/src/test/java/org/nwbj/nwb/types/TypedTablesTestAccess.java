package org.nwbj.nwb.types;

/** Test helpers of this package for tests elsewhere. */
public final class TypedTablesTestAccess {
    private TypedTablesTestAccess() {
    }

    /** A new file with the required session metadata. */
    public static NWBFile newFile(String id) {
        return TypedTablesTest.newFile(id);
    }
}
