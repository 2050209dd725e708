package org.nwbj.hdf5;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.ValueDecoder;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/**
 * Converts stored numbers to Java primitives by the rules of {@link Dataset} (see its class comment): values that
 * the target holds are exact, an unsigned type read into the Java type of its width gives the stored bits, any
 * other value out of range is refused; floats are never read as integers. Bulk buffer copies where the stored and
 * the Java type have the same width, primitive loops otherwise (no boxing except for odd bit layouts).
 */
final class TypedReads {
    private TypedReads() {
    }

    /** The Java primitive a read returns. */
    enum Target {
        BYTE("byte", Byte.MIN_VALUE, Byte.MAX_VALUE, 1), SHORT("short", Short.MIN_VALUE, Short.MAX_VALUE, 2),
        INT("int", Integer.MIN_VALUE, Integer.MAX_VALUE, 4), LONG("long", Long.MIN_VALUE, Long.MAX_VALUE, 8),
        FLOAT("float", 0, 0, 4), DOUBLE("double", 0, 0, 8);

        final String javaName;
        final long min;
        final long max;
        final int width;

        Target(String javaName, long min, long max, int width) {
            this.javaName = javaName;
            this.min = min;
            this.max = max;
            this.width = width;
        }

        boolean integral() {
            return this != FLOAT && this != DOUBLE;
        }
    }

    /** How the stored elements are laid out. */
    private enum Src { I8, U8, I16, U16, I32, U32, I64, U64, F32, F64, INT_OTHER, FLOAT_OTHER }

    /** A numeric stored type, checked against a target: what a conversion needs. */
    record Plan(DataType type, Src src, ByteOrder order, Target target, String what) {
    }

    /** Checks that {@code t} can be read as {@code target}; {@code what} names the object in messages. */
    static Plan plan(DataType t, Target target, String what) {
        DataType base = t instanceof EnumType e ? e.base() : t;
        Src src;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        if (base instanceof IntegerType it) {
            order = it.order().nio();
            boolean plain = it.bitOffset() == 0 && it.precision() == it.size() * 8;
            src = !plain ? Src.INT_OTHER : switch (it.size()) {
                case 1 -> it.signed() ? Src.I8 : Src.U8;
                case 2 -> it.signed() ? Src.I16 : Src.U16;
                case 4 -> it.signed() ? Src.I32 : Src.U32;
                case 8 -> it.signed() ? Src.I64 : Src.U64;
                default -> Src.INT_OTHER;
            };
        } else if (base instanceof FloatType ft) {
            order = ft.order().nio();
            src = !ft.isIeee() ? Src.FLOAT_OTHER : ft.size() == 4 ? Src.F32 : ft.size() == 8 ? Src.F64
                    : Src.FLOAT_OTHER;
            if (target.integral()) {
                throw new Hdf5Exception(what + " holds floating-point numbers (" + t + "); they are not read as "
                        + target.javaName + ": use readDoubles or readFloats");
            }
        } else {
            throw new Hdf5Exception(what + " holds " + t + ", not numbers: read it with readValues or readRaw");
        }
        return new Plan(base, src, order, target, what);
    }

    /** The Java primitive a natural read of {@code t} returns: the one of the stored width. */
    static Target natural(DataType t, String what) {
        DataType base = t instanceof EnumType e ? e.base() : t;
        if (base instanceof FloatType ft) {
            return ft.size() <= 4 ? Target.FLOAT : Target.DOUBLE;
        }
        if (base instanceof IntegerType it) {
            return it.size() == 1 ? Target.BYTE : it.size() == 2 ? Target.SHORT : it.size() <= 4 ? Target.INT
                    : Target.LONG;
        }
        throw new Hdf5Exception(what + " holds " + t + ", not numbers: read it with readValues or readRaw");
    }

