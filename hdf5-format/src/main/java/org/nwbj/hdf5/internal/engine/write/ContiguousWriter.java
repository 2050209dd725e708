package org.nwbj.hdf5.internal.engine.write;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/**
 * The bulk path of contiguous writes: a primitive Java array whose elements the dataset stores as they are
 * (same width, IEEE floats or signed integers) goes to the file in pieces through one direct buffer, with no
 * full-size byte copy (a 512 MiB double[] costs 4 MiB of buffer, not 512 MiB of bytes plus the JDK's temporary
 * direct copy of them). A signed byte[] of a one-byte type is written as it is.
 */
public final class ContiguousWriter {
    /** Below this the general path (one encoded byte[]) costs no more. */
    static final long MIN_BULK_BYTES = 1 << 20;
    /** Bytes per positional write: large enough for the device, small enough for any heap. */
    private static final int PIECE = 4 << 20;

    private ContiguousWriter() {
    }

    /** The byte order the array's elements are stored in, or null when the array needs per-element encoding. */
    static ByteOrder bulkOrder(DataType type, Object values) {
        if (type instanceof IntegerType it && it.signed()) {
            boolean fits = values instanceof long[] && it.size() == 8 || values instanceof int[] && it.size() == 4
                    || values instanceof short[] && it.size() == 2 || values instanceof byte[] && it.size() == 1;
            return fits ? it.order().nio() : null;
        }
        if (type instanceof FloatType ft && ft.isIeee()) {
            boolean fits = values instanceof double[] && ft.size() == 8 || values instanceof float[] && ft.size() == 4;
            return fits ? ft.order().nio() : null;
        }
        return null;
    }

    /**
     * The offset, in elements from the dataset's start, of a selection that is one run of elements in C order, or
     * -1: dimensions after the first partial one are whole, those before it hold one index.
     */
    static long runStart(Selection sel, long[] dims) {
        long[] extent = new long[dims.length];
        for (int d = 0; d < dims.length; d++) {
            if (sel.count()[d] > 1 && sel.stride()[d] != sel.block()[d]) {
                return -1;
            }
            extent[d] = sel.count()[d] * sel.block()[d];
        }
        int first = 0;
        while (first < dims.length && extent[first] == 1) {
            first++;
        }
        for (int d = first + 1; d < dims.length; d++) {
            if (extent[d] != dims[d]) {
                return -1;
            }
        }
        long offset = 0;
        for (int d = 0; d < dims.length; d++) {
            offset = offset * dims[d] + sel.start()[d];
        }
        return offset;
    }

    /** Writes {@code values} (a {@link #bulkOrder} array) at {@code address}, piece by piece. */
    static void write(FileWriterSupport out, long address, Object values, ByteOrder order) {
        if (values instanceof byte[] b) {
            out.write(address, ByteBuffer.wrap(b));
            return;
        }
        ArrayKind kind = ArrayKind.of(values);
        int n = java.lang.reflect.Array.getLength(values);
        int perPiece = PIECE / kind.size;
        ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min((long) n * kind.size, PIECE)).order(order);
        for (int from = 0; from < n; from += perPiece) {
            int k = Math.min(perPiece, n - from);
            ((Buffer) buf).clear();
            kind.put(values, from, k, buf);
            ((Buffer) buf).position(0);
            ((Buffer) buf).limit(k * kind.size);
            out.write(address + (long) from * kind.size, buf);
        }
    }

    /** The primitive arrays of the bulk path beyond byte[]: element size and typed put decided together. */
    private enum ArrayKind {
        DOUBLE(8), LONG(8), FLOAT(4), INT(4), SHORT(2);

        final int size;

        ArrayKind(int size) {
            this.size = size;
        }

        static ArrayKind of(Object values) {
            if (values instanceof double[]) {
                return DOUBLE;
            }
            if (values instanceof long[]) {
                return LONG;
            }
            if (values instanceof float[]) {
                return FLOAT;
            }
            if (values instanceof int[]) {
                return INT;
            }
            if (values instanceof short[]) {
                return SHORT;
            }
            throw new IllegalArgumentException("not a bulk array: " + values.getClass().getSimpleName());
        }

        void put(Object values, int from, int n, ByteBuffer buf) {
            switch (this) {
                case DOUBLE -> buf.asDoubleBuffer().put((double[]) values, from, n);
                case LONG -> buf.asLongBuffer().put((long[]) values, from, n);
                case FLOAT -> buf.asFloatBuffer().put((float[]) values, from, n);
                case INT -> buf.asIntBuffer().put((int[]) values, from, n);
                case SHORT -> buf.asShortBuffer().put((short[]) values, from, n);
                default -> throw new AssertionError(this);
            }
        }
    }
}
