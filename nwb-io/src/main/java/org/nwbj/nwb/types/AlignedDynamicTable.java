package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code AlignedDynamicTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AlignedDynamicTable extends DynamicTable {
    /** A new AlignedDynamicTable named {@code name}. */
    public AlignedDynamicTable(String name) {
        this(name, "AlignedDynamicTable", "hdmf-common", false);
    }

    protected AlignedDynamicTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code categories}. */
    public Object categories() {
        return get("categories");
    }

    /** Sets field {@code categories}. */
    public AlignedDynamicTable setCategories(Object value) {
        set("categories", value);
        return this;
    }

    /** Field {@code dynamic_tables}. */
    public Map<String, DynamicTable> dynamicTables() {
        return mapField("dynamic_tables");
    }

    /** Adds a member to {@code dynamic_tables}. */
    public AlignedDynamicTable addDynamicTable(DynamicTable member) {
        add("dynamic_tables", member);
        return this;
    }
}
