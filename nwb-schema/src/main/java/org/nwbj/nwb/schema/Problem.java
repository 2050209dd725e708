package org.nwbj.nwb.schema;

/**
 * One way a file object fails its spec.
 *
 * @param path the path of the object in the file
 * @param kind the category of the problem
 * @param message what is wrong, in words
 */
public record Problem(String path, Kind kind, String message) {
    /** Categories of problems. */
    public enum Kind {
        /** A required attribute, dataset, group or link is absent. */
        MISSING,
        /** More or fewer instances than the spec's quantity allows. */
        QUANTITY,
        /** The stored type cannot hold the spec's dtype. */
        DTYPE,
        /** A dataset's shape is not one the spec allows. */
        SHAPE,
        /** A fixed value differs. */
        VALUE,
        /** The data type attributes are missing, unknown or not the expected type. */
        DATA_TYPE,
        /** A group where a dataset is expected or the reverse. */
        KIND,
        /** A link where none is allowed, a dangling link or a link to the wrong type. */
        LINK,
        /** An object reference to an object of the wrong type. */
        REFERENCE
    }

    @Override
    public String toString() {
        return path + ": " + kind + ": " + message;
    }
}
