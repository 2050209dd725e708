package org.nwbj.nwb;

/** A file or container that does not meet what NWB requires. */
public class NwbException extends RuntimeException {
    public NwbException(String message) {
        super(message);
    }

    public NwbException(String message, Throwable cause) {
        super(message, cause);
    }
}
