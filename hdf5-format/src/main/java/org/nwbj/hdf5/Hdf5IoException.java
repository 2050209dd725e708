package org.nwbj.hdf5;

import java.io.IOException;

/** An I/O error of the underlying storage (file missing, unreadable, disk full). */
public class Hdf5IoException extends Hdf5Exception {
    public Hdf5IoException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public Hdf5IoException(String message) {
        super(message);
    }
}
