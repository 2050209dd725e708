package org.nwbj.hdf5;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.StringType;

/** Java values to stored element bytes, and the datatype a Java value maps to (as h5py maps Python values). */
final class ValueBytes {
    private ValueBytes() {
    }

    /** The natural datatype of a Java value: long → int64, double → float64, String → UTF-8 vlen, ... */
    static DataType typeOf(Object v) {
        if (v instanceof Long || v instanceof long[]) {
            return DataTypes.INT64;
        } else if (v instanceof Integer || v instanceof int[]) {
            return DataTypes.INT32;
        } else if (v instanceof Short || v instanceof short[]) {
            return DataTypes.INT16;
        } else if (v instanceof Byte || v instanceof byte[]) {
            return DataTypes.INT8;
        } else if (v instanceof Double || v instanceof double[]) {
            return DataTypes.FLOAT64;
        } else if (v instanceof Float || v instanceof float[]) {
            return DataTypes.FLOAT32;
        } else if (v instanceof Boolean || v instanceof boolean[]) {
            return DataTypes.BOOL;
        } else if (v instanceof String || v instanceof String[]) {
            return DataTypes.UTF8;
        }
        throw new Hdf5Exception("no HDF5 type for a value of class " + v.getClass().getName());
    }

    /** Dimensions of a Java value: none for a scalar, the length for a 1-D array. */
    static long[] dimsOf(Object v) {
        if (v != null && v.getClass().isArray()) {
            return new long[] {java.lang.reflect.Array.getLength(v)};
        }
        return new long[0];
    }

    /** Strings of a String or String[] value, else null. */
    static String[] strings(Object v) {
        if (v instanceof String s) {
            return new String[] {s};
        }
        if (v instanceof String[] s) {
            return s.clone();
        }
        return null;
    }

    /** True when {@link #encode} handles the value: numbers or booleans (and arrays of them) as numeric types. */
    static boolean isSimple(DataType type, Object v) {
        boolean numeric = v instanceof Number || v instanceof Boolean || v instanceof long[] || v instanceof int[]
                || v instanceof short[] || v instanceof byte[] || v instanceof double[] || v instanceof float[]
                || v instanceof boolean[];
        if (!numeric || v instanceof java.math.BigInteger) {
            return false;
        }
        return type instanceof IntegerType || type instanceof EnumType
                || type instanceof FloatType ft && ft.isIeee() && ft.size() >= 4;
    }

    /** The elements of a value: a Java array's elements (boxed), or the value itself as one element. */
    static java.util.List<Object> elements(Object v) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (v != null && v.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(v);
            for (int i = 0; i < n; i++) {
                out.add(java.lang.reflect.Array.get(v, i));
            }
        } else {
            out.add(v);
        }
        return out;
    }

    /** Stored bytes of a numeric (or boolean, fixed-string) value in {@code type}. */
    static byte[] encode(DataType type, Object v) {
        Object arr = v.getClass().isArray() ? v : toArray(v);
        int n = java.lang.reflect.Array.getLength(arr);
        ByteBuffer b = ByteBuffer.allocate(n * type.size());
        if (type instanceof FloatType ft && ft.isIeee()) {
            b.order(ft.order().nio());
            for (int i = 0; i < n; i++) {
                double d = ((Number) java.lang.reflect.Array.get(arr, i)).doubleValue();
                if (ft.size() == 8) {
                    b.putDouble(d);
                } else if (ft.size() == 4) {
                    b.putFloat((float) d);
                } else {
                    throw new Hdf5Exception("writing float" + 8 * ft.size() + " values is not supported yet");
                }
            }
        } else if (type instanceof IntegerType || type instanceof EnumType) {
            IntegerType it = type instanceof EnumType e ? e.base() : (IntegerType) type;
            for (int i = 0; i < n; i++) {
                Object o = java.lang.reflect.Array.get(arr, i);
                long x = o instanceof Boolean bo ? (bo ? 1 : 0) : ((Number) o).longValue();
                checkRange(it, x);
                for (int k = 0; k < it.size(); k++) {
                    int shift = 8 * (it.order() == ByteOrderKind.BIG_ENDIAN ? it.size() - 1 - k : k);
                    b.put((byte) (x >>> shift));
                }
            }
        } else if (type instanceof StringType st && !st.isVariable()) {
            for (int i = 0; i < n; i++) {
                byte[] s = String.valueOf(java.lang.reflect.Array.get(arr, i)).getBytes(
                        st.charset() == StringType.Charset.UTF8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
                if (s.length > st.size()) {
                    throw new Hdf5Exception("string of " + s.length + " bytes does not fit in " + st.size());
                }
                b.put(s);
                ((java.nio.Buffer) b).position(b.position() + st.size() - s.length);
            }
        } else {
            throw new Hdf5Exception("cannot write a " + arr.getClass().getSimpleName() + " as " + type);
        }
        return b.array();
    }

    private static void checkRange(IntegerType t, long x) {
        if (t.size() >= 8) {
            return;
        }
        long bits = 8L * t.size();
        long min = t.signed() ? -(1L << (bits - 1)) : 0;
        long max = t.signed() ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        if (x < min || x > max) {
            throw new Hdf5Exception("value " + x + " does not fit in " + (t.signed() ? "int" : "uint") + bits);
        }
    }

    private static Object toArray(Object v) {
        Object a = java.lang.reflect.Array.newInstance(v.getClass(), 1);
        java.lang.reflect.Array.set(a, 0, v);
        return a;
    }
}
