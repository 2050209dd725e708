package org.nwbj.hdf5;

/** The file is valid HDF5 but uses a feature nwbj does not implement yet; the message names the feature. */
public class Hdf5UnsupportedException extends Hdf5Exception {
    /**
     * A valid feature nwbj does not implement.
     *
     * @param feature the feature, named so a user can look it up
     */
    public Hdf5UnsupportedException(String feature) {
        super("not supported yet: " + feature);
    }
}
