package org.nwbj.hdf5;

/**
 * A file asked for more than a {@link ReadLimits} limit allows (a huge allocation, a deflate bomb, a deep link
 * chain). The file may be valid: raise the named limit to read it.
 */
public class Hdf5LimitException extends Hdf5Exception {
    private final String limit;
    private final long found;
    private final long allowed;

    public Hdf5LimitException(String limit, long found, long allowed, String what) {
        super(what + ": " + found + " exceeds the limit " + limit + " = " + allowed
                + " (raise it with OpenOptions.withLimits(ReadLimits.defaults()." + limit + "(...)))");
        this.limit = limit;
        this.found = found;
        this.allowed = allowed;
    }

    /** {@return the exceeded limit, named as its {@link ReadLimits} component} */
    public String limit() {
        return limit;
    }

    /** {@return the value the file asked for} */
    public long found() {
        return found;
    }

    /** {@return the limit in effect} */
    public long allowed() {
        return allowed;
    }
}
