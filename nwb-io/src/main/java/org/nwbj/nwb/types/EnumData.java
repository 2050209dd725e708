package org.nwbj.nwb.types;

/**
 * The hdmf-experimental type {@code EnumData} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class EnumData extends VectorData {
    /** A new EnumData named {@code name}. */
    public EnumData(String name) {
        this(name, "EnumData", "hdmf-experimental", true);
    }

    protected EnumData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code elements}. */
    public VectorData elements() {
        return objectField("elements", VectorData.class);
    }

    /** Sets field {@code elements}. */
    public EnumData setElements(VectorData value) {
        set("elements", value);
        return this;
    }
}
