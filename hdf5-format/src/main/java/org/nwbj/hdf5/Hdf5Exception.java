package org.nwbj.hdf5;

/** Root of every exception the nwbj HDF5 API throws. Unchecked. */
public class Hdf5Exception extends RuntimeException {
    public Hdf5Exception(String message) {
        super(message);
    }

    public Hdf5Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
