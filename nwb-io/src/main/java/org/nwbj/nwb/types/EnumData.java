package org.nwbj.nwb.types;

/**
 * The hdmf-experimental type {@code EnumData} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class EnumData extends VectorData {
    /**
     * A new EnumData named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public EnumData(String name) {
        this(name, "EnumData", "hdmf-experimental", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code EnumData}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected EnumData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code elements}: an attribute (reference to a {@code VectorData}), required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData elements() {
        return objectField("elements", VectorData.class);
    }

    /**
     * Sets field {@code elements}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public EnumData setElements(VectorData value) {
        set("elements", value);
        return this;
    }
}
