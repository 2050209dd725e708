package org.nwbj.nwb.schema;

/** Thrown when a specification cannot be read, is malformed, or refers to something that does not exist. */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with this message.
     *
     * @param message what is wrong with the spec
     */
    public SpecException(String message) {
        super(message);
    }

    /**
     * An exception with this message and cause.
     *
     * @param message what is wrong with the spec
     * @param cause the underlying failure
     */
    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