    /**
     * Converts {@code n} stored elements, from {@code src}'s position on, into {@code dst} at element {@code at}
     * (absolute; {@code dst}'s position is not changed); {@code first} is the index of the first element in the
     * selection, for messages.
     */
    static void convert(Plan p, ByteBuffer src, int n, Buffer dst, int at, long first) {
        ByteBuffer b = src.slice().order(p.order());
        Src k = p.src();
        switch (p.target()) {
            case BYTE -> {
                ByteBuffer d = (ByteBuffer) dst;
                if (k == Src.I8 || k == Src.U8) {
                    ((Buffer) b).limit(n);
                    ByteBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(b);
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, (byte) checked(p, intAt(p, b, i), first + i));
                    }
                }
            }
            case SHORT -> {
                ShortBuffer d = (ShortBuffer) dst;
                if (k == Src.I16 || k == Src.U16) {
                    ShortBuffer s = b.asShortBuffer();
                    ((Buffer) s).limit(n);
                    ShortBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(s);
                } else if (k == Src.I8) {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, b.get(i));
                    }
                } else if (k == Src.U8) {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, (short) (b.get(i) & 0xFF));
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, (short) checked(p, intAt(p, b, i), first + i));
                    }
                }
            }
            case INT -> {
                IntBuffer d = (IntBuffer) dst;
                if (k == Src.I32 || k == Src.U32) {
                    IntBuffer s = b.asIntBuffer();
                    ((Buffer) s).limit(n);
                    IntBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(s);
                } else if (k == Src.U16) {
                    // the image-frame case: exact widening in one primitive pass
                    ShortBuffer s = b.asShortBuffer();
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, s.get(i) & 0xFFFF);
                    }
                } else if (k == Src.I16) {
                    ShortBuffer s = b.asShortBuffer();
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, s.get(i));
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, (int) checked(p, intAt(p, b, i), first + i));
                    }
                }
            }
            case LONG -> {
                LongBuffer d = (LongBuffer) dst;
                if (k == Src.I64 || k == Src.U64) {
                    LongBuffer s = b.asLongBuffer();
                    ((Buffer) s).limit(n);
                    LongBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(s);
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, checked(p, intAt(p, b, i), first + i));
                    }
                }
            }
            case FLOAT -> {
                FloatBuffer d = (FloatBuffer) dst;
                if (k == Src.F32) {
                    FloatBuffer s = b.asFloatBuffer();
                    ((Buffer) s).limit(n);
                    FloatBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(s);
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, (float) doubleAt(p, b, i));
                    }
                }
            }
            case DOUBLE -> {
                DoubleBuffer d = (DoubleBuffer) dst;
                if (k == Src.F64) {
                    DoubleBuffer s = b.asDoubleBuffer();
                    ((Buffer) s).limit(n);
                    DoubleBuffer w = d.duplicate();
                    ((Buffer) w).position(at);
                    w.put(s);
                } else if (k == Src.F32) {
                    FloatBuffer s = b.asFloatBuffer();
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, s.get(i));
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        d.put(at + i, doubleAt(p, b, i));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The stored integer at element {@code i}; unsigned 64-bit values above Long.MAX_VALUE come back negative. */
    private static long intAt(Plan p, ByteBuffer b, int i) {
        return switch (p.src()) {
            case I8 -> b.get(i);
            case U8 -> b.get(i) & 0xFF;
            case I16 -> b.getShort(2 * i);
            case U16 -> b.getShort(2 * i) & 0xFFFF;
            case I32 -> b.getInt(4 * i);
            case U32 -> b.getInt(4 * i) & 0xFFFFFFFFL;
            case I64, U64 -> b.getLong(8 * i);
            case INT_OTHER -> {
                IntegerType it = (IntegerType) p.type();
                yield ((Number) ValueDecoder.integer(it, b, i * it.size())).longValue();
            }
            default -> throw new IllegalStateException();
        };
    }

    private static double doubleAt(Plan p, ByteBuffer b, int i) {
        return switch (p.src()) {
            case F32 -> b.getFloat(4 * i);
            case F64 -> b.getDouble(8 * i);
            case FLOAT_OTHER -> ValueDecoder.floatValue((FloatType) p.type(), b, i * p.type().size());
            case U64 -> {
                long v = b.getLong(8 * i);
                // unsigned: halve (keeping the low bit for rounding), convert, double
                yield v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
            }
            case INT_OTHER -> ((Number) ValueDecoder.integer((IntegerType) p.type(), b, i * p.type().size()))
                    .doubleValue();
            default -> intAt(p, b, i);
        };
    }

    private static long checked(Plan p, long v, long index) {
        boolean unsignedHigh = (p.src() == Src.U64 || p.src() == Src.INT_OTHER
                && !((IntegerType) p.type()).signed() && p.type().size() == 8) && v < 0;
        if (unsignedHigh || v < p.target().min || v > p.target().max) {
            String value = unsignedHigh ? Long.toUnsignedString(v) : Long.toString(v);
            throw new Hdf5Exception("element " + index + " of " + p.what() + " (" + describe(p.type()) + ") is "
                    + value + ", outside the range of " + p.target().javaName + "; read it with " + wider(p));
        }
        return v;
    }

    private static String wider(Plan p) {
        return p.target() == Target.BYTE ? "readShorts or readInts"
                : p.target() == Target.SHORT ? "readInts or readLongs" : p.target() == Target.INT ? "readLongs"
                : "readDoubles";
    }

    /** numpy's name for a plain integer or IEEE float type ({@code uint16}), else the type's own description. */
    static String describe(DataType t) {
        if (t instanceof IntegerType it) {
            return (it.signed() ? "int" : "uint") + it.size() * 8;
        }
        if (t instanceof FloatType ft && ft.isIeee()) {
            return "float" + ft.size() * 8;
        }
        return String.valueOf(t);
    }

    /** A destination buffer of the target's kind over a Java array. */
    static Buffer wrap(Object array) {
        if (array instanceof byte[] a) {
            return ByteBuffer.wrap(a);
        } else if (array instanceof short[] a) {
            return ShortBuffer.wrap(a);
        } else if (array instanceof int[] a) {
            return IntBuffer.wrap(a);
        } else if (array instanceof long[] a) {
            return LongBuffer.wrap(a);
        } else if (array instanceof float[] a) {
            return FloatBuffer.wrap(a);
        } else if (array instanceof double[] a) {
            return DoubleBuffer.wrap(a);
        }
        throw new IllegalArgumentException("not a primitive numeric array: " + array);
    }

    static Object newArray(Target t, int n) {
        return switch (t) {
            case BYTE -> new byte[n];
            case SHORT -> new short[n];
            case INT -> new int[n];
            case LONG -> new long[n];
            case FLOAT -> new float[n];
            case DOUBLE -> new double[n];
        };
    }

    /** The number of elements a selection holds, refused when no Java array can hold it. */
    static int count(long elements, String what) {
        if (elements > DatasetReader.MAX_READ_BYTES) {
            throw new Hdf5Exception("a selection of " + elements + " elements of " + what
                    + " does not fit one Java array; read it in parts");
        }
        return (int) elements;
    }

    /**
     * Reads the selected elements of a dataset converted to {@code target} into {@code dst} from element
     * {@code at}: straight from the stored pieces where the layout allows ({@link DatasetReader#streamRows}),
     * else through the selection's stored bytes. {@code callerOwned}: {@code dst} may hold old values, which
     * parts of the selection no piece covers (chunks never written, reading as zero) must not keep.
     */
    static void read(DatasetReader r, String what, Selection sel, Target target, Buffer dst, int at,
            boolean callerOwned) {
        Plan p = plan(r.type(), target, what);
        if (r.space().kind() == Dataspace.Kind.NULL) {
            return;
        }
        int n = count(sel.elementCount(), what);
        if (at < 0 || n > dst.limit() - at) {
            throw new IndexOutOfBoundsException("the selection holds " + n + " elements, the destination has room "
                    + "for " + Math.max(0, dst.limit() - at) + " from " + at);
        }
        if (n == 0) {
            return;
        }
        int w = r.type().size();
        if (r.space().kind() == Dataspace.Kind.SIMPLE) {
            if (callerOwned) {
                zero(dst, at, n);
            }
            boolean streamed = r.streamRows(sel, (off, piece) -> convert(p, piece, piece.remaining() / w, dst,
                    at + (int) (off / w), off / w));
            if (streamed) {
                return;
            }
        }
        byte[] b = r.read(sel);
        convert(p, ByteBuffer.wrap(b), n, dst, at, 0);
    }

    private static void zero(Buffer dst, int at, int n) {
        int end = at + n;
        if (dst instanceof ByteBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, (byte) 0);
            }
        } else if (dst instanceof ShortBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, (short) 0);
            }
        } else if (dst instanceof IntBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, 0);
            }
        } else if (dst instanceof LongBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, 0L);
            }
        } else if (dst instanceof FloatBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, 0f);
            }
        } else if (dst instanceof DoubleBuffer d) {
            for (int i = at; i < end; i++) {
                d.put(i, 0d);
            }
        }
    }

    /** Converts every stored element of an attribute (or any whole value) into a new array of the target. */
    static Object convertAll(DataType t, byte[] stored, Target target, String what) {
        Plan p = plan(t, target, what);
        int n = stored.length / Math.max(1, t.size());
        Object out = newArray(target, n);
        convert(p, ByteBuffer.wrap(stored), n, wrap(out), 0, 0);
        return out;
    }

    /**
     * Reads into a caller's buffer from its position, which advances past the elements written (like a relative
     * bulk {@code put}).
     */
    static void readIntoBuffer(DatasetReader r, String what, Selection sel, Target target, Buffer dst) {
        int at = dst.position();
        read(r, what, sel, target, dst, at, true);
        dst.position(at + count(sel.elementCount(), what));
    }
}
