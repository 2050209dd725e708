package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.StringType;

/** How an HDF5 element type maps to a Spark column type, and how decoded values become Spark values. */
public final class Columns {
    public static final String FILE = "file";
    public static final String INDEX = "index";
    public static final String VALUE = "value";

    private Columns() {
    }

    /** The Java primitive a dataset is read into, or the boxed paths for strings and compounds. */
    public enum Kind {
        BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, STRING, STRUCT;

        boolean primitive() {
            return this != STRING && this != STRUCT;
        }

        org.apache.spark.sql.types.DataType spark() {
            return switch (this) {
                case BYTE -> DataTypes.ByteType;
                case SHORT -> DataTypes.ShortType;
                case INT -> DataTypes.IntegerType;
                case LONG -> DataTypes.LongType;
                case FLOAT -> DataTypes.FloatType;
                case DOUBLE -> DataTypes.DoubleType;
                default -> throw new IllegalStateException(name());
            };
        }
    }

    /** Unsigned integers widen to the next Java type so that every value is exact (uint64 stays long: bits). */
    public static Kind kind(DataType t, String where) {
        if (t instanceof IntegerType it) {
            return integerKind(it.size(), it.signed());
        }
        if (t instanceof EnumType et) {
            return integerKind(et.base().size(), et.base().signed());
        }
        if (t instanceof FloatType ft) {
            return ft.size() <= 4 ? Kind.FLOAT : Kind.DOUBLE;
        }
        if (t instanceof StringType) {
            return Kind.STRING;
        }
        if (t instanceof CompoundType) {
            return Kind.STRUCT;
        }
        throw new Hdf5Exception(where + ": element type " + t + " has no Spark column type"
                + " (integers, floats, enums, strings and compounds of them are read)");
    }

    private static Kind integerKind(int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? Kind.BYTE : Kind.SHORT;
            case 2 -> signed ? Kind.SHORT : Kind.INT;
            case 4 -> signed ? Kind.INT : Kind.LONG;
            default -> Kind.LONG;
        };
    }

    /** The Spark type of one element. */
    public static org.apache.spark.sql.types.DataType sparkType(DataType t, String where) {
        Kind k = kind(t, where);
        if (k == Kind.STRING) {
            return DataTypes.StringType;
        }
        if (k == Kind.STRUCT) {
            CompoundType ct = (CompoundType) t;
            List<StructField> fields = new ArrayList<>();
            for (CompoundType.Member m : ct.members()) {
                fields.add(new StructField(m.name(), sparkType(m.type(), where + " member " + m.name()), true,
                        Metadata.empty()));
            }
            return new StructType(fields.toArray(new StructField[0]));
        }
        return k.spark();
    }

    /** A decoded value (see Dataset.readValues) as the Spark value of the column type. */
    static Object toSpark(Object v, org.apache.spark.sql.types.DataType type) {
        if (v == null) {
            return null;
        }
        if (type instanceof StructType st) {
            Map<?, ?> m = (Map<?, ?>) v;
            StructField[] f = st.fields();
            Object[] out = new Object[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = toSpark(m.get(f[i].name()), f[i].dataType());
            }
            return new GenericInternalRow(out);
        }
        if (v instanceof org.nwbj.hdf5.EnumValue ev) {
            v = ev.value();
        }
        if (type == DataTypes.StringType) {
            return UTF8String.fromString(v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
                    : v.toString());
        }
        Number n = (Number) v;
        if (type == DataTypes.ByteType) {
            return n.byteValue();
        } else if (type == DataTypes.ShortType) {
            return n.shortValue();
        } else if (type == DataTypes.IntegerType) {
            return n.intValue();
        } else if (type == DataTypes.LongType) {
            return n.longValue();
        } else if (type == DataTypes.FloatType) {
            return n.floatValue();
        }
        return n.doubleValue();
    }

    /** The schema of an HDF5 read: file, index, then the value column(s). */
    public static StructType schema(DataType element, long[] trailing, boolean flatten, String where) {
        org.apache.spark.sql.types.DataType e = sparkType(element, where);
        List<StructField> fields = new ArrayList<>();
        fields.add(new StructField(FILE, DataTypes.StringType, false, Metadata.empty()));
        fields.add(new StructField(INDEX, DataTypes.LongType, false, Metadata.empty()));
        long width = width(trailing);
        if (trailing.length == 0) {
            fields.add(new StructField(VALUE, e, true, Metadata.empty()));
        } else if (flatten) {
            if (width > 10_000) {
                throw new IllegalArgumentException(where + ": " + width + " values a row is too many columns to"
                        + " flatten (at most 10000); read it as the array column (flatten=false)");
            }
            for (long i = 0; i < width; i++) {
                fields.add(new StructField(VALUE + "_" + i, e, true, Metadata.empty()));
            }
        } else {
            fields.add(new StructField(VALUE, DataTypes.createArrayType(e, true), true,
                    new org.apache.spark.sql.types.MetadataBuilder()
                            .putString("hdf5.shape", Arrays.toString(trailing)).build()));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }

    static long width(long[] trailing) {
        long w = 1;
        for (long d : trailing) {
            w = Math.multiplyExact(w, d);
        }
        return w;
    }
}
