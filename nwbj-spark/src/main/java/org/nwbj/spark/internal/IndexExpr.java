package org.nwbj.spark.internal;

import java.io.Serializable;

import org.apache.spark.sql.connector.expressions.Cast;
import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.GeneralScalarExpression;
import org.apache.spark.sql.connector.expressions.Literal;
import org.apache.spark.sql.connector.expressions.NamedReference;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A pushed-down group-by expression over the {@code index} column (e.g. {@code floor(index / 65536)}), evaluated
 * per row in the reader. Only what a block key needs: the column, integer and double literals, + - * / %, FLOOR,
 * CEIL and casts between int, long and double, typed as Spark types them (/ is double, FLOOR and CEIL long).
 */
abstract class IndexExpr implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The Spark type of the value: IntegerType, LongType or DoubleType. */
    final DataType type;

    private IndexExpr(DataType type) {
        this.type = type;
    }

    final boolean isDouble() {
        return type == DataTypes.DoubleType;
    }

    /** How the value moves as index grows: 0 constant, 1 never down, -1 never up, 2 either (e.g. %). */
    abstract int direction();

    /**
     * Whether rows of equal value are one run: true for a constant or monotone expression (every operation here
     * but % and wrapping int casts is monotone in each argument, IEEE rounding included), so the reader finds a
     * run's end by galloping instead of evaluating every row.
     */
    final boolean runs() {
        return direction() != 2;
    }

    private static int sum(int a, int b) {
        return a == 0 ? b : b == 0 || a == b ? a : 2;
    }

    /** The sign of a constant expression (direction 0: its value is the same at every index). */
    private static int sign(IndexExpr constant) {
        double v = constant.d(0);
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    private static int negate(int d) {
        return d == 2 ? 2 : -d;
    }

    abstract long l(long index);

    abstract double d(long index);

    /** The value as the Spark object of its type (Integer, Long or Double). */
    final Object box(long index) {
        if (isDouble()) {
            double v = d(index);
            return v == 0.0 ? 0.0 : v; // -0.0 groups with 0.0, as Spark normalizes it
        }
        return type == DataTypes.IntegerType ? (Object) (int) l(index) : (Object) l(index);
    }

    /** The expression, or null when it is not one this reader evaluates (the aggregation stays in Spark). */
    static IndexExpr of(Expression e) {
        if (e instanceof NamedReference r) {
            String[] names = r.fieldNames();
            return names.length == 1 && Columns.INDEX.equals(names[0]) ? new Col() : null;
        }
        if (e instanceof Literal<?> lit) {
            Object v = lit.value();
            if (v instanceof Integer || v instanceof Long) {
                return new Lit(((Number) v).longValue(), 0,
                        v instanceof Integer ? DataTypes.IntegerType : DataTypes.LongType);
            }
            if (v instanceof Double dv) {
                return new Lit(0, dv, DataTypes.DoubleType);
            }
            return null;
        }
        if (e instanceof Cast c) {
            IndexExpr child = of(c.expression());
            DataType t = c.dataType();
            boolean ok = t == DataTypes.IntegerType || t == DataTypes.LongType || t == DataTypes.DoubleType;
            return child == null || !ok ? null : new To(child, t);
        }
        if (e instanceof GeneralScalarExpression g) {
            Expression[] ch = g.children();
            String op = g.name();
            if ((op.equals("FLOOR") || op.equals("CEIL")) && ch.length == 1) {
                IndexExpr child = of(ch[0]);
                return child == null ? null : new Round(child, op.equals("FLOOR"));
            }
            if (ch.length == 2 && "+-*/%".contains(op) && op.length() == 1) {
                IndexExpr a = of(ch[0]);
                IndexExpr b = of(ch[1]);
                if (a == null || b == null) {
                    return null;
                }
                DataType t = op.equals("/") || a.isDouble() || b.isDouble() ? DataTypes.DoubleType
                        : a.type == DataTypes.LongType || b.type == DataTypes.LongType ? DataTypes.LongType
                        : DataTypes.IntegerType;
                return new Op(op.charAt(0), a, b, t);
            }
        }
        return null;
    }

    private static final class Col extends IndexExpr {
        private static final long serialVersionUID = 1L;

        Col() {
            super(DataTypes.LongType);
        }

        @Override
        int direction() {
            return 1;
        }

        @Override
        long l(long index) {
            return index;
        }

        @Override
        double d(long index) {
            return index;
        }
    }

    private static final class Lit extends IndexExpr {
        private static final long serialVersionUID = 1L;
        private final long lv;
        private final double dv;

        Lit(long lv, double dv, DataType type) {
            super(type);
            this.lv = type == DataTypes.DoubleType ? (long) dv : lv;
            this.dv = type == DataTypes.DoubleType ? dv : lv;
        }

        @Override
        int direction() {
            return 0;
        }


        @Override
        long l(long index) {
            return lv;
        }

        @Override
        double d(long index) {
            return dv;
        }
    }

    private static final class To extends IndexExpr {
        private static final long serialVersionUID = 1L;
        private final IndexExpr child;

        To(IndexExpr child, DataType type) {
            super(type);
            this.child = child;
        }

        @Override
        int direction() {
            // a cast to int wraps past 2^31: not monotone then
            return type == DataTypes.IntegerType && child.type != DataTypes.IntegerType && child.direction() != 0
                    ? 2 : child.direction();
        }

        @Override
        long l(long index) {
            long v = child.isDouble() ? (long) child.d(index) : child.l(index);
            return type == DataTypes.IntegerType ? (int) v : v;
        }

        @Override
        double d(long index) {
            return child.isDouble() ? child.d(index) : child.l(index);
        }
    }

    private static final class Round extends IndexExpr {
        private static final long serialVersionUID = 1L;
        private final IndexExpr child;
        private final boolean floor;

        Round(IndexExpr child, boolean floor) {
            super(DataTypes.LongType);
            this.child = child;
            this.floor = floor;
        }

        @Override
        int direction() {
            return child.direction();
        }

        @Override
        long l(long index) {
            if (!child.isDouble()) {
                return child.l(index);
            }
            double v = child.d(index);
            return (long) (floor ? Math.floor(v) : Math.ceil(v));
        }

        @Override
        double d(long index) {
            return l(index);
        }
    }

    private static final class Op extends IndexExpr {
        private static final long serialVersionUID = 1L;
        private final char op;
        private final IndexExpr a;
        private final IndexExpr b;

        Op(char op, IndexExpr a, IndexExpr b, DataType type) {
            super(type);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        int direction() {
            int da = a.direction();
            int db = b.direction();
            if (da == 2 || db == 2) {
                return 2;
            }
            // integer + - * may overflow and wrap; group keys stay far from that, but be exact about it
            boolean wraps = !isDouble() && (da != 0 || db != 0);
            return switch (op) {
                case '+' -> wraps ? 2 : sum(da, db);
                case '-' -> wraps ? 2 : sum(da, negate(db));
                case '*' -> wraps ? 2 : db == 0 ? da * sign(b) : da == 0 ? db * sign(a) : 2;
                case '/' -> db == 0 && sign(b) != 0 ? da * sign(b) : da == 0 && db == 0 ? 0 : 2;
                default -> da == 0 && db == 0 ? 0 : 2;
            };
        }

        private static void divisor(boolean zero) {
            if (zero) {
                throw new ArithmeticException("division by zero in a pushed-down group key");
            }
        }

        @Override
        long l(long index) {
            if (isDouble()) {
                return (long) d(index);
            }
            long x = a.l(index);
            long y = b.l(index);
            long r = switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                default -> {
                    divisor(y == 0);
                    yield x % y;
                }
            };
            return type == DataTypes.IntegerType ? (int) r : r;
        }

        @Override
        double d(long index) {
            if (!isDouble()) {
                return l(index);
            }
            double x = a.d(index);
            double y = b.d(index);
            return switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> {
                    divisor(y == 0);
                    yield x / y;
                }
                default -> x % y;
            };
        }
    }
}
