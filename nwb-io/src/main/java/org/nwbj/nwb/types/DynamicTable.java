package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code DynamicTable} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DynamicTable extends DynamicTableSupport {
    /** A new DynamicTable named {@code name}. */
    public DynamicTable(String name) {
        this(name, "DynamicTable", "hdmf-common", false);
    }

    protected DynamicTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code colnames}. */
    public Object colnames() {
        return get("colnames");
    }

    /** Sets field {@code colnames}. */
    public DynamicTable setColnames(Object value) {
        set("colnames", value);
        return this;
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public DynamicTable setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code id}. */
    public ElementIdentifiers id() {
        return objectField("id", ElementIdentifiers.class);
    }

    /** Sets field {@code id}. */
    public DynamicTable setId(ElementIdentifiers value) {
        set("id", value);
        return this;
    }

    /** Field {@code columns}. */
    public Map<String, VectorData> columns() {
        return mapField("columns");
    }

    /** Adds a member to {@code columns}. */
    public DynamicTable addVectorData(VectorData member) {
        add("columns", member);
        return this;
    }
}
