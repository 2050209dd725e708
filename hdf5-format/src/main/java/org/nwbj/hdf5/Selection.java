package org.nwbj.hdf5;

import java.util.Arrays;

/**
 * A hyperslab selection, as in {@code H5Sselect_hyperslab}: in each dimension, {@code count} blocks of
 * {@code block} elements, the first at {@code start}, each {@code stride} after the previous.
 *
 * @param start the first element in each dimension
 * @param stride the distance between the starts of two blocks in each dimension
 * @param count the number of blocks in each dimension
 * @param block the elements per block in each dimension
 */
public record Selection(long[] start, long[] stride, long[] count, long[] block) {
    /**
     * Copies the arrays and checks them: one value per dimension each, start and count not negative, stride and block
     * at least 1, blocks not overlapping.
     *
     * @param start the first element in each dimension
     * @param stride the distance between the starts of two blocks in each dimension
     * @param count the number of blocks in each dimension
     * @param block the elements per block in each dimension
     */
    public Selection {
        start = start.clone();
        stride = stride.clone();
        count = count.clone();
        block = block.clone();
        int n = start.length;
        if (stride.length != n || count.length != n || block.length != n) {
            throw new IllegalArgumentException("start, stride, count and block must have the same length");
        }
        for (int i = 0; i < n; i++) {
            if (start[i] < 0 || count[i] < 0 || block[i] < 1 || stride[i] < 1) {
                throw new IllegalArgumentException("dimension " + i + ": start and count must be >= 0, "
                        + "stride and block >= 1");
            }
            if (count[i] > 1 && stride[i] < block[i]) {
                throw new IllegalArgumentException("dimension " + i + ": blocks overlap (stride < block)");
            }
        }
    }

    /**
     * {@return every element of a dataspace}
     *
     * @param dims the dataspace's dimensions
     */
    public static Selection all(long[] dims) {
        long[] ones = new long[dims.length];
        Arrays.fill(ones, 1);
        return new Selection(new long[dims.length], ones, dims, ones);
    }

    /**
     * {@return a contiguous box: {@code count[i]} elements from {@code start[i]} in each dimension}
     *
     * @param start the first element in each dimension
     * @param count the number of elements in each dimension
     */
    public static Selection box(long[] start, long[] count) {
        long[] ones = new long[start.length];
        Arrays.fill(ones, 1);
        return new Selection(start, ones, count, ones);
    }

    /**
     * {@return rows {@code [from, from + n)} of a dataset of the given dimensions (all of the other dimensions)}
     *
     * @param dims the dataset's dimensions
     * @param from the first row
     * @param n the number of rows
     */
    public static Selection rows(long[] dims, long from, long n) {
        long[] start = new long[dims.length];
        long[] count = dims.clone();
        start[0] = from;
        count[0] = n;
        return box(start, count);
    }

    /** {@return the number of dimensions} */
    public int rank() {
        return start.length;
    }

    /** {@return dimensions of the selected data: count * block in each dimension} */
    public long[] shape() {
        long[] s = new long[start.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = count[i] * block[i];
        }
        return s;
    }

    /** {@return the number of selected elements} */
    public long elementCount() {
        long n = 1;
        for (long d : shape()) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                throw new Hdf5Exception("selection of shape " + Arrays.toString(shape()) + " is too large");
            }
            n *= d;
        }
        return n;
    }

    /**
     * Throws unless the selection lies within {@code dims}.
     *
     * @param dims the dimensions to check against
     */
    public void checkWithin(long[] dims) {
        if (dims.length != start.length) {
            throw new Hdf5Exception("selection of rank " + start.length + " on a dataspace of rank " + dims.length);
        }
        for (int i = 0; i < dims.length; i++) {
            if (count[i] == 0) {
                continue;
            }
            long last = start[i] + (count[i] - 1) * stride[i] + block[i];
            if (last > dims[i]) {
                throw new Hdf5Exception("selection reaches " + last + " in dimension " + i + " of size " + dims[i]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && Arrays.equals(s.start, start) && Arrays.equals(s.stride, stride)
                && Arrays.equals(s.count, count) && Arrays.equals(s.block, block);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(start) * 31 + Arrays.hashCode(count);
    }

    @Override
    public String toString() {
        return "Selection[start=" + Arrays.toString(start) + ", stride=" + Arrays.toString(stride) + ", count="
                + Arrays.toString(count) + ", block=" + Arrays.toString(block) + "]";
    }
}
