package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Computes a pushed-down aggregation over a partition's blocks as they are decoded: rows are walked in runs of
 * equal group key, each run folded into its group with tight loops over the decoded array, so no row is ever
 * materialised for Spark. Returns one row per group (partial aggregates; a global aggregation always one row).
 */
final class AggReader implements PartitionReader<InternalRow> {
    private final Blocks blocks;
    private final AggPlan plan;
    private final Map<List<Object>, Acc> groups = new HashMap<>();
    private final List<Acc> order = new ArrayList<>();
    private int at = -1;

    /** The state of one group: its key values and a long and a double slot per aggregate. */
    private static final class Acc {
        final Object[] key;
        final long[] l;
        final double[] d;
        long rows;

        Acc(Object[] key, int n) {
            this.key = key;
            this.l = new long[n];
            this.d = new double[n];
        }
    }

    AggReader(Blocks blocks, AggPlan plan) {
        this.blocks = blocks;
        this.plan = plan;
    }

    @Override
    public boolean next() {
        if (at < 0) {
            compute();
            if (order.isEmpty() && plan.keys.length == 0) {
                order.add(new Acc(new Object[0], plan.aggs.length)); // a global aggregate of no rows
            }
        }
        return ++at < order.size();
    }

    private void compute() {
        IndexExpr[] keys = plan.keys;
        long[] current = new long[keys.length];
        long[] probe = new long[keys.length];
        boolean useIndex = plan.keysUseIndex();
        boolean runs = true;
        for (IndexExpr k : keys) {
            runs &= k == null || k.runs();
        }
        String fileOfAcc = null;
        Acc acc = null;
        while (blocks.next()) {
            int n = blocks.rows;
            long start = blocks.start;
            Values values = new Values(blocks.data, blocks.width, n, plan);
            if (!blocks.fileName.equals(fileOfAcc)) {
                acc = null;
                fileOfAcc = blocks.fileName;
            }
            int i = 0;
            while (i < n) {
                if (!useIndex) {
                    if (acc == null) {
                        acc = group(blocks.fileName, start);
                    }
                    fold(acc, values, start, 0, n);
                    break;
                }
                keyBits(keys, start + i, probe);
                if (acc == null || !Arrays.equals(probe, current)) {
                    System.arraycopy(probe, 0, current, 0, probe.length);
                    acc = group(blocks.fileName, start + i);
                }
                int j = runs ? runEnd(keys, start, i, n, current, probe) : i + 1;
                while (!runs && j < n) {
                    keyBits(keys, start + j, probe);
                    if (!Arrays.equals(probe, current)) {
                        break;
                    }
                    j++;
                }
                fold(acc, values, start, i, j);
                i = j;
            }
        }
    }

