package org.nwbj.hdf5;

/** A path names no object, attribute or link. */
public class Hdf5NotFoundException extends Hdf5Exception {
    public Hdf5NotFoundException(String message) {
        super(message);
    }
}
