package org.nwbj.nwb;

/** A file or container that does not meet what NWB requires. */
public class NwbException extends RuntimeException {
    /**
     * An exception with this message.
     *
     * @param message what went wrong
     */
    public NwbException(String message) {
        super(message);
    }

    /**
     * An exception with this message and cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public NwbException(String message, Throwable cause) {
        super(message, cause);
    }
}
