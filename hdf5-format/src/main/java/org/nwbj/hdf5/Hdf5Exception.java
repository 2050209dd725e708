package org.nwbj.hdf5;

/** Root of every exception the nwbj HDF5 API throws. Unchecked. */
public class Hdf5Exception extends RuntimeException {
    /**
     * An exception with this message.
     *
     * @param message what went wrong, with structure and offset where known
     */
    public Hdf5Exception(String message) {
        super(message);
    }

    /**
     * An exception with this message and cause.
     *
     * @param message what went wrong, with structure and offset where known
     * @param cause the underlying failure
     */
    public Hdf5Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
