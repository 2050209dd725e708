package org.nwbj.nwb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * hdmf-common's {@code DynamicTable}: named columns of equal length, one row per id. A column is a
 * {@code VectorData} dataset; a ragged column (rows of different lengths) adds a {@code VectorIndex}
 * ({@code NAME_index}, where each row ends); a column of row numbers of another table is a
 * {@code DynamicTableRegion}; the ids are the {@code ElementIdentifiers} dataset {@code id}.
 *
 * <pre>{@code
 * DynamicTable t = new DynamicTable("cells", "sorted units", 3)
 *         .addColumn("quality", "isolation", ArrayData.of(new double[] {0.9, 0.7, 0.8}))
 *         .addRaggedColumn("spike_times", "per cell", ArrayData.of(times), new long[] {4, 6, 9});
 * }</pre>
 */
public class DynamicTable {
    private final String name;
    private final String description;
    private final String neurodataType;
    private final String namespace;
    private String objectId = UUID.randomUUID().toString();
    private final long rows;
    private long[] ids;
    private final List<Column> columns = new ArrayList<>();

    /** One column as written: values (ArrayData, String[] or references), optionally ragged or a region. */
    record Column(String name, String description, Object values, long[] ends, DynamicTable region,
            String objectId, String indexObjectId) {
        long length() {
            if (values instanceof ArrayData a) {
                return a.dims().length == 0 ? 1 : a.dims()[0];
            } else if (values instanceof String[] s) {
                return s.length;
            }
            return ((Object[]) values).length;
        }
    }

    /**
     * A table of {@code rows} rows with ids 0 to rows - 1 and no columns yet.
     *
     * @param name the table's name
     * @param description what the table holds
     * @param rows the number of rows
     */
    public DynamicTable(String name, String description, long rows) {
        this(name, description, rows, "DynamicTable", "hdmf-common");
    }

