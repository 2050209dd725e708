package org.nwbj.hdf5;

/**
 * A file asked for more than a {@link ReadLimits} limit allows (a huge allocation, a deflate bomb, a deep link
 * chain). The file may be valid: raise the named limit to read it.
 */
public class Hdf5LimitException extends Hdf5Exception {
    /**
     * The exceeded limit's name.
     */
    private final String limit;
    /**
     * The value the file asked for.
     */
    private final long found;
    /**
     * The limit in effect.
     */
    private final long allowed;

    /**
     * A request beyond a read limit.
     *
     * @param limit the limit's name, as its {@link ReadLimits} component
     * @param found the value the file asked for
     * @param allowed the limit in effect
     * @param what what was being read
     */
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
