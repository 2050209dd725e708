package org.nwbj.nwb.types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.nwb.NwbException;

/**
 * Appends rows to a DynamicTable (Units, trials, electrodes, ...) of an existing NWB file in place: the {@code id}
 * column, every column and every ragged column's VectorData and VectorIndex grow by the new rows. A column stored
 * chunked with room to grow is resized and only the new rows are written; one stored with fixed dimensions (what
 * pynwb writes) is rewritten, chunked and growable, with its attributes and object_id, so that later appends are in
 * place, and the VectorIndex pointing at it is pointed at the new dataset.
 */
final class TableAppender {
    /** An attribute read before the file is opened for writing. */
    private record Attr(String name, DataType type, long[] dims, Object[] values) {
        static Attr of(Attribute a) {
            boolean scalar = a.space().kind() == Dataspace.Kind.SCALAR;
            return new Attr(a.name(), a.type(), scalar ? new long[0] : a.space().dims(), a.readValues());
        }
    }

    /** One dataset of the table to extend: its values now and the values of the new rows (flattened, C order). */
    private static final class Column {
        final String name;
        final DataType type;
        final long[] dims;
        final boolean growable;
        final long oldAddress;
        final List<Attr> attributes = new ArrayList<>();
        final List<Object> added = new ArrayList<>();
        long addedRows;
        Object oldValues;
        DataType newType;

        Column(Dataset d, String name) {
            this.name = name;
            this.type = d.type();
            this.dims = d.space().dims();
            long[] max = d.space().maxDims();
            this.growable = d.chunkDims() != null && max != null && max.length > 0
                    && (max[0] == Dataspace.UNLIMITED || max[0] < 0);
            this.oldAddress = d.address();
            for (Attribute a : d.attributes()) {
                attributes.add(Attr.of(a));
            }
            this.newType = type;
        }

        long rowSize() {
            long n = 1;
            for (int i = 1; i < dims.length; i++) {
                n *= dims[i];
            }
            return n;
        }
    }

    private TableAppender() {
    }

    static void append(Path file, String tablePath, List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        try (Hdf5File h = Hdf5File.open(file)) {
            Node n = h.get(tablePath);
            if (!(n instanceof Group table) || !table.hasAttribute("colnames")) {
                throw new NwbException(tablePath + " of " + file + " is not a DynamicTable (no colnames)");
            }
            List<String> colnames = new ArrayList<>();
            for (Object o : table.attribute("colnames").readValues()) {
                colnames.add(String.valueOf(o));
            }
            Set<String> expected = new LinkedHashSet<>(colnames);
            for (Map<String, ?> row : rows) {
                Set<String> given = new LinkedHashSet<>(row.keySet());
                given.remove("id");
                if (!given.equals(expected)) {
                    throw new IllegalArgumentException("a row of " + tablePath + " gives columns " + given
                            + ", the table has " + expected);
                }
            }
            Column id = new Column(dataset(table, "id", tablePath), "id");
            columns.put("id", id);
            long oldRows = id.dims.length == 0 ? 0 : id.dims[0];
            id.oldValues = read(table, id);
            long[] oldIds = (long[]) id.oldValues;
            long next = 0;
            for (long v : oldIds) {
                next = Math.max(next, v + 1);
            }
            next = Math.max(next, oldRows);
            for (Map<String, ?> row : rows) {
                id.added.add(row.get("id") instanceof Number x ? x.longValue() : next++);
            }
            id.addedRows = rows.size();
            for (String c : colnames) {
                if (table.link(c + "_index_index") != null) {
                    throw new NwbException("column " + c + " of " + tablePath + " is doubly ragged (" + c
                            + "_index_index): appending to it is not supported");
                }
                Column data = new Column(dataset(table, c, tablePath), c);
                columns.put(c, data);
                Column index = table.link(c + "_index") == null ? null
                        : new Column(dataset(table, c + "_index", tablePath), c + "_index");
                long end = 0;
                if (index != null) {
                    columns.put(index.name, index);
                    long[] ends = table.get(index.name) instanceof Dataset d ? d.readLongs() : new long[0];
                    end = ends.length == 0 ? 0 : ends[ends.length - 1];
                    index.oldValues = ends;
                }
                for (Map<String, ?> row : rows) {
                    Object v = row.get(c);
                    if (index != null) {
                        List<Object> values = elements(v, c);
                        data.added.addAll(values);
                        data.addedRows += values.size() / Math.max(1, data.rowSize());
                        end += values.size() / Math.max(1, data.rowSize());
                        index.added.add(end);
                        index.addedRows++;
                    } else if (data.rowSize() == 1 && data.dims.length == 1) {
                        data.added.add(v);
                        data.addedRows++;
                    } else {
                        List<Object> values = elements(v, c);
                        if (values.size() != data.rowSize()) {
                            throw new IllegalArgumentException("column " + c + " of " + tablePath + " takes "
                                    + data.rowSize() + " values a row, given " + values.size());
                        }
                        data.added.addAll(values);
                        data.addedRows++;
                    }
                }
                if (index != null && index.type instanceof IntegerType it && !fits(it, end)) {
                    index.newType = end < 65536 ? DataTypes.UINT16 : end < (1L << 32) ? DataTypes.UINT32
                            : DataTypes.UINT64;
                }
            }
            for (Column c : columns.values()) {
                if (c.oldValues == null && (!c.growable || c.newType != c.type)) {
                    c.oldValues = read(table, c);
                } else if (c.newType != c.type && !(c.oldValues instanceof long[])) {
                    c.oldValues = read(table, c);
                }
            }
        }
        write(file, tablePath, columns);
    }

