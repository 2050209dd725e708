package org.nwbj.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

import org.nwbj.hdf5.internal.engine.DatasetReader;

import org.nwbj.hdf5.internal.engine.ValueDecoder;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/** Bulk conversion of stored numbers to Java primitive arrays, with buffer views where the layout allows. */
final class Conversions {
    private Conversions() {
    }

    /**
     * 8-byte IEEE floats read straight into the result (see {@link DatasetReader#streamRows}); null when the
     * type or the layout and selection need the general path.
     */
    static double[] streamDoubles(DatasetReader r, Selection sel) {
        if (!(r.type() instanceof FloatType ft && ft.isIeee() && ft.size() == 8)
                || sel.elementCount() > DatasetReader.MAX_READ_BYTES / 8) {
            return null;
        }
        double[] out = new double[(int) sel.elementCount()];
        ByteOrder o = ft.order().nio();
        boolean done = r.streamRows(sel, (off, piece) ->
                piece.order(o).asDoubleBuffer().get(out, (int) (off >>> 3), piece.remaining() >>> 3));
        return done ? out : null;
    }

    /** 64-bit integers read straight into the result, like {@link #streamDoubles}. */
    static long[] streamLongs(DatasetReader r, Selection sel) {
        DataType t = r.type();
        IntegerType it = t instanceof EnumType e ? e.base() : t instanceof IntegerType i ? i : null;
        if (it == null || it.size() != 8 || it.precision() != 64 || it.bitOffset() != 0
                || sel.elementCount() > DatasetReader.MAX_READ_BYTES / 8) {
            return null;
        }
        long[] out = new long[(int) sel.elementCount()];
        ByteOrder o = it.order().nio();
        boolean done = r.streamRows(sel, (off, piece) ->
                piece.order(o).asLongBuffer().get(out, (int) (off >>> 3), piece.remaining() >>> 3));
        return done ? out : null;
    }

    static double[] toDoubles(DataType t, byte[] b) {
        int n = b.length / Math.max(1, t.size());
        double[] out = new double[n];
        if (t instanceof FloatType ft && ft.isIeee() && ft.size() == 8) {
            DoubleBuffer db = ByteBuffer.wrap(b).order(ft.order().nio()).asDoubleBuffer();
            db.get(out);
            return out;
        }
        if (t instanceof FloatType ft && ft.isIeee() && ft.size() == 4) {
            java.nio.FloatBuffer fb = ByteBuffer.wrap(b).order(ft.order().nio()).asFloatBuffer();
            for (int i = 0; i < n; i++) {
                out[i] = fb.get(i);
            }
            return out;
        }
        ByteBuffer bb = ByteBuffer.wrap(b);
        for (int i = 0; i < n; i++) {
            if (t instanceof FloatType ft) {
                out[i] = ValueDecoder.floatValue(ft, bb, i * t.size());
            } else if (t instanceof IntegerType it) {
                out[i] = ((Number) ValueDecoder.integer(it, bb, i * t.size())).doubleValue();
            } else {
                throw new Hdf5Exception("cannot convert " + t + " to double");
            }
        }
        return out;
    }

    static long[] toLongs(DataType t, byte[] b) {
        IntegerType it;
        if (t instanceof IntegerType i) {
            it = i;
        } else if (t instanceof EnumType e) {
            it = e.base();
        } else {
            throw new Hdf5Exception("cannot convert " + t + " to long");
        }
        int n = b.length / Math.max(1, t.size());
        long[] out = new long[n];
        if (it.size() == 8 && it.precision() == 64 && it.bitOffset() == 0) {
            ByteBuffer.wrap(b).order(it.order().nio()).asLongBuffer().get(out);
            return out;
        }
        ByteBuffer bb = ByteBuffer.wrap(b);
        for (int i = 0; i < n; i++) {
            out[i] = ((Number) ValueDecoder.integer(it, bb, i * it.size())).longValue();
        }
        return out;
    }
}
