package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code VectorIndex} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VectorIndex extends VectorData {
    /**
     * A new VectorIndex named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public VectorIndex(String name) {
        this(name, "VectorIndex", "hdmf-common", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code VectorIndex}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected VectorIndex(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code target}: an attribute (reference to a {@code VectorData}), required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData target() {
        return objectField("target", VectorData.class);
    }

    /**
     * Sets field {@code target}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VectorIndex setTarget(VectorData value) {
        set("target", value);
        return this;
    }
}
