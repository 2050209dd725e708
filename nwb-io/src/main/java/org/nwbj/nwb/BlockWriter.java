package org.nwbj.nwb;

import java.lang.reflect.Array;
import java.util.Iterator;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Selection;

/**
 * Appends {@link ArrayData.Blocks} to a new dataset. Rows are written in whole chunks: a block that ends inside a
 * chunk leaves its last rows (fewer than one chunk's) for the next, so no chunk is written twice and memory holds
 * at most one block plus one chunk of rows.
 */
final class BlockWriter {
    private BlockWriter() {
    }

    static DatasetWriter write(GroupWriter g, String name, ArrayData.Blocks blocks) {
        DatasetOptions options = blocks.options();
        DatasetWriter d = g.createDataset(name, options);
        long[] dims = d.dims();
        long rowElements = 1;
        for (int i = 1; i < dims.length; i++) {
            rowElements *= dims[i];
        }
        long[] chunks = options.chunkDims();
        long chunkRows = chunks == null ? 1 : Math.max(1, chunks[0]);
        Object carry = null;
        Iterator<?> it = blocks.take();
        long index = 0;
        while (it.hasNext()) {
            Object block = it.next();
            if (block == null || !block.getClass().isArray() || !block.getClass().getComponentType().isPrimitive()) {
                throw new NwbException("block " + index + " of " + name + " is not a primitive Java array: "
                        + (block == null ? "null" : block.getClass().getSimpleName()));
            }
            int length = Array.getLength(block);
            if (rowElements == 0 || length % rowElements != 0) {
                throw new NwbException("block " + index + " of " + name + " holds " + length
                        + " values, not whole rows of " + rowElements);
            }
            if (carry != null && carry.getClass() != block.getClass()) {
                throw new NwbException("block " + index + " of " + name + " is a " + block.getClass().getSimpleName()
                        + " after blocks of " + carry.getClass().getSimpleName());
            }
            Object rows = carry == null ? block : concat(carry, block);
            long n = Array.getLength(rows) / rowElements;
            long whole = n - n % chunkRows;
            if (whole > 0) {
                append(d, rows, 0, whole, rowElements);
            }
            carry = whole == n ? null : slice(rows, whole * rowElements, (n - whole) * rowElements);
            index++;
        }
        if (carry != null) {
            append(d, carry, 0, Array.getLength(carry) / rowElements, rowElements);
        }
        return d;
    }

    private static void append(DatasetWriter d, Object rows, long fromRow, long n, long rowElements) {
        long[] dims = d.dims();
        long start = dims[0];
        dims[0] = start + n;
        d.resize(dims);
        Object part = fromRow == 0 && n * rowElements == Array.getLength(rows) ? rows
                : slice(rows, fromRow * rowElements, n * rowElements);
        d.write(Selection.rows(dims, start, n), part);
    }

    private static Object concat(Object a, Object b) {
        int na = Array.getLength(a);
        int nb = Array.getLength(b);
        Object out = Array.newInstance(a.getClass().getComponentType(), na + nb);
        System.arraycopy(a, 0, out, 0, na);
        System.arraycopy(b, 0, out, na, nb);
        return out;
    }

    private static Object slice(Object a, long from, long n) {
        Object out = Array.newInstance(a.getClass().getComponentType(), (int) n);
        System.arraycopy(a, (int) from, out, 0, (int) n);
        return out;
    }
}
