package org.nwbj.cli;

import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/**
 * Where the reference (HDF5 1.10.8 through h5py) shows values that differ from what the bytes mean, and the dump
 * must show what the C library shows. The library itself returns the values the bytes mean.
 */
final class CLibraryQuirks {
    private CLibraryQuirks() {
    }

    /**
     * Elements of a variable-length sequence whose base type is big-endian: HDF5 1.10.8 hands them out without
     * swapping to native order, so the reference reads the big-endian bytes as little-endian numbers.
     */
    static Object vlenElement(DataType base, Object v) {
        if (base instanceof IntegerType it && it.order() == ByteOrderKind.BIG_ENDIAN && it.size() > 1
                && it.size() <= 8 && v instanceof Number n) {
            long x = Long.reverseBytes(n.longValue()) >>> (64 - 8 * it.size());
            if (it.signed() && it.size() < 8 && (x & (1L << (8 * it.size() - 1))) != 0) {
                x |= -1L << (8 * it.size());
            }
            if (!it.signed() && it.size() == 8 && x < 0) {
                return new java.math.BigInteger(Long.toUnsignedString(x));
            }
            return x;
        }
        if (base instanceof FloatType ft && ft.order() == ByteOrderKind.BIG_ENDIAN && ft.isIeee()
                && v instanceof Double d) {
            if (ft.size() == 8) {
                return Double.longBitsToDouble(Long.reverseBytes(Double.doubleToRawLongBits(d)));
            }
            if (ft.size() == 4) {
                return (double) Float.intBitsToFloat(Integer.reverseBytes(Float.floatToRawIntBits((float) (double) d)));
            }
        }
        return v;
    }
}
