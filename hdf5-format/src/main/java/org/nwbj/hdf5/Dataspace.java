package org.nwbj.hdf5;

import java.util.Arrays;

/**
 * The shape of a dataset or attribute: scalar, null (no elements), or simple with dimensions and maximum
 * dimensions ({@link #UNLIMITED} for an unlimited one).
 *
 * @param kind scalar, null or simple
 * @param dims the current dimensions (empty unless simple)
 * @param maxDims the maximum dimensions, {@link #UNLIMITED} where unbounded
 */
public record Dataspace(Kind kind, long[] dims, long[] maxDims) {
    /** A maximum dimension that can grow without bound. */
    public static final long UNLIMITED = -1;

    /** The three kinds of dataspace. */
    public enum Kind {
        /** One element, no dimensions. */
        SCALAR,
        /** No elements. */
        NULL,
        /** A rectangular array of dimensions. */
        SIMPLE
    }

    /**
     * Copies the dimension arrays, so a dataspace never changes.
     *
     * @param kind scalar, null or simple
     * @param dims the current dimensions (empty unless simple)
     * @param maxDims the maximum dimensions, {@link #UNLIMITED} where unbounded
     */
    public Dataspace {
        dims = dims.clone();
        maxDims = maxDims.clone();
    }

    /** {@return a scalar dataspace: one element, no dimensions} */
    public static Dataspace scalar() {
        return new Dataspace(Kind.SCALAR, new long[0], new long[0]);
    }

    /** {@return a null dataspace: no elements} */
    public static Dataspace nullSpace() {
        return new Dataspace(Kind.NULL, new long[0], new long[0]);
    }

    /**
     * A simple dataspace.
     *
     * @param dims the current dimensions
     * @param maxDims the maximum dimensions, {@link #UNLIMITED} where a dimension can grow without bound
     * @return a simple dataspace of these dimensions
     */
    public static Dataspace simple(long[] dims, long[] maxDims) {
        return new Dataspace(Kind.SIMPLE, dims, maxDims == null ? dims : maxDims);
    }

    /** {@return a copy of the current dimensions (empty unless simple)} */
    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** {@return a copy of the maximum dimensions (empty unless simple)} */
    @Override
    public long[] maxDims() {
        return maxDims.clone();
    }

    /** {@return the number of dimensions} */
    public int rank() {
        return dims.length;
    }

    /** {@return number of elements: 1 for scalar, 0 for null} */
    public long elementCount() {
        if (kind == Kind.NULL) {
            return 0;
        }
        long n = 1;
        for (long d : dims) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                throw new Hdf5FormatException("Dataspace", -1, "dimensions " + Arrays.toString(dims)
                        + " hold more than 2^63 elements");
            }
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataspace d && d.kind == kind && Arrays.equals(d.dims, dims)
                && Arrays.equals(d.maxDims, maxDims);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return kind == Kind.SIMPLE ? Arrays.toString(dims) : kind.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
