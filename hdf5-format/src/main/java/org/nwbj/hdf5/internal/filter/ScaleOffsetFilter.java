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
        if (passesThrough(cd)) {
            return encoded.clone();
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
        int outSize = NbitFilter.checkedSize(STRUCTURE, cd[2], size, p, Math.max(0, encoded.length - HEADER),
                minbits);
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

    /**
     * An integer scale factor (the requested minbits) equal to the full width makes the C filter return the chunk
     * untouched, in both directions.
     */
    private static boolean passesThrough(int[] cd) {
        if (cd[0] == 0) {
            return false; // D-scale: the factor is a decimal exponent, not a bit count
        }
        int factor = cd[3] == 0 ? Math.max(0, cd[1]) : cd[1];
        if ((long) factor > cd[4] * 8L) {
            throw new Hdf5FormatException(STRUCTURE, -1, "minimum bits " + factor + " exceed the " + cd[4] * 8L
                    + "-bit datatype");
        }
        return factor == cd[4] * 8;
    }

    /** Ceiling of log2 of an unsigned 64-bit number, as H5Z__scaleoffset_log2 (which gives 1 for 0). */
    static int log2(long num) {
        if (num == 0) {
            return 1;
        }
        int v = 63 - Long.numberOfLeadingZeros(num);
        return num == (1L << v) ? v : v + 1;
    }

    /** Round half away from zero, as C's lround. */
    private static long lround(double x) {
        double a = Math.abs(x);
        double r = Math.floor(a);
        if (a - r >= 0.5) {
            r += 1;
        }
        return (long) (x < 0 ? -r : r);
    }

    /**
     * Encodes exactly as H5Zscaleoffset.c does (byte for byte, on a little-endian writer): integers with the
     * requested or computed minimum bits, floats with the decimal scale factor D (lossy: values are rounded to
     * 10^-D). The E-scale method is refused, as in the C library.
     */
    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int[] cd = p.clientData();
        if (cd.length < 8) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + cd.length + " values, need 8");
        }
        int cls = cd[3];
        int size = cd[4];
        boolean signed = cd[5] == 1;
        boolean bigEndian = cd[6] == 1;
        boolean fillDefined = cd[7] == 1;
        if (cls == 1 && cd[0] != 0 || cls == 1 && size != 4 && size != 8
                || cls == 0 && size != 1 && size != 2 && size != 4 && size != 8 || cls != 0 && cls != 1) {
            throw new Hdf5UnsupportedException("scaleoffset encoding of class " + cls + ", size " + size
                    + ", scale type " + cd[0]);
        }
        if (passesThrough(cd)) {
            return raw.clone();
        }
        if (raw.length % size != 0) {
            throw new Hdf5FormatException(STRUCTURE, -1, "chunk of " + raw.length + " bytes is not a whole number of "
                    + size + "-byte elements");
        }
        int n = raw.length / size;
        int bitsFull = size * 8;
        long fillBits = (cd.length > 8 ? cd[8] & 0xffffffffL : 0) | (cd.length > 9 ? (cd[9] & 0xffffffffL) << 32 : 0);
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = get(raw, i * size, size, bigEndian);
        }
        int minbits;
        long minval = 0;
        long[] offsets = v;
        if (cls == 0) {
            minbits = Math.max(0, cd[1]);
            long typeMask = size == 8 ? -1L : (1L << bitsFull) - 1;
            long fill = extend(fillBits & typeMask, size, signed);
            for (int i = 0; i < n; i++) {
                v[i] = extend(v[i], size, signed);
            }
            boolean unsigned64 = !signed && size == 8;
            long min = 0;
            long max = 0;
            int i = 0;
            if (fillDefined) {
                while (i < n && v[i] == fill) {
                    i++;
                }
            }
            if (i < n) {
                min = v[i];
                max = v[i];
            }
            for (; i < n; i++) {
                if (fillDefined && v[i] == fill) {
                    continue;
                }
                if (less(max, v[i], unsigned64)) {
                    max = v[i];
                }
                if (less(v[i], min, unsigned64)) {
                    min = v[i];
                }
            }
            boolean tooWide = false;
            if (minbits == 0) {
                long diff = (max - min) & typeMask;
                if (Long.compareUnsigned(diff, typeMask - 2) > 0) {
                    tooWide = true; // C returns before storing the minimum
                    minbits = bitsFull;
                } else {
                    long span = (diff + 1) & typeMask;
                    minbits = log2(fillDefined ? span + 1 : span);
                }
            }
            if (!tooWide) {
                minval = min;
            }
            if (minbits != bitsFull) {
                offsets = new long[n];
                long marker = (1L << minbits) - 1;
                for (int k = 0; k < n; k++) {
                    offsets[k] = fillDefined && v[k] == fill ? marker : v[k] - min;
                }
            }
        } else if (size == 4) {
            int d = cd[1];
            float p10 = (float) Math.pow(10.0, d);
            float pNeg = (float) Math.pow(10.0, -d);
            double pNegD = Math.pow(10.0, -d);
            float fill = Float.intBitsToFloat((int) fillBits);
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = Float.intBitsToFloat((int) v[i]);
            }
            float min = 0;
            float max = 0;
            int i = 0;
            if (fillDefined) {
                while (i < n && Math.abs((double) (f[i] - fill)) < pNegD) {
                    i++;
                }
            }
            if (i < n) {
                min = f[i];
                max = f[i];
            }
            for (; i < n; i++) {
                if (fillDefined && Math.abs((double) (f[i] - fill)) < pNegD) {
                    continue;
                }
                max = f[i] > max ? f[i] : max;
                min = f[i] < min ? f[i] : min;
            }
            float range = max * p10 - min * p10;
            if ((float) roundAway(range) > (float) (1L << 31)) {
                minbits = 32; // minval stays 0, as the C code jumps past storing it
            } else {
                long span = lround(range) + 1;
                minbits = log2(fillDefined ? span + 1 : span);
                minval = Float.floatToRawIntBits(min) & 0xffffffffL;
            }
            if (minbits != 32) {
                offsets = new long[n];
                for (int k = 0; k < n; k++) {
                    if (fillDefined && Math.abs(f[k] - fill) < pNeg) {
                        offsets[k] = (1L << minbits) - 1;
                    } else {
                        offsets[k] = (int) lround(f[k] * p10 - min * p10);
                    }
                }
            }
        } else {
            int d = cd[1];
            double p10 = Math.pow(10.0, d);
            double pNeg = Math.pow(10.0, -d);
            double fill = Double.longBitsToDouble(fillBits);
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = Double.longBitsToDouble(v[i]);
            }
            double min = 0;
            double max = 0;
            int i = 0;
            if (fillDefined) {
                while (i < n && Math.abs(f[i] - fill) < pNeg) {
                    i++;
                }
            }
            if (i < n) {
                min = f[i];
                max = f[i];
            }
            for (; i < n; i++) {
                if (fillDefined && Math.abs(f[i] - fill) < pNeg) {
                    continue;
                }
                max = f[i] > max ? f[i] : max;
                min = f[i] < min ? f[i] : min;
            }
            double range = max * p10 - min * p10;
            if (roundAway(range) > Math.pow(2.0, 63)) {
                minbits = 64;
            } else {
                long span = lround(range) + 1;
                minbits = log2(fillDefined ? span + 1 : span);
                minval = Double.doubleToRawLongBits(min);
            }
            if (minbits != 64) {
                offsets = new long[n];
                for (int k = 0; k < n; k++) {
                    if (fillDefined && Math.abs(f[k] - fill) < pNeg) {
                        offsets[k] = (1L << minbits) - 1;
                    } else {
                        offsets[k] = lround(f[k] * p10 - min * p10);
                    }
                }
            }
        }
        return pack(raw, n, size, bigEndian, minbits, minval, offsets);
    }

    private static double roundAway(double x) {
        double a = Math.floor(Math.abs(x));
        if (Math.abs(x) - a >= 0.5) {
            a += 1;
        }
        return x < 0 ? -a : a;
    }

    private static boolean less(long a, long b, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(a, b) < 0 : a < b;
    }

    private static long extend(long v, int size, boolean signed) {
        if (size == 8) {
            return v;
        }
        int shift = 64 - 8 * size;
        return signed ? (v << shift) >> shift : v & ((1L << (8 * size)) - 1);
    }

    private static byte[] pack(byte[] raw, int n, int size, boolean bigEndian, int minbits, long minval,
            long[] offsets) {
        int bitsFull = size * 8;
        byte[] out;
        if (minbits == bitsFull) {
            // stored as the writer's native (little-endian) values after the header
            out = new byte[HEADER + raw.length];
            for (int i = 0; i < n; i++) {
                put(out, HEADER + i * size, size, get(raw, i * size, size, bigEndian), false);
            }
        } else {
            out = new byte[(int) (HEADER + (long) n * minbits / 8 + 1)];
            if (minbits > 0) {
                BitOutput bits = new BitOutput(out.length);
                for (int i = 0; i < n; i++) {
                    bits.writeLong(offsets[i], minbits);
                }
                byte[] packed = bits.toByteArray(0);
                System.arraycopy(packed, 0, out, HEADER, Math.min(packed.length, out.length - HEADER));
            }
        }
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) (minbits >>> (8 * i));
        }
        out[4] = 8;
        for (int i = 0; i < 8; i++) {
            out[5 + i] = (byte) (minval >>> (8 * i));
        }
        return out;
    }

    private static long get(byte[] b, int at, int size, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (b[at + (bigEndian ? size - 1 - i : i)] & 0xffL) << (8 * i);
        }
        return v;
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
