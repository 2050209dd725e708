package org.nwbj.nwb.types;

/**
 * The core type {@code Device} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Device extends NWBContainer {
    /** A new Device named {@code name}. */
    public Device(String name) {
        this(name, "Device", "core", false);
    }

    protected Device(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public Device setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code manufacturer}. */
    public String manufacturer() {
        return stringField("manufacturer");
    }

    /** Sets field {@code manufacturer}. */
    public Device setManufacturer(String value) {
        set("manufacturer", value);
        return this;
    }
}
