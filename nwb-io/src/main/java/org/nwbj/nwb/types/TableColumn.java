package org.nwbj.nwb.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.nwb.ArrayData;

/**
 * One column of a {@link DynamicTable} as pynwb shows it: {@code get(row)} gives the row's value, for a ragged
 * column (one with a {@code VectorIndex}) the row's values, for a {@code DynamicTableRegion} the row numbers of the
 * target table ({@link #targetRows(long)} gives those rows).
 */
public final class TableColumn {
    private final String name;
    private final TypedObject data;
    private final TypedObject index;
    private long[] ends;
    /** A ragged numeric column's values, read whole on first use (up to {@link #CACHED_VALUES}). */
    private Object values;
    private static final long CACHED_VALUES = 1L << 24;

    TableColumn(String name, TypedObject data, TypedObject index) {
        this.name = name;
        this.data = data;
        this.index = index;
    }

    /** {@return the column's name} */
    public String name() {
        return name;
    }

    /** {@return the column's VectorData (or DynamicTableRegion, ...) dataset object} */
    public TypedObject vectorData() {
        return data;
    }

    /** {@return the column's VectorIndex, or null when the column is not ragged} */
    public TypedObject index() {
        return index;
    }

    /** {@return true when the column has an index, so each row holds several values} */
    public boolean isRagged() {
        return index != null;
    }

    /**
     * For a DynamicTableRegion column: the table its rows point into, else null.
     *
     * @return the target table, or null
     */
    public DynamicTable target() {
        return data.get("table") instanceof DynamicTable t ? t : null;
    }

    /** {@return the number of rows} */
    public long size() {
        return index != null ? ends().length : length(data.get("data"));
    }

    /**
     * {@return row {@code row}'s value: a Long, Double, String or object; for a ragged column the row's values as a
     * long[], double[] or Object[]}
     *
     * @param row the row number, from 0
     */
    public Object get(long row) {
        check(row);
        if (index == null) {
            return element(data.get("data"), row);
        }
        long[] e = ends();
        long start = row == 0 ? 0 : e[(int) row - 1];
        return slice(values(), start, e[(int) row] - start);
    }

    /**
     * {@return a numeric row (ragged: its values; else one value) as doubles}
     *
     * @param row the row number, from 0
     */
    public double[] getDoubles(long row) {
        Object v = get(row);
        if (v instanceof double[] d) {
            return d;
        }
        if (v instanceof long[] l) {
            return Arrays.stream(l).asDoubleStream().toArray();
        }
        if (v instanceof Number n) {
            return new double[] {n.doubleValue()};
        }
        throw new IllegalStateException("column " + name + " row " + row + " is not numeric: " + v);
    }

    /**
     * For a region column: the rows of the target table the row points at.
     *
     * @param row the row number, from 0
     * @return the target rows, each as column name -> value
     */
    public List<Map<String, Object>> targetRows(long row) {
        DynamicTable t = target();
        if (t == null) {
            throw new IllegalStateException("column " + name + " is not a DynamicTableRegion");
        }
        Object v = get(row);
        long[] rows = v instanceof long[] l ? l : new long[] {((Number) v).longValue()};
        List<Map<String, Object>> out = new ArrayList<>();
        for (long r : rows) {
            out.add(t.row(r));
        }
        return out;
    }

    private void check(long row) {
        if (row < 0 || row >= size()) {
            throw new IndexOutOfBoundsException("row " + row + " of column " + name + " (" + size() + " rows)");
        }
    }

    /** The values, read whole once for a 1-D numeric dataset of moderate size (ragged rows slice them). */
    private synchronized Object values() {
        if (values == null) {
            Object v = data.get("data");
            if (v instanceof ArrayData.Stored st && st.dataset().space().dims().length == 1
                    && st.dataset().space().elementCount() <= CACHED_VALUES) {
                Dataset d = st.dataset();
                v = d.type() instanceof IntegerType ? d.readLongs() : d.type() instanceof FloatType ? d.readDoubles()
                        : v;
            }
            values = v;
        }
        return values;
    }

    private synchronized long[] ends() {
        if (ends == null) {
            ends = longs(index.get("data"));
        }
        return ends;
    }

    static long length(Object v) {
        if (v instanceof ArrayData a) {
            return a.dims().length == 0 ? 1 : a.dims()[0];
        }
        if (v instanceof Object[] a) {
            return a.length;
        }
        if (v != null && v.getClass().isArray()) {
            return java.lang.reflect.Array.getLength(v);
        }
        return v == null ? 0 : 1;
    }

    static long[] longs(Object v) {
        if (v instanceof ArrayData a) {
            return a.readLongs();
        }
        if (v instanceof long[] l) {
            return l;
        }
        if (v instanceof Object[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = ((Number) a[i]).longValue();
            }
            return out;
        }
        throw new IllegalStateException("not an index: " + v);
    }

    private static Object element(Object v, long row) {
        Object s = slice(v, row, 1);
        if (s instanceof double[] d && d.length == 1) {
            return d[0];
        }
        if (s instanceof long[] l && l.length == 1) {
            return l[0];
        }
        if (s instanceof Object[] o && o.length == 1) {
            return o[0];
        }
        return s;
    }

    /** {@code count} rows from {@code start}: long[] or double[] for numbers, Object[] otherwise. */
    static Object slice(Object v, long start, long count) {
        if (v instanceof ArrayData.Stored st) {
            Dataset d = st.dataset();
            Selection sel = Selection.rows(d.space().dims(), start, count);
            if (d.space().dims().length == 1 && d.type() instanceof IntegerType) {
                return d.readLongs(sel);
            }
            if (d.space().dims().length == 1 && d.type() instanceof FloatType) {
                return d.readDoubles(sel);
            }
            return d.readValues(sel);
        }
        if (v instanceof ArrayData.InMemory m) {
            Object values = m.values();
            if (values instanceof double[] d) {
                return Arrays.copyOfRange(d, (int) start, (int) (start + count));
            }
            long[] l = m.readLongs();
            return Arrays.copyOfRange(l, (int) start, (int) (start + count));
        }
        if (v instanceof ArrayData a) {
            return Arrays.copyOfRange(a.readDoubles(), (int) start, (int) (start + count));
        }
        if (v instanceof Object[] o) {
            return Arrays.copyOfRange(o, (int) start, (int) (start + count));
        }
        if (v instanceof double[] d) {
            return Arrays.copyOfRange(d, (int) start, (int) (start + count));
        }
        if (v instanceof long[] l) {
            return Arrays.copyOfRange(l, (int) start, (int) (start + count));
        }
        throw new IllegalStateException("not column values: " + v);
    }

    static Map<String, Object> rowOf(DynamicTable t, long row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String c : t.columnNames()) {
            out.put(c, t.column(c).get(row));
        }
        return out;
    }
}
