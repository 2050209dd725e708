package org.nwbj.nwb.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ArrayData;

/**
 * What {@link DynamicTable} adds to its generated fields: columns by name, rows as maps, and building a table row
 * by row ({@link #addRow}) or column by column ({@link #addColumn}), ragged columns' indexes built on the way.
 */
public abstract class DynamicTableSupport extends Container {
    /** Rows added in memory, by column, not yet turned into datasets. */
    private Map<String, List<Object>> added;
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    /** Columns asked for, kept so that their index and values are read once. */
    private final Map<String, TableColumn> columns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * For the generated table classes: a table of a type that extends {@code DynamicTable}.
     *
     * @param name the table's name
     * @param type its neurodata type
     * @param namespace the namespace defining the type
     * @param dataset false: a table is a group
     */
    protected DynamicTableSupport(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** {@return the column names in order (the {@code colnames} attribute)} */
    public List<String> columnNames() {
        materialize();
        Object c = get("colnames");
        List<String> out = new ArrayList<>();
        if (c instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        } else if (c instanceof String s) {
            out.add(s);
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the number of rows (the length of {@code id})} */
    public long rowCount() {
        materialize();
        return get("id") instanceof TypedObject id ? TableColumn.length(id.get("data")) : 0;
    }

    /**
     * {@return the column {@code name} (its index {@code name_index} makes it ragged); throws when absent}
     *
     * @param name the column's name
     */
    public TableColumn column(String name) {
        materialize();
        TableColumn known = columns.get(name);
        if (known != null && known.vectorData() == member(name)) {
            return known;
        }
        TypedObject data = member(name);
        if (data == null) {
            throw new IllegalArgumentException(name() + " has no column " + name + " (have " + columnNames() + ")");
        }
        TableColumn c = new TableColumn(name, data, member(name + "_index"));
        columns.put(name, c);
        return c;
    }

    /**
     * {@return row {@code row} as column name -> value (see {@link TableColumn#get})}
     *
     * @param row the row number, from 0
     */
    public Map<String, Object> row(long row) {
        return TableColumn.rowOf((DynamicTable) this, row);
    }

    private TypedObject member(String name) {
        if (get(name) instanceof TypedObject t) {
            return t;
        }
        Object cols = get("columns");
        return cols instanceof Map<?, ?> m && m.get(name) instanceof TypedObject t ? t : null;
    }

    /**
     * Appends a row: a value per column (numbers, strings, objects for reference columns; a list or array makes
     * the column ragged). The first row names the columns; later rows give the same ones.
     *
     * @param values the row's value per column name
     * @return this table
     */
    public DynamicTableSupport addRow(Map<String, ?> values) {
        if (added == null) {
            Map<String, List<Object>> rows = new LinkedHashMap<>();
            for (String c : columnNames()) {
                List<Object> existing = new ArrayList<>();
                TableColumn col = column(c);
                for (long r = 0; r < col.size(); r++) {
                    existing.add(col.get(r));
                }
                rows.put(c, existing);
            }
            if (rows.isEmpty()) {
                for (String c : values.keySet()) {
                    rows.put(c, new ArrayList<>());
                }
            }
            added = rows;
        }
        if (!added.keySet().equals(values.keySet())) {
            throw new IllegalArgumentException("row has columns " + values.keySet() + ", the table " + added.keySet());
        }
        values.forEach((k, v) -> added.get(k).add(v));
        return this;
    }

    /**
     * Adds a column of one value per row (a list or array per row makes it ragged: its VectorIndex is built);
     * {@code description} describes it.
     *
     * @param name the column's name
     * @param description what the column holds
     * @param rows one value per row
     * @return this table
     */
    public DynamicTableSupport addColumn(String name, String description, List<?> rows) {
        materialize();
        if (member(name) != null) {
            throw new IllegalArgumentException(name() + " already has a column " + name);
        }
        long n = rowCount();
        if (get("id") != null && n != rows.size()) {
            throw new IllegalArgumentException("column " + name + " has " + rows.size() + " rows, the table " + n);
        }
        descriptions.put(name, description);
        build(name, new ArrayList<>(rows), rows.size());
        return this;
    }

    /** Turns rows added in memory into the table's datasets. */
    void materialize() {
        if (added == null) {
            return;
        }
        columns.clear();
        Map<String, List<Object>> rows = added;
        added = null;
        int n = rows.isEmpty() ? 0 : rows.values().iterator().next().size();
        for (String c : rows.keySet()) {
            build(c, rows.get(c), n);
        }
    }

    private void build(String name, List<Object> rows, int n) {
        if (get("id") == null || TableColumn.length(((TypedObject) get("id")).get("data")) != n) {
            ElementIdentifiers id = new ElementIdentifiers("id");
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i;
            }
            id.set("data", ArrayData.of(ids));
            set("id", id);
        }
        boolean ragged = !rows.isEmpty() && rows.stream().allMatch(r -> r instanceof List || r != null
                && r.getClass().isArray());
        List<Object> flat = rows;
        long[] ends = null;
        if (ragged) {
            flat = new ArrayList<>();
            ends = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Object r = rows.get(i);
                if (r instanceof List<?> l) {
                    flat.addAll(l);
                } else {
                    for (int k = 0; k < java.lang.reflect.Array.getLength(r); k++) {
                        flat.add(java.lang.reflect.Array.get(r, k));
                    }
                }
                ends[i] = flat.size();
            }
        }
        TypedObject old = member(name);
        String description = descriptions.getOrDefault(name, old != null && old.get("description") != null
                ? String.valueOf(old.get("description")) : "no description");
        boolean region = old != null && old.isA("DynamicTableRegion");
        VectorData data = region ? new DynamicTableRegion(name) : new VectorData(name);
        data.set("description", description);
        data.set("data", values(flat));
        if (region) {
            data.set("table", old.get("table"));
        }
        place(name, data);
        if (ends != null) {
            VectorIndex index = new VectorIndex(name + "_index");
            index.set("description", "Index for VectorData '" + name + "'");
            long max = ends.length == 0 ? 0 : ends[ends.length - 1];
            index.set("data", ArrayData.of(ends, DatasetOptions.of(max < 256 ? DataTypes.UINT8 : max < 65536
                    ? DataTypes.UINT16 : max < (1L << 32) ? DataTypes.UINT32 : DataTypes.UINT64, ends.length)));
            index.set("target", data);
            place(name + "_index", index);
        }
        List<String> names = new ArrayList<>(columnNamesRaw());
        if (!names.contains(name)) {
            names.add(name);
        }
        set("colnames", names.toArray(new String[0]));
    }

    private List<String> columnNamesRaw() {
        Object c = get("colnames");
        List<String> out = new ArrayList<>();
        if (c instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    /** A column goes to its named field when the spec names it (Units' spike_times), else among the columns. */
    private void place(String name, TypedObject column) {
        boolean named = FieldNames.of(TypedIO.specOf(this)).stream().anyMatch(f -> f.name().equals(name)
                && f.kind() == FieldNames.Kind.DATASET);
        if (named) {
            set(name, column);
        } else {
            Map<String, TypedObject> cols = members("columns");
            cols.put(name, column);
        }
    }

    private static Object values(List<Object> flat) {
        if (flat.stream().allMatch(v -> v instanceof Long || v instanceof Integer || v instanceof Short
                || v instanceof Byte)) {
            return ArrayData.of(flat.stream().mapToLong(v -> ((Number) v).longValue()).toArray());
        }
        if (flat.stream().allMatch(v -> v instanceof Number)) {
            return ArrayData.of(flat.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
        }
        if (flat.stream().allMatch(v -> v instanceof String)) {
            return flat.toArray(new String[0]);
        }
        return flat.toArray();
    }
}
