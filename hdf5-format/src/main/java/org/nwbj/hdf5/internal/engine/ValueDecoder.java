package org.nwbj.hdf5.internal.engine;

import org.nwbj.hdf5.internal.format.Bytes;

import java.util.Collections;

import java.nio.Buffer;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.RegionReference;
import org.nwbj.hdf5.internal.format.FormatReader;
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
 * Turns stored element bytes into Java values: Long (or BigInteger for unsigned 64-bit values past Long.MAX_VALUE),
 * Double, String, Map (compound, in member order), EnumValue, List (arrays, nested by dimension; vlen sequences),
 * ObjectReference / RegionReference (null for a null reference), byte[] (opaque, bitfield).
 */
public final class ValueDecoder {
    private static final long MAX_VLEN_ELEMENTS = 1L << 28;
    private final FileContext file;

    public ValueDecoder(FileContext file) {
        this.file = file;
    }

    /** Decodes {@code count} consecutive elements starting at {@code buf}'s position. */
    public Object[] decodeAll(DataType t, ByteBuffer buf, int count) {
        Object[] out = new Object[count];
        ByteBuffer b = buf.duplicate();
        int base = b.position();
        for (int i = 0; i < count; i++) {
            out[i] = decode(t, b, base + i * t.size());
        }
        return out;
    }