    private static void write(Path file, String tablePath, Map<String, Column> columns) {
        try (Hdf5Writer w = Hdf5Writer.open(file)) {
            GroupWriter table = tablePath.equals("/") ? w.root() : w.root().group(tablePath.substring(1));
            Map<Long, ObjectReference> moved = new LinkedHashMap<>();
            List<Column> rewritten = new ArrayList<>();
            for (Column c : columns.values()) {
                if (c.growable && c.newType == c.type) {
                    DatasetWriter d = table.dataset(c.name);
                    long[] dims = c.dims.clone();
                    dims[0] += c.addedRows;
                    d.resize(dims);
                    d.write(Selection.rows(dims, c.dims[0], c.addedRows), values(c.type, c.added, null, w));
                    continue;
                }
                long[] dims = c.dims.clone();
                dims[0] += c.addedRows;
                long[] max = dims.clone();
                max[0] = Dataspace.UNLIMITED;
                long[] chunks = dims.clone();
                chunks[0] = Math.max(1, Math.min(Math.max(dims[0], 1), (1 << 16) / Math.max(1,
                        c.newType.size() * c.rowSize())));
                table.deleteLink(c.name);
                DatasetWriter d = table.createDataset(c.name, DatasetOptions.of(c.newType, dims).maxDims(max)
                        .chunks(chunks));
                d.writeAll(values(c.newType, c.added, c.oldValues, w));
                moved.put(c.oldAddress, d.reference());
                rewritten.add(c);
            }
            for (Column c : rewritten) {
                DatasetWriter d = table.dataset(c.name);
                for (Attr a : c.attributes) {
                    Object[] v = a.values();
                    Object[] out = new Object[v.length];
                    for (int i = 0; i < v.length; i++) {
                        out[i] = v[i] instanceof ObjectReference r && moved.containsKey(r.address())
                                ? moved.get(r.address()) : v[i];
                    }
                    boolean text = Arrays.stream(out).allMatch(x -> x instanceof String);
                    d.setAttribute(a.name(), a.type(), a.dims(), text ? Arrays.copyOf(out, out.length, String[].class)
                            : out);
                }
            }
            // a growable index kept in place still points at its data: re-point it when the data moved
            for (Column c : columns.values()) {
                if (!rewritten.contains(c)) {
                    for (Attr a : c.attributes) {
                        if (a.values().length == 1 && a.values()[0] instanceof ObjectReference r
                                && moved.containsKey(r.address())) {
                            table.dataset(c.name).setAttribute(a.name(), a.type(), moved.get(r.address()));
                        }
                    }
                }
            }
        }
    }

