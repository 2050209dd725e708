package org.nwbj.hdf5.internal.engine.write;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.RegionReference;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.OpaqueType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.TimeType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Java values to stored element bytes for every datatype: the inverse of {@link ValueDecoder}, so that the values
 * {@code readValues()} returns write back unchanged. Accepted forms per type class: integers and time: any Number
 * (BigInteger too), Boolean, EnumValue; floats: Number; strings: String (null: empty); compound: Map from member
 * name; enum: EnumValue, member name String, Number or Boolean; array: List (nested by dimension, or flat) or a Java
 * array; vlen sequence: List or Java array; object reference: ObjectReference or null; region reference:
 * RegionReference or null; opaque, bitfield: byte[] (bitfield also Number).
 *
 * <p>Variable-length data (strings, sequences, region selections) is queued in the file's {@link HeapWriter}; the
 * returned bytes hold their heap addresses after the heap's next flush.
 */
public final class ValueEncoder {
    private final FormatContext ctx;
    private final HeapWriter heap;

    ValueEncoder(FormatContext ctx, HeapWriter heap) {
        this.ctx = ctx;
        this.heap = heap;
    }

    /** Encodes {@code elements} one after another. */
    byte[] encode(DataType t, List<?> elements) {
        long total = (long) elements.size() * t.size();
        if (total > Integer.MAX_VALUE - 16) {
            throw new Hdf5Exception(elements.size() + " elements of " + t.size() + " bytes do not fit in one write");
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < elements.size(); i++) {
            encode(t, elements.get(i), out, i * t.size());
        }
        return out;
    }

    void encode(DataType t, Object v, byte[] dst, int at) {
        if (t instanceof IntegerType it) {
            integer(it, v, dst, at);
        } else if (t instanceof FloatType ft) {
            floatValue(ft, v, dst, at);
        } else if (t instanceof StringType st) {
            string(st, v, dst, at);
        } else if (t instanceof CompoundType ct) {
            if (!(v instanceof Map<?, ?> m)) {
                throw mismatch(t, v, "a Map from member name to value");
            }
            for (CompoundType.Member member : ct.members()) {
                if (!m.containsKey(member.name())) {
                    throw new Hdf5Exception("compound value lacks member \"" + member.name() + "\"");
                }
                encode(member.type(), m.get(member.name()), dst, at + member.offset());
            }
        } else if (t instanceof EnumType et) {
            integer(et.base(), enumValue(et, v), dst, at);
        } else if (t instanceof ArrayType a) {
            List<Object> flat = new ArrayList<>();
            flatten(v, a.dims().size(), a.base() instanceof OpaqueType || a.base() instanceof BitfieldType, flat);
            if (flat.size() != a.elementCount()) {
                throw new Hdf5Exception("array value of " + flat.size() + " elements for an array type of "
                        + a.elementCount());
            }
            for (int i = 0; i < flat.size(); i++) {
                encode(a.base(), flat.get(i), dst, at + i * a.base().size());
            }
        } else if (t instanceof VlenType vt) {
            List<Object> items = new ArrayList<>();
            if (v != null) {
                if (!(v instanceof List<?>) && !v.getClass().isArray()) {
                    throw mismatch(t, v, "a List or an array");
                }
                flattenOne(v, items);
            }
            java.util.Arrays.fill(dst, at, at + t.size(), (byte) 0);
            if (!items.isEmpty()) {
                heap.add(encode(vt.base(), items), items.size(), dst, at);
            }
        } else if (t instanceof ReferenceType rt) {
            reference(rt, v, dst, at);
        } else if (t instanceof OpaqueType || t instanceof BitfieldType) {
            if (v instanceof byte[] b && b.length == t.size()) {
                System.arraycopy(b, 0, dst, at, b.length);
            } else if (t instanceof BitfieldType bt && v instanceof Number n) {
                putBits(BigInteger.valueOf(n.longValue()), bt.size(), bt.order(), dst, at);
            } else {
                throw mismatch(t, v, "byte[" + t.size() + "]");
            }
        } else if (t instanceof TimeType tt) {
            integer(new IntegerType(tt.size(), tt.order(), false, 0, tt.size() * 8), v, dst, at);
        } else {
            throw new Hdf5UnsupportedException("writing values of " + t);
        }
    }

    private static Hdf5Exception mismatch(DataType t, Object v, String expected) {
        return new Hdf5Exception("cannot write " + (v == null ? "null" : "a " + v.getClass().getSimpleName())
                + " as " + t + ": expected " + expected);
    }

    private static Object enumValue(EnumType et, Object v) {
        if (v instanceof EnumValue ev) {
            return ev.value();
        }
        if (v instanceof String s) {
            for (EnumType.Member m : et.members()) {
                if (m.name().equals(s)) {
                    return m.value();
                }
            }
            throw new Hdf5Exception("enum has no member named \"" + s + "\"");
        }
        return v;
    }

