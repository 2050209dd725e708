package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code DynamicTableRegion} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DynamicTableRegion extends VectorData {
    /**
     * A new DynamicTableRegion named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public DynamicTableRegion(String name) {
        this(name, "DynamicTableRegion", "hdmf-common", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code DynamicTableRegion}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected DynamicTableRegion(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code table}: an attribute (reference to a {@code DynamicTable}), required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTable table() {
        return objectField("table", DynamicTable.class);
    }

    /**
     * Sets field {@code table}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DynamicTableRegion setTable(DynamicTable value) {
        set("table", value);
        return this;
    }
}
