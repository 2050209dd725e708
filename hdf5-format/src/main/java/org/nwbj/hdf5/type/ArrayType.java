package org.nwbj.hdf5.type;

import java.util.ArrayList;

import java.util.Collections;

import java.util.List;

/**
 * A fixed-size array of a base type.
 *
 * @param base the element type
 * @param dims the array's dimensions
 */
public record ArrayType(DataType base, List<Long> dims) implements DataType {
    /**
     * Copies the dimensions into an unmodifiable list.
     *
     * @param base the element type
     * @param dims the array's dimensions
     */
    public ArrayType {
        dims = Collections.unmodifiableList(new ArrayList<>(dims));
    }

    /** {@return number of base elements in one array element} */
    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    @Override
    public int size() {
        return (int) (elementCount() * base.size());
    }
}
