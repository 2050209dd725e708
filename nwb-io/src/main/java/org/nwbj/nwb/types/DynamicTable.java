package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code DynamicTable} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DynamicTable extends DynamicTableSupport {
    /**
     * A new DynamicTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public DynamicTable(String name) {
        this(name, "DynamicTable", "hdmf-common", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code DynamicTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected DynamicTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code colnames}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public Object colnames() {
        return get("colnames");
    }

    /**
     * Sets field {@code colnames}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DynamicTable setColnames(Object value) {
        set("colnames", value);
        return this;
    }

    /**
     * Field {@code description}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String description() {
        return stringField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DynamicTable setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code id}: a dataset of type {@code ElementIdentifiers}, required.
     *
     * @return the value, or null when it is not set
     */
    public ElementIdentifiers id() {
        return objectField("id", ElementIdentifiers.class);
    }

    /**
     * Sets field {@code id}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DynamicTable setId(ElementIdentifiers value) {
        set("id", value);
        return this;
    }

    /**
     * Field {@code columns}: the unnamed members of type {@code VectorData}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, VectorData> columns() {
        return mapField("columns");
    }

    /**
     * Adds a member to {@code columns}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public DynamicTable addVectorData(VectorData member) {
        add("columns", member);
        return this;
    }
}
