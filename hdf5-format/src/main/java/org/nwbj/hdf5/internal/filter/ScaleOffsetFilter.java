package org.nwbj.hdf5.internal.filter;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 6: scale-offset. Each value is stored as its offset from the chunk minimum in {@code minbits} bits
 * (floats first scaled by 10^D and rounded). Client data (H5Zscaleoffset.c): [0] scale type (0 float D-scale,
 * 1 float E-scale, 2 integer), [1] scale factor, [2] elements in the chunk, [3] class (0 integer, 1 float),
 * [4] size, [5] sign (0 unsigned, 1 two's complement), [6] order (0 LE, 1 BE), [7] 1 if a fill value is defined,
 * [8..] the fill value, little-endian. The chunk starts with a 21-byte header: minbits (4 bytes LE), the byte
 * count of minval (1 byte), minval (LE), padding.
 */
final class ScaleOffsetFilter implements Filter {
    static final String STRUCTURE = "scaleoffset filter";
    static final int HEADER = 21;

    @Override
    public int id() {
        return 6;
    }

    @Override
    public String name() {
        return "scaleoffset";
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        int[] cd = p.clientData();
        if (cd.length < 8) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + cd.length + " values, need 8");
        }
        int scaleType = cd[0];
        int dScale = cd[1];
        int cls = cd[3];
        int size = cd[4];
        boolean bigEndian = cd[6] == 1;
        boolean fillDefined = cd[7] == 1;
        if (cls == 1) {
            if (scaleType == 1) {
                throw new Hdf5UnsupportedException("scaleoffset E-scale for floats (not implemented by HDF5 either)");
            }
            if (scaleType != 0) {
                throw new Hdf5FormatException(STRUCTURE, -1, "scale type " + scaleType + " for a float");
            }
            if (size != 4 && size != 8) {
                throw new Hdf5UnsupportedException("scaleoffset for " + size + "-byte floats");
            }
        } else if (cls == 0) {
            if (size != 1 && size != 2 && size != 4 && size != 8) {
                throw new Hdf5UnsupportedException("scaleoffset for " + size + "-byte integers");
            }
        } else {
            throw new Hdf5FormatException(STRUCTURE, -1, "datatype class " + cls);
        }
        long fill = 0;
        if (fillDefined) {
            fill = (cd.length > 8 ? cd[8] & 0xffffffffL : 0) | (cd.length > 9 ? (cd[9] & 0xffffffffL) << 32 : 0);
        }
        if (encoded.length < HEADER) {
            throw new Hdf5FormatException(STRUCTURE, -1, "chunk of " + encoded.length
                    + " bytes is shorter than the 21-byte header");
        }
        long minbitsRaw = le(encoded, 0, 4);
        int minvalSize = Math.min(8, encoded[4] & 0xff);
        long minval = le(encoded, 5, minvalSize);
        int bitsPerValue = size * 8;
        if (minbitsRaw > bitsPerValue) {
            throw new Hdf5FormatException(STRUCTURE, -1, "minbits " + minbitsRaw + " exceeds the " + bitsPerValue
                    + "-bit datatype");
        }
        int minbits = (int) minbitsRaw;
        // every element takes minbits bits, except that minbits 0 (all values equal) takes none
        int outSize = NbitFilter.checkedSize(cd[2], size, p, Math.max(0, encoded.length - HEADER), minbits);
        int n = outSize / size;
        byte[] out = new byte[outSize];
        if (minbits == bitsPerValue) {
            // stored unchanged (in the writer's native order, little-endian on every platform we know of)
            if (encoded.length < HEADER + (long) outSize) {
                throw new Hdf5FormatException(STRUCTURE, -1, "full-precision chunk holds "
                        + (encoded.length - HEADER) + " bytes, need " + outSize);
            }
            for (int i = 0; i < n; i++) {
                put(out, i * size, size, le(encoded, HEADER + i * size, size), bigEndian);
            }
            return out;
        }
        BitInput in = minbits == 0 ? null : new BitInput(encoded, HEADER, STRUCTURE);
        long fillMarker = (1L << minbits) - 1; // the all-ones offset stands for the fill value
        if (cls == 0) {
            for (int i = 0; i < n; i++) {
                long v = in == null ? 0 : in.readLong(minbits);
                long value = fillDefined && v == fillMarker ? fill : v + minval;
                put(out, i * size, size, value, bigEndian);
            }
        } else if (size == 4) {
            float min = Float.intBitsToFloat((int) minval);
            float fillValue = Float.intBitsToFloat((int) fill);
            // C computes in float: (float) offset / powf(10, D) + min
            float scale = (float) Math.pow(10.0, (float) dScale);
            for (int i = 0; i < n; i++) {
                int v = in == null ? 0 : (int) in.read(minbits);
                float f = fillDefined && v == (int) fillMarker ? fillValue : (float) v / scale + min;
                put(out, i * 4, 4, Float.floatToRawIntBits(f) & 0xffffffffL, bigEndian);
            }
        } else {
            double min = Double.longBitsToDouble(minval);
            double fillValue = Double.longBitsToDouble(fill);
            double scale = Math.pow(10.0, dScale);
            for (int i = 0; i < n; i++) {
                long v = in == null ? 0 : in.readLong(minbits);
                double d = fillDefined && v == fillMarker ? fillValue : (double) v / scale + min;
                put(out, i * 8, 8, Double.doubleToRawLongBits(d), bigEndian);
            }
        }
        return out;
    }

    private static long le(byte[] b, int at, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (b[at + i] & 0xffL) << (8 * i);
        }
        return v;
    }

    private static void put(byte[] out, int at, int size, long v, boolean bigEndian) {
        for (int i = 0; i < size; i++) {
            out[at + (bigEndian ? size - 1 - i : i)] = (byte) (v >>> (8 * i));
        }
    }
}
