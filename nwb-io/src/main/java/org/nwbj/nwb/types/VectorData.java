package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code VectorData} (a {@code Data}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VectorData extends Data {
    /**
     * A new VectorData named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public VectorData(String name) {
        this(name, "VectorData", "hdmf-common", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code VectorData}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected VectorData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
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
    public VectorData setDescription(String value) {
        set("description", value);
        return this;
    }
}