    /**
     * The end of the run of rows from {@code i} whose keys equal {@code current}, for monotone keys (equal keys
     * are one run): galloping, then a binary search, so a block of 65536 rows costs about 32 evaluations, not
     * 65536.
     */
    private static int runEnd(IndexExpr[] keys, long start, int i, int n, long[] current, long[] probe) {
        int lo = i; // known equal
        int step = 1;
        int hi = n; // known different, or the end
        while (lo + step < n) {
            keyBits(keys, start + lo + step, probe);
            if (!Arrays.equals(probe, current)) {
                hi = lo + step;
                break;
            }
            lo += step;
            step <<= 1;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            keyBits(keys, start + mid, probe);
            if (Arrays.equals(probe, current)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static void keyBits(IndexExpr[] keys, long index, long[] out) {
        for (int k = 0; k < keys.length; k++) {
            IndexExpr e = keys[k];
            if (e != null) {
                out[k] = e.isDouble() ? Double.doubleToLongBits(e.d(index) + 0.0) : e.l(index);
            }
        }
    }

    private Acc group(String file, long index) {
        Object[] key = new Object[plan.keys.length];
        for (int k = 0; k < key.length; k++) {
            IndexExpr e = plan.keys[k];
            key[k] = e == null ? file : e.box(index);
        }
        List<Object> id = Arrays.asList(key);
        Acc a = groups.get(id);
        if (a == null) {
            a = new Acc(key, plan.aggs.length);
            groups.put(id, a);
            order.add(a);
        }
        return a;
    }

    /** Rows [from, to) of the block into one group. */
    private void fold(Acc acc, Values v, long start, int from, int to) {
        boolean first = acc.rows == 0;
        for (int a = 0; a < plan.aggs.length; a++) {
            AggPlan.Agg g = plan.aggs[a];
            switch (g.fn()) {
                case COUNT -> acc.l[a] += to - from;
                case SUM -> {
                    if (g.floating()) {
                        double s = 0;
                        if (g.column() == -2) {
                            for (int i = from; i < to; i++) {
                                s += start + i;
                            }
                        } else {
                            double[] x = v.doubles[a];
                            for (int i = from; i < to; i++) {
                                s += x[i];
                            }
                        }
                        acc.d[a] += s;
                    } else {
                        long s = acc.l[a];
                        if (g.column() == -2) {
                            for (int i = from; i < to; i++) {
                                s = Math.addExact(s, start + i);
                            }
                        } else {
                            long[] x = v.longs[a];
                            for (int i = from; i < to; i++) {
                                s = Math.addExact(s, x[i]);
                            }
                        }
                        acc.l[a] = s;
                    }
                }
                default -> extreme(acc, a, g, v, start, from, to, first);
            }
        }
        acc.rows += to - from;
    }

    private static void extreme(Acc acc, int a, AggPlan.Agg g, Values v, long start, int from, int to,
            boolean first) {
        boolean min = g.fn() == AggPlan.Fn.MIN;
        if (g.column() == -2) {
            long x = min ? start + from : start + to - 1;
            if (first || (min ? x < acc.l[a] : x > acc.l[a])) {
                acc.l[a] = x;
                acc.d[a] = x;
            }
            return;
        }
        if (g.floating()) {
            double[] x = v.doubles[a];
            double m = first ? x[from] : acc.d[a];
            for (int i = from; i < to; i++) {
                // Spark orders NaN above every number
                if (min ? less(x[i], m) : less(m, x[i])) {
                    m = x[i];
                }
            }
            acc.d[a] = m;
        } else {
            long[] x = v.longs[a];
            long m = first ? x[from] : acc.l[a];
            for (int i = from; i < to; i++) {
                m = min ? Math.min(m, x[i]) : Math.max(m, x[i]);
            }
            acc.l[a] = m;
        }
    }

    private static boolean less(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a < b);
    }

    /** The value column each aggregate reads, as one double[] or long[] indexed by the block's row. */
    private static final class Values {
        final double[][] doubles;
        final long[][] longs;

        Values(Object data, int width, int n, AggPlan plan) {
            doubles = new double[plan.aggs.length][];
            longs = new long[plan.aggs.length][];
            for (int a = 0; a < plan.aggs.length; a++) {
                AggPlan.Agg g = plan.aggs[a];
                if (g.column() < 0 || g.fn() == AggPlan.Fn.COUNT) {
                    continue;
                }
                int j = g.column();
                if (j >= width) {
                    throw new IllegalArgumentException("column value_" + j + " is past the " + width
                            + " values of a row");
                }
                if (g.floating()) {
                    doubles[a] = data instanceof double[] x && width == 1 ? x : asDoubles(data, width, j, n);
                } else {
                    longs[a] = data instanceof long[] x && width == 1 ? x : asLongs(data, width, j, n);
                }
            }
        }

        private static double[] asDoubles(Object d, int w, int j, int n) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                int at = i * w + j;
                out[i] = d instanceof double[] a ? a[at] : d instanceof float[] a ? a[at]
                        : d instanceof long[] a ? a[at] : d instanceof int[] a ? a[at]
                        : d instanceof short[] a ? a[at] : ((byte[]) d)[at];
            }
            return out;
        }

        private static long[] asLongs(Object d, int w, int j, int n) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                int at = i * w + j;
                out[i] = d instanceof long[] a ? a[at] : d instanceof int[] a ? a[at]
                        : d instanceof short[] a ? a[at] : ((byte[]) d)[at];
            }
            return out;
        }
    }

    @Override
    public InternalRow get() {
        Acc a = order.get(at);
        int k = plan.keys.length;
        Object[] row = new Object[k + plan.aggs.length];
        for (int i = 0; i < k; i++) {
            row[i] = plan.keys[i] == null ? UTF8String.fromString((String) a.key[i]) : a.key[i];
        }
        for (int i = 0; i < plan.aggs.length; i++) {
            AggPlan.Agg g = plan.aggs[i];
            if (g.fn() == AggPlan.Fn.COUNT) {
                row[k + i] = a.l[i];
            } else if (a.rows == 0) {
                row[k + i] = null;
            } else {
                row[k + i] = g.floating() ? (Object) a.d[i] : (Object) a.l[i];
                row[k + i] = as(row[k + i], g.out());
            }
        }
        return new GenericInternalRow(row);
    }

    private static Object as(Object v, DataType t) {
        Number n = (Number) v;
        if (t == DataTypes.FloatType) {
            return n.floatValue();
        } else if (t == DataTypes.IntegerType) {
            return n.intValue();
        } else if (t == DataTypes.ShortType) {
            return n.shortValue();
        } else if (t == DataTypes.ByteType) {
            return n.byteValue();
        }
        return v;
    }

    @Override
    public void close() {
        blocks.close();
    }
}
