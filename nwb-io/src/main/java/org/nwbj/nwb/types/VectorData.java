package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code VectorData} (a {@code Data}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VectorData extends Data {
    /** A new VectorData named {@code name}. */
    public VectorData(String name) {
        this(name, "VectorData", "hdmf-common", true);
    }

    protected VectorData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public VectorData setDescription(String value) {
        set("description", value);
        return this;
    }
}