    private void integer(IntegerType t, Object v, byte[] dst, int at) {
        BigInteger x;
        if (v instanceof BigInteger b) {
            x = b;
        } else if (v instanceof Boolean b) {
            x = b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof EnumValue e) {
            x = BigInteger.valueOf(e.value());
        } else if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            x = BigInteger.valueOf(n.longValue());
        } else if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            x = BigInteger.valueOf((long) n.doubleValue());
        } else {
            throw mismatch(t, v, "an integer Number");
        }
        int p = t.precision();
        BigInteger min = t.signed() ? BigInteger.ONE.shiftLeft(p - 1).negate() : BigInteger.ZERO;
        BigInteger max = t.signed() ? BigInteger.ONE.shiftLeft(p - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) {
            throw new Hdf5Exception("value " + x + " does not fit in " + (t.signed() ? "int" : "uint") + p);
        }
        BigInteger bits = x.and(BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE)).shiftLeft(t.bitOffset());
        putBits(bits, t.size(), t.order(), dst, at);
    }

    private static void putBits(BigInteger bits, int size, ByteOrderKind order, byte[] dst, int at) {
        for (int k = 0; k < size; k++) {
            byte b = (byte) bits.shiftRight(8 * k).intValue();
            int idx = order == ByteOrderKind.BIG_ENDIAN ? at + size - 1 - k
                    : order == ByteOrderKind.VAX ? at + ((size - 1 - k) ^ 1) : at + k;
            dst[idx] = b;
        }
    }

    private static void floatValue(FloatType t, Object v, byte[] dst, int at) {
        if (!(v instanceof Number n)) {
            throw mismatch(t, v, "a Number");
        }
        double d = n.doubleValue();
        if (!t.isIeee()) {
            putBits(anyFloatBits(t, d), t.size(), t.order(), dst, at);
            return;
        }
        long bits = switch (t.size()) {
            case 2 -> halfBits(d);
            case 4 -> Float.floatToRawIntBits((float) d) & 0xffffffffL;
            default -> Double.doubleToRawLongBits(d);
        };
        for (int k = 0; k < t.size(); k++) {
            int idx = t.order() == ByteOrderKind.BIG_ENDIAN ? at + t.size() - 1 - k : at + k;
            dst[idx] = (byte) (bits >>> (8 * k));
        }
    }

    /**
     * The bits of {@code d} in any HDF5 float layout (bfloat16, x87 extended, ...), rounded to nearest even; the
     * inverse of the reader's conversion. Normalization 2 keeps the leading 1 implied (IEEE-like), 0 and 1 store
     * it as the mantissa's top bit (x87).
     */
    public static BigInteger anyFloatBits(FloatType t, double d) {
        int msize = t.mantissaSize();
        boolean implied = t.normalization() == 2;
        long expMax = (1L << t.exponentSize()) - 1;
        BigInteger exp;
        BigInteger mant;
        if (Double.isNaN(d)) {
            exp = BigInteger.valueOf(expMax);
            mant = BigInteger.ONE.shiftLeft(msize - 1);
            if (!implied && msize > 1) {
                mant = mant.setBit(msize - 2); // x87: integer bit and a quiet-NaN fraction bit
            }
        } else if (Double.isInfinite(d)) {
            exp = BigInteger.valueOf(expMax);
            mant = implied ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(msize - 1);
        } else if (d == 0) {
            exp = BigInteger.ZERO;
            mant = BigInteger.ZERO;
        } else {
            // |d| = m * 2^e exactly, m a 53-bit (or shorter, subnormal) integer
            double a = Math.abs(d);
            long raw = Double.doubleToRawLongBits(a);
            int rawExp = (int) (raw >>> 52);
            long m = raw & ((1L << 52) - 1);
            int e;
            if (rawExp == 0) {
                e = -1074;
            } else {
                m |= 1L << 52;
                e = rawExp - 1075;
            }
            long top = (63 - Long.numberOfLeadingZeros(m)) + (long) e; // floor(log2 |d|)
            int fractionBits = implied ? msize : msize - 1; // bits below the leading 1
            long biased = top + t.exponentBias();
            long minNormal = 1; // a zero exponent field means exponent 1 (denormal) in both kinds
            long unitExp = Math.max(biased, minNormal) - t.exponentBias() - fractionBits; // weight of the last bit
            BigInteger q = roundShift(BigInteger.valueOf(m), e - unitExp);
            if (biased < minNormal) {
                // denormal: exponent field 0; rounding up may reach the smallest normal
                boolean normal = q.bitLength() > fractionBits;
                exp = normal && implied ? BigInteger.ONE : BigInteger.ZERO;
                mant = implied && normal ? q.clearBit(fractionBits) : q;
                if (!implied && normal) {
                    exp = BigInteger.ONE;
                }
            } else {
                if (q.bitLength() > fractionBits + 1) { // rounding carried into a new leading bit
                    q = q.shiftRight(1);
                    biased++;
                }
                if (biased >= expMax) {
                    exp = BigInteger.valueOf(expMax);
                    mant = implied ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(msize - 1);
                } else {
                    exp = BigInteger.valueOf(biased);
                    mant = implied ? q.clearBit(fractionBits) : q;
                }
            }
        }
        BigInteger bits = exp.shiftLeft(t.exponentLocation()).or(mant.shiftLeft(t.mantissaLocation()));
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            bits = bits.setBit(t.signLocation());
        }
        return bits;
    }

    /** {@code m * 2^shift} rounded to the nearest integer, ties to even. */
    private static BigInteger roundShift(BigInteger m, long shift) {
        if (shift >= 0) {
            return m.shiftLeft((int) Math.min(shift, 1 << 16));
        }
        long k = -shift;
        if (k > m.bitLength() + 1) {
            return BigInteger.ZERO;
        }
        BigInteger q = m.shiftRight((int) k);
        BigInteger rest = m.subtract(q.shiftLeft((int) k));
        BigInteger half = BigInteger.ONE.shiftLeft((int) k - 1);
        int c = rest.compareTo(half);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q;
    }

    /** IEEE binary16 bits of {@code d}, rounded to nearest even (via float, exact for every half value). */
    static int halfBits(double d) {
        float f = (float) d;
        int fb = Float.floatToRawIntBits(f);
        int sign = (fb >>> 16) & 0x8000;
        int exp = (fb >>> 23) & 0xff;
        int mant = fb & 0x7fffff;
        if (exp == 0xff) {
            return sign | 0x7c00 | (mant != 0 ? 0x200 : 0);
        }
        int e = exp - 127 + 15;
        if (e >= 31) {
            return sign | 0x7c00;
        }
        if (e <= 0) {
            if (e < -10) {
                return sign;
            }
            int m = mant | 0x800000;
            int shift = 14 - e;
            int half = m >>> shift;
            int rest = m & ((1 << shift) - 1);
            int mid = 1 << (shift - 1);
            if (rest > mid || (rest == mid && (half & 1) != 0)) {
                half++;
            }
            return sign | half;
        }
        int half = (e << 10) | (mant >>> 13);
        int rest = mant & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) {
            half++; // may carry into the exponent, which is the correct rounding up to the next binade or infinity
        }
        return sign | half;
    }

    private void string(StringType t, Object v, byte[] dst, int at) {
        if (v != null && !(v instanceof String)) {
            throw mismatch(t, v, "a String");
        }
        byte[] b = v == null ? new byte[0] : ((String) v).getBytes(
                t.charset() == StringType.Charset.UTF8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
        if (t.isVariable()) {
            java.util.Arrays.fill(dst, at, at + t.size(), (byte) 0);
            if (b.length > 0) {
                heap.add(b, b.length, dst, at);
            }
            return;
        }
        if (b.length > t.size()) {
            throw new Hdf5Exception("string of " + b.length + " bytes does not fit in a fixed string of " + t.size());
        }
        System.arraycopy(b, 0, dst, at, b.length);
        byte pad = t.padding() == StringType.Padding.SPACEPAD ? (byte) ' ' : 0;
        java.util.Arrays.fill(dst, at + b.length, at + t.size(), pad);
    }

    private void reference(ReferenceType t, Object v, byte[] dst, int at) {
        java.util.Arrays.fill(dst, at, at + t.size(), (byte) 0);
        if (v == null) {
            return;
        }
        if (t.kind() == ReferenceType.Kind.OBJECT) {
            if (!(v instanceof ObjectReference r)) {
                throw mismatch(t, v, "an ObjectReference");
            }
            checkPlaced(r.address());
            HeapWriter.putLe(dst, at, r.address(), ctx.offsetSize());
            return;
        }
        if (!(v instanceof RegionReference r)) {
            throw mismatch(t, v, "a RegionReference");
        }
        checkPlaced(r.address());
        byte[] sel = r.selection();
        byte[] obj = new byte[ctx.offsetSize() + sel.length];
        HeapWriter.putLe(obj, 0, r.address(), ctx.offsetSize());
        System.arraycopy(sel, 0, obj, ctx.offsetSize(), sel.length);
        heap.addHeapId(obj, dst, at);
    }

    private static void checkPlaced(long address) {
        if (address <= 0) {
            throw new Hdf5Exception("reference to an object without a file address (" + address
                    + "): take references with reference() of the object's writer");
        }
    }

    /** Adds the elements of Lists / Java arrays nested up to {@code depth} levels (fewer for a flat value). */
    private static void flatten(Object v, int depth, boolean bytesAreLeaves, List<Object> out) {
        if (depth > 0 && v instanceof List<?> l) {
            for (Object o : l) {
                flatten(o, depth - 1, bytesAreLeaves, out);
            }
        } else if (depth > 0 && v != null && v.getClass().isArray() && !(bytesAreLeaves && v instanceof byte[])) {
            int n = Array.getLength(v);
            for (int i = 0; i < n; i++) {
                flatten(Array.get(v, i), depth - 1, bytesAreLeaves, out);
            }
        } else {
            out.add(v);
        }
    }

    /** Adds the items of one List or Java array (not flattening further: items may be lists themselves). */
    private static void flattenOne(Object v, List<Object> out) {
        if (v instanceof List<?> l) {
            out.addAll(l);
        } else {
            int n = Array.getLength(v);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(v, i));
            }
        }
    }
}
