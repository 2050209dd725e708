package org.nwbj.nwb.types;

/**
 * The core type {@code Image} (a {@code NWBData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Image extends NWBData {
    /**
     * A new Image named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Image(String name) {
        this(name, "Image", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code Image}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Image(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code resolution}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double resolution() {
        return doubleField("resolution");
    }

    /**
     * Sets field {@code resolution}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Image setResolution(Double value) {
        set("resolution", value);
        return this;
    }

    /**
     * Field {@code description}: an attribute (text), optional.
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
    public Image setDescription(String value) {
        set("description", value);
        return this;
    }
}
