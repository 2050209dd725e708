package org.nwbj.hdf5;

import java.io.IOException;

/** An I/O error of the underlying storage (file missing, unreadable, disk full). */
public class Hdf5IoException extends Hdf5Exception {
    /**
     * An I/O failure of the underlying storage.
     *
     * @param message what was being done
     * @param cause the I/O exception
     */
    public Hdf5IoException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    /**
     * An I/O failure without an underlying exception.
     *
     * @param message what went wrong
     */
    public Hdf5IoException(String message) {
        super(message);
    }
}
