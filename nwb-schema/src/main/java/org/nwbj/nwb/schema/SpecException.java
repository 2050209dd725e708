package org.nwbj.nwb.schema;

/** Thrown when a specification cannot be read, is malformed, or refers to something that does not exist. */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
