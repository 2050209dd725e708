package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code VectorIndex} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VectorIndex extends VectorData {
    /** A new VectorIndex named {@code name}. */
    public VectorIndex(String name) {
        this(name, "VectorIndex", "hdmf-common", true);
    }

    protected VectorIndex(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code target}. */
    public VectorData target() {
        return objectField("target", VectorData.class);
    }

    /** Sets field {@code target}. */
    public VectorIndex setTarget(VectorData value) {
        set("target", value);
        return this;
    }
}