    DynamicTable(String name, String description, long rows, String neurodataType, String namespace) {
        this.name = Names.check(name, "DynamicTable");
        this.description = Objects.requireNonNull(description, "description");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0: " + rows);
        }
        this.rows = rows;
        this.neurodataType = neurodataType;
        this.namespace = namespace;
    }

    /** {@return the table's name} */
    public String name() {
        return name;
    }

    /** {@return what the table holds} */
    public String description() {
        return description;
    }

    /** {@return the number of rows} */
    public long rows() {
        return rows;
    }

    /** {@return "DynamicTable", or the subtype's name} */
    public String neurodataType() {
        return neurodataType;
    }

    /** {@return the object id written for the table} */
    public String objectId() {
        return objectId;
    }

    /** {@return the row ids (default 0, 1, ...)} */
    public long[] ids() {
        if (ids != null) {
            return ids.clone();
        }
        long[] out = new long[(int) rows];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {@return the column names in the order added (the table's colnames)} */
    public List<String> columnNames() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.name());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Replaces the row ids (0 to rows - 1 by default).
     *
     * @param ids one id per row
     * @return this table
     */
    public DynamicTable setIds(long[] ids) {
        if (ids.length != rows) {
            throw new IllegalArgumentException(ids.length + " ids for " + rows + " rows");
        }
        this.ids = ids.clone();
        return this;
    }

    /**
     * Adds a column with one value (or, for multi-dimensional values, one sub-array) per row.
     *
     * @param name the column's name
     * @param description what the column holds
     * @param values the values, first dimension one per row
     * @return this table
     */
    public DynamicTable addColumn(String name, String description, ArrayData values) {
        return add(new Column(name, description, values, null, null, uuid(), null));
    }

    /**
     * Adds a text column, one string per row.
     *
     * @param name the column's name
     * @param description what the column holds
     * @param values one string per row
     * @return this table
     */
    public DynamicTable addColumn(String name, String description, String[] values) {
        return add(new Column(name, description, values.clone(), null, null, uuid(), null));
    }

    /**
     * Adds a ragged column: {@code values} holds the rows one after the other, row i ending (exclusive) at
     * {@code ends[i]}.
     *
     * @param name the column's name
     * @param description what the column holds
     * @param values all rows' values, one row after the other
     * @param ends the end (exclusive) of each row in {@code values}
     * @return this table
     */
    public DynamicTable addRaggedColumn(String name, String description, ArrayData values, long[] ends) {
        return add(new Column(name, description, values, checkEnds(ends, values.dims()[0]), null, uuid(), uuid()));
    }

    /**
     * Adds a ragged text column (see {@link #addRaggedColumn(String, String, ArrayData, long[])}).
     *
     * @param name the column's name
     * @param description what the column holds
     * @param values all rows' strings, one row after the other
     * @param ends the end (exclusive) of each row in {@code values}
     * @return this table
     */
    public DynamicTable addRaggedColumn(String name, String description, String[] values, long[] ends) {
        return add(new Column(name, description, values.clone(), checkEnds(ends, values.length), null, uuid(),
                uuid()));
    }

    /**
     * Adds a column of row numbers of {@code target} (a {@code DynamicTableRegion}).
     *
     * @param name the column's name
     * @param description what the column holds
     * @param targetRows one row number of {@code target} per row
     * @param target the table the rows point into
     * @return this table
     */
    public DynamicTable addRegionColumn(String name, String description, long[] targetRows, DynamicTable target) {
        checkRows(targetRows, target);
        return add(new Column(name, description, ArrayData.of(targetRows.clone()), null, target, uuid(), null));
    }

    /**
     * Adds a column of object references, one container per row (e.g. the electrodes table's {@code group}
     * column of {@link ElectrodeGroup}s); each must be written to the same file.
     *
     * @param name the column's name
     * @param description what the column holds
     * @param containers one container per row
     * @return this table
     */
    public DynamicTable addReferenceColumn(String name, String description, List<?> containers) {
        return add(new Column(name, description, containers.toArray(), null, null, uuid(), null));
    }

    List<Column> columns() {
        return columns;
    }

    private DynamicTable add(Column c) {
        Names.check(c.name(), "column");
        Objects.requireNonNull(c.description(), "description");
        if (c.name().equals("id") || columnNames().contains(c.name())
                || c.ends() != null && columnNames().contains(c.name() + "_index")) {
            throw new IllegalArgumentException(name + " already has a column " + c.name());
        }
        long n = c.ends() != null ? c.ends().length : c.length();
        if (n != rows) {
            throw new IllegalArgumentException("column " + c.name() + " has " + n + " rows, the table " + rows);
        }
        columns.add(c);
        return this;
    }

    static void checkRows(long[] targetRows, DynamicTable target) {
        for (long r : targetRows) {
            if (r < 0 || r >= target.rows()) {
                throw new IllegalArgumentException("row " + r + " is not in " + target.name() + " (" + target.rows()
                        + " rows)");
            }
        }
    }

    private static long[] checkEnds(long[] ends, long values) {
        long last = 0;
        for (long e : ends) {
            if (e < last || e > values) {
                throw new IllegalArgumentException("ragged ends must rise from 0 to " + values + ": " + e);
            }
            last = e;
        }
        if (ends.length > 0 && last != values) {
            throw new IllegalArgumentException("the last end " + last + " leaves values unused (" + values + ")");
        }
        return ends.clone();
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    /**
     * {@return the electrodes table NWB asks for beside {@link ElectricalSeries}: one row per electrode with its
     * location, its group and the group's name}
     *
     * @param locations one brain location per electrode
     * @param groups one electrode group per electrode
     */
    public static DynamicTable electrodes(String[] locations, List<ElectrodeGroup> groups) {
        if (locations.length != groups.size()) {
            throw new IllegalArgumentException(locations.length + " locations for " + groups.size() + " groups");
        }
        String[] names = new String[groups.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = groups.get(i).name();
        }
        return new DynamicTable("electrodes", "metadata about extracellular electrodes", locations.length)
                .addColumn("location", "the location of channel within the subject e.g. brain region", locations)
                .addReferenceColumn("group", "a reference to the ElectrodeGroup this electrode is a part of",
                        groups)
                .addColumn("group_name", "the name of the ElectrodeGroup this electrode is a part of", names);
    }

    @Override
    public String toString() {
        return neurodataType + " " + name;
    }

    /** Keeps the id a file gave this container when it is read. */
    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
