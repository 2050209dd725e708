package org.nwbj.nwb.types;

/**
 * The core type {@code Image} (a {@code NWBData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Image extends NWBData {
    /** A new Image named {@code name}. */
    public Image(String name) {
        this(name, "Image", "core", true);
    }

    protected Image(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code resolution}. */
    public Double resolution() {
        return doubleField("resolution");
    }

    /** Sets field {@code resolution}. */
    public Image setResolution(Double value) {
        set("resolution", value);
        return this;
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public Image setDescription(String value) {
        set("description", value);
        return this;
    }
}
