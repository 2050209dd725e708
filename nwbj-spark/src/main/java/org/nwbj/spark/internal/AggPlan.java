package org.nwbj.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.connector.expressions.Cast;
import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.NamedReference;
import org.apache.spark.sql.connector.expressions.aggregate.AggregateFunc;
import org.apache.spark.sql.connector.expressions.aggregate.Aggregation;
import org.apache.spark.sql.connector.expressions.aggregate.Count;
import org.apache.spark.sql.connector.expressions.aggregate.CountStar;
import org.apache.spark.sql.connector.expressions.aggregate.Max;
import org.apache.spark.sql.connector.expressions.aggregate.Min;
import org.apache.spark.sql.connector.expressions.aggregate.Sum;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An aggregation Spark pushed down: group keys ({@code file} and/or expressions over {@code index}) and COUNT,
 * SUM, MIN, MAX of {@code index} or a numeric value column (AVG arrives as SUM and COUNT). Each partition returns
 * one row per group it saw (partial aggregates); Spark merges them.
 */
final class AggPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    enum Fn { COUNT, SUM, MIN, MAX }

    /**
     * One aggregate. column: -2 index, -1 none (COUNT(*)), j >= 0 the j-th value of a row; floating: computed in
     * double (else long); out: the Spark type of the partial result.
     */
    record Agg(Fn fn, int column, boolean floating, DataType out) implements Serializable {
    }

    /** Group keys in order; a null entry is the {@code file} column. */
    final IndexExpr[] keys;
    final Agg[] aggs;
    final StructType schema;

    private AggPlan(IndexExpr[] keys, Agg[] aggs, StructType schema) {
        this.keys = keys;
        this.aggs = aggs;
        this.schema = schema;
    }

    boolean keysUseIndex() {
        for (IndexExpr k : keys) {
            if (k != null) {
                return true;
            }
        }
        return false;
    }

    /** The plan, or null when some part is not one the reader computes (Spark then aggregates the rows). */
    static AggPlan of(Aggregation a, StructType full, Columns.Kind kind) {
        if (!kind.primitive()) {
            return null;
        }
        List<StructField> out = new ArrayList<>();
        Expression[] groups = a.groupByExpressions();
        IndexExpr[] keys = new IndexExpr[groups.length];
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] instanceof NamedReference r && r.fieldNames().length == 1
                    && Columns.FILE.equals(r.fieldNames()[0])) {
                out.add(new StructField(Columns.FILE, DataTypes.StringType, false, Metadata.empty()));
                continue;
            }
            keys[i] = IndexExpr.of(groups[i]);
            if (keys[i] == null) {
                return null;
            }
            out.add(new StructField("key" + i, keys[i].type, false, Metadata.empty()));
        }
        AggregateFunc[] fs = a.aggregateExpressions();
        Agg[] aggs = new Agg[fs.length];
        for (int i = 0; i < fs.length; i++) {
            aggs[i] = agg(fs[i], full, kind);
            if (aggs[i] == null) {
                return null;
            }
            boolean nullable = aggs[i].fn() != Fn.COUNT;
            out.add(new StructField("agg" + i, aggs[i].out(), nullable, Metadata.empty()));
        }
        return new AggPlan(keys, aggs, new StructType(out.toArray(new StructField[0])));
    }

    private static Agg agg(AggregateFunc f, StructType full, Columns.Kind kind) {
        if (f instanceof CountStar) {
            return new Agg(Fn.COUNT, -1, false, DataTypes.LongType);
        }
        Expression e;
        Fn fn;
        if (f instanceof Count c && !c.isDistinct()) {
            e = c.column();
            fn = Fn.COUNT;
        } else if (f instanceof Sum s && !s.isDistinct()) {
            e = s.column();
            fn = Fn.SUM;
        } else if (f instanceof Min m) {
            e = m.column();
            fn = Fn.MIN;
        } else if (f instanceof Max m) {
            e = m.column();
            fn = Fn.MAX;
        } else {
            return null;
        }
        DataType cast = null;
        if (e instanceof Cast c) {
            cast = c.dataType();
            e = c.expression();
        }
        if (!(e instanceof NamedReference r) || r.fieldNames().length != 1) {
            return null;
        }
        int column = column(r.fieldNames()[0], full);
        if (column == Integer.MIN_VALUE) {
            return null;
        }
        DataType in = column == -2 ? DataTypes.LongType : kind.spark();
        boolean floating = in == DataTypes.DoubleType || in == DataTypes.FloatType;
        if (cast != null) {
            if (cast == DataTypes.DoubleType) {
                floating = true;
            } else if (cast != DataTypes.LongType || floating) {
                return null;
            }
            in = cast;
        }
        DataType outType = switch (fn) {
            case COUNT -> DataTypes.LongType;
            case SUM -> floating ? DataTypes.DoubleType : DataTypes.LongType;
            default -> in;
        };
        return new Agg(fn, column, floating, outType);
    }

    /** -2 index, j >= 0 the j-th value of a row, MIN_VALUE for anything else (file, array columns). */
    private static int column(String name, StructType full) {
        if (Columns.INDEX.equals(name)) {
            return -2;
        }
        if (Columns.VALUE.equals(name)) {
            for (StructField f : full.fields()) {
                if (f.name().equals(Columns.VALUE)) {
                    return f.dataType() instanceof ArrayType ? Integer.MIN_VALUE : 0;
                }
            }
            return Integer.MIN_VALUE;
        }
        if (name.startsWith(Columns.VALUE + "_")) {
            try {
                return Integer.parseInt(name.substring(Columns.VALUE.length() + 1));
            } catch (NumberFormatException ex) {
                return Integer.MIN_VALUE;
            }
        }
        return Integer.MIN_VALUE;
    }
}
