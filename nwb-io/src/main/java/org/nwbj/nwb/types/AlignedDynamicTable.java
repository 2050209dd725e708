package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code AlignedDynamicTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AlignedDynamicTable extends DynamicTable {
    /**
     * A new AlignedDynamicTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public AlignedDynamicTable(String name) {
        this(name, "AlignedDynamicTable", "hdmf-common", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code AlignedDynamicTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected AlignedDynamicTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code categories}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public Object categories() {
        return get("categories");
    }

    /**
     * Sets field {@code categories}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public AlignedDynamicTable setCategories(Object value) {
        set("categories", value);
        return this;
    }

    /**
     * Field {@code dynamic_tables}: the unnamed members of type {@code DynamicTable}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, DynamicTable> dynamicTables() {
        return mapField("dynamic_tables");
    }

    /**
     * Adds a member to {@code dynamic_tables}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public AlignedDynamicTable addDynamicTable(DynamicTable member) {
        add("dynamic_tables", member);
        return this;
    }
}
