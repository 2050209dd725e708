package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code DynamicTableRegion} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DynamicTableRegion extends VectorData {
    /** A new DynamicTableRegion named {@code name}. */
    public DynamicTableRegion(String name) {
        this(name, "DynamicTableRegion", "hdmf-common", true);
    }

    protected DynamicTableRegion(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code table}. */
    public DynamicTable table() {
        return objectField("table", DynamicTable.class);
    }

    /** Sets field {@code table}. */
    public DynamicTableRegion setTable(DynamicTable value) {
        set("table", value);
        return this;
    }
}