    private static Dataset dataset(Group table, String name, String tablePath) {
        if (table.link(name) == null || !(table.get(name) instanceof Dataset d)) {
            throw new NwbException(tablePath + " has no dataset " + name);
        }
        return d;
    }

    private static Object read(Group table, Column c) {
        Dataset d = (Dataset) table.get(c.name);
        if (c.type instanceof IntegerType) {
            return d.readLongs();
        }
        if (c.type instanceof FloatType) {
            return d.readDoubles();
        }
        return d.readValues();
    }

    private static boolean fits(IntegerType t, long v) {
        int bits = t.size() * 8 - (t.signed() ? 1 : 0);
        return bits >= 63 || v < (1L << bits);
    }

    /** A row's values of a ragged or multi-dimensional column: an array or list, flattened. */
    private static List<Object> elements(Object v, String column) {
        List<Object> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object x : l) {
                flatten(x, out);
            }
        } else if (v != null && v.getClass().isArray()) {
            flatten(v, out);
        } else {
            throw new IllegalArgumentException("column " + column + " takes an array or list a row, given " + v);
        }
        return out;
    }

    private static void flatten(Object v, List<Object> out) {
        if (v != null && v.getClass().isArray() && !(v instanceof byte[])) {
            int n = java.lang.reflect.Array.getLength(v);
            for (int i = 0; i < n; i++) {
                flatten(java.lang.reflect.Array.get(v, i), out);
            }
        } else if (v instanceof List<?> l) {
            l.forEach(x -> flatten(x, out));
        } else {
            out.add(v);
        }
    }

    /** The old values (or none) and the new ones as one Java array of the stored type's form. */
    private static Object values(DataType type, List<Object> added, Object old, Hdf5Writer w) {
        if (type instanceof IntegerType) {
            long[] o = old == null ? new long[0] : (long[]) old;
            long[] out = Arrays.copyOf(o, o.length + added.size());
            for (int i = 0; i < added.size(); i++) {
                out[o.length + i] = number(added.get(i)).longValue();
            }
            return out;
        }
        if (type instanceof FloatType) {
            double[] o = old == null ? new double[0] : (double[]) old;
            double[] out = Arrays.copyOf(o, o.length + added.size());
            for (int i = 0; i < added.size(); i++) {
                out[o.length + i] = number(added.get(i)).doubleValue();
            }
            return out;
        }
        Object[] o = old == null ? new Object[0] : (Object[]) old;
        Object[] out = type instanceof StringType ? new String[o.length + added.size()]
                : new Object[o.length + added.size()];
        System.arraycopy(o, 0, out, 0, o.length);
        for (int i = 0; i < added.size(); i++) {
            Object v = added.get(i);
            out[o.length + i] = v instanceof TypedObject t ? reference(t, w) : type instanceof StringType
                    ? String.valueOf(v) : v;
        }
        return out;
    }

    private static Number number(Object v) {
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number: " + v);
    }

    /** An object of the file (read from it: its path is known) as an object reference. */
    private static ObjectReference reference(TypedObject t, Hdf5Writer w) {
        if (t.path == null) {
            throw new IllegalArgumentException(t.name() + " is not an object of the file (read it from the file)");
        }
        String p = t.path.substring(1);
        try {
            return w.root().group(p).reference();
        } catch (RuntimeException notGroup) {
            return w.root().dataset(p).reference();
        }
    }
}