    /** Decodes the element whose bytes start at absolute index {@code at} of {@code buf}. */
    public Object decode(DataType t, ByteBuffer buf, int at) {
        if (t instanceof IntegerType it) {
            return integer(it, buf, at);
        } else if (t instanceof FloatType ft) {
            return floatValue(ft, buf, at);
        } else if (t instanceof StringType st) {
            return string(st, buf, at);
        } else if (t instanceof CompoundType ct) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (CompoundType.Member member : ct.members()) {
                m.put(member.name(), decode(member.type(), buf, at + member.offset()));
            }
            return m;
        } else if (t instanceof EnumType et) {
            Object v = integer(et.base(), buf, at);
            long lv = v instanceof BigInteger bi ? bi.longValue() : (Long) v;
            return new EnumValue(et.nameOf(lv), lv);
        } else if (t instanceof ArrayType at2) {
            int n = (int) at2.elementCount();
            List<Object> flat = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                flat.add(decode(at2.base(), buf, at + i * at2.base().size()));
            }
            return nest(flat, at2.dims(), 0, 0, n);
        } else if (t instanceof VlenType vt) {
            ByteBuffer data = vlenData(buf, at, vt.base().size(), "VlenSequence");
            if (data == null) {
                return Collections.emptyList();
            }
            int n = data.remaining() / Math.max(1, vt.base().size());
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(decode(vt.base(), data, data.position() + i * vt.base().size()));
            }
            return out;
        } else if (t instanceof ReferenceType rt) {
            return reference(rt, buf, at);
        } else if (t instanceof OpaqueType || t instanceof BitfieldType) {
            byte[] b = new byte[t.size()];
            Bytes.getAt(buf, at, b);
            return b;
        } else if (t instanceof TimeType tt) {
            return integer(new IntegerType(tt.size(), tt.order(), false, 0, tt.size() * 8), buf, at);
        }
        throw new IllegalStateException("unknown datatype " + t);
    }

    private static List<Object> nest(List<Object> flat, List<Long> dims, int d, int from, int to) {
        if (d == dims.size() - 1) {
            return new ArrayList<>(flat.subList(from, to));
        }
        int n = dims.get(d).intValue();
        int step = n == 0 ? 0 : (to - from) / n;
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(nest(flat, dims, d + 1, from + i * step, from + (i + 1) * step));
        }
        return out;
    }

    /** Integer value: Long, or BigInteger for an unsigned value that does not fit in a long. */
    public static Object integer(IntegerType t, ByteBuffer buf, int at) {
        int size = t.size();
        if (size <= 8 && t.bitOffset() == 0 && t.precision() == size * 8) {
            long v = 0;
            for (int i = 0; i < size; i++) {
                int idx = t.order() == ByteOrderKind.BIG_ENDIAN ? at + size - 1 - i : at + i;
                v |= (long) (buf.get(idx) & 0xff) << (8 * i);
            }
            if (t.signed() && size < 8 && (v & (1L << (8 * size - 1))) != 0) {
                v |= -1L << (8 * size);
            }
            if (!t.signed() && size == 8 && v < 0) {
                return new BigInteger(Long.toUnsignedString(v));
            }
            return v;
        }
        BigInteger raw = unsignedBits(buf, at, size, t.order());
        BigInteger v = raw.shiftRight(t.bitOffset());
        int p = Math.max(1, Math.min(t.precision(), size * 8));
        v = v.and(BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE));
        if (t.signed() && v.testBit(p - 1)) {
            v = v.subtract(BigInteger.ONE.shiftLeft(p));
        }
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static BigInteger unsignedBits(ByteBuffer buf, int at, int size, ByteOrderKind order) {
        byte[] be = new byte[size + 1];
        for (int i = 0; i < size; i++) {
            int src;
            if (order == ByteOrderKind.BIG_ENDIAN) {
                src = at + i;
            } else if (order == ByteOrderKind.VAX) {
                // VAX: 16-bit words stored most significant word first, each word little-endian (the C
                // library's H5T_conv_f_f reverses the word order, then reads little-endian)
                src = at + (i ^ 1);
            } else {
                src = at + size - 1 - i;
            }
            be[i + 1] = buf.get(src);
        }
        return new BigInteger(be);
    }

    /** A float of any HDF5 layout converted to the nearest double. */
    public static double floatValue(FloatType t, ByteBuffer buf, int at) {
        if (t.isIeee()) {
            ByteOrder o = t.order().nio();
            switch (t.size()) {
                case 4:
                    return buf.duplicate().order(o).getFloat(at);
                case 8:
                    return buf.duplicate().order(o).getDouble(at);
                default:
                    return halfToDouble(buf.duplicate().order(o).getShort(at));
            }
        }
        BigInteger all = unsignedBits(buf, at, t.size(), t.order());
        boolean negative = all.testBit(t.signLocation());
        long exp = all.shiftRight(t.exponentLocation()).and(mask(t.exponentSize())).longValue();
        BigInteger mant = all.shiftRight(t.mantissaLocation()).and(mask(t.mantissaSize()));
        long expMax = (1L << t.exponentSize()) - 1;
        double sign = negative ? -1.0 : 1.0;
        int msize = t.mantissaSize();
        if (t.normalization() == 2) {
            if (exp == expMax) {
                return mant.signum() == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
            }
            if (exp == 0) {
                return sign * scaled(mant, 1 - t.exponentBias() - msize);
            }
            return sign * scaled(mant.setBit(msize), exp - t.exponentBias() - msize);
        }
        // normalization "none" (0) and "msb set" (1): the integer bit is stored as the mantissa's top bit, as in
        // the x87 extended format; the C library converts both that way
        if (exp == expMax && t.exponentSize() > 1) {
            return mant.clearBit(msize - 1).signum() == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        long e = exp == 0 ? 1 : exp;
        return sign * scaled(mant, e - t.exponentBias() - (msize - 1));
    }

    private static BigInteger mask(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    /** m * 2^e rounded once to the nearest double. */
    private static double scaled(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int extra = m.bitLength() - 62;
        if (extra > 0) {
            boolean sticky = m.getLowestSetBit() < extra;
            m = m.shiftRight(extra);
            if (sticky) {
                m = m.setBit(0);
            }
            e += extra;
        }
        long lm = m.longValue();
        if (e < -2000) {
            return 0.0;
        }
        if (e > 2000) {
            return Double.POSITIVE_INFINITY;
        }
        // split the scaling so subnormal results round once: exact part first, then the final scalb
        return Math.scalb((double) lm, (int) e);
    }

    static double halfToDouble(short h) {
        int bits = h & 0xffff;
        int sign = bits >>> 15;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        double v;
        if (exp == 0) {
            v = Math.scalb((double) mant, -24);
        } else if (exp == 31) {
            v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb((double) (mant | 0x400), exp - 25);
        }
        return sign == 1 ? -v : v;
    }

    private String string(StringType t, ByteBuffer buf, int at) {
        byte[] bytes;
        if (t.isVariable()) {
            ByteBuffer data = vlenData(buf, at, 1, "VlenString");
            if (data == null) {
                return "";
            }
            bytes = new byte[data.remaining()];
            data.get(bytes);
            int end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return decodeText(bytes, end, t.charset());
        }
        bytes = new byte[t.size()];
        Bytes.getAt(buf, at, bytes);
        int end = bytes.length;
        if (t.padding() == StringType.Padding.SPACEPAD) {
            while (end > 0 && bytes[end - 1] == ' ') {
                end--;
            }
        } else {
            end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
        }
        return decodeText(bytes, end, t.charset());
    }

    static String decodeText(byte[] b, int len, StringType.Charset cs) {
        return new String(b, 0, len, cs == StringType.Charset.UTF8 ? StandardCharsets.UTF_8
                : StandardCharsets.US_ASCII);
    }

    /** The bytes of a variable-length element (length, collection address, index); null when empty/unset. */
    private ByteBuffer vlenData(ByteBuffer buf, int at, int baseSize, String what) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ((Buffer) b).position(at);
        FormatReader r = new FormatReader(b, -1, what, file.ctx());
        long count = r.u32();
        long collection = r.offset();
        long index = r.u32();
        if (count == 0 || collection == 0 || collection == -1) {
            return null;
        }
        if (count > MAX_VLEN_ELEMENTS) {
            throw new Hdf5FormatException(what, collection, "length " + count + " exceeds the limit "
                    + MAX_VLEN_ELEMENTS);
        }
        long need = count * baseSize;
        ReadLimits.check("maxVlenBytes", need, file.limits().maxVlenBytes(), what + " of " + count
                + " elements: bytes");
        ByteBuffer obj = GlobalHeap.object(file, collection, (int) index);
        if (need > obj.remaining()) {
            throw new Hdf5FormatException(what, collection, "element needs " + need + " bytes, heap object "
                    + index + " holds " + obj.remaining());
        }
        ((Buffer) obj).limit(obj.position() + (int) need);
        return obj.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private Object reference(ReferenceType t, ByteBuffer buf, int at) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ((Buffer) b).position(at);
        FormatReader r = new FormatReader(b, -1, "Reference", file.ctx());
        if (t.kind() == ReferenceType.Kind.OBJECT) {
            long a = r.offset();
            return a == 0 || a == -1 ? null : new ObjectReference(a);
        }
        long collection = r.offset();
        long index = r.u32();
        if (collection == 0 || collection == -1) {
            return null;
        }
        ByteBuffer obj = GlobalHeap.object(file, collection, (int) index);
        FormatReader o = new FormatReader(obj, -1, "RegionReference", file.ctx());
        long target = o.offset();
        byte[] sel = o.bytes(o.remaining());
        return new RegionReference(target, sel);
    }
}
