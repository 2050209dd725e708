package org.nwbj.hdf5;

/** A path names no object, attribute or link. */
public class Hdf5NotFoundException extends Hdf5Exception {
    /**
     * A missing object.
     *
     * @param message the path or name that was not found
     */
    public Hdf5NotFoundException(String message) {
        super(message);
    }
}
