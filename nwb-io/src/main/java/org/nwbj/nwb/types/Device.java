package org.nwbj.nwb.types;

/**
 * The core type {@code Device} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Device extends NWBContainer {
    /**
     * A new Device named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Device(String name) {
        this(name, "Device", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Device}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Device(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
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
    public Device setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code manufacturer}: an attribute (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String manufacturer() {
        return stringField("manufacturer");
    }

    /**
     * Sets field {@code manufacturer}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Device setManufacturer(String value) {
        set("manufacturer", value);
        return this;
    }
}
