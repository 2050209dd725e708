package org.nwbj.nwb.types;

/**
 * The core type {@code ElectrodeGroup} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ElectrodeGroup extends NWBContainer {
    /** A new ElectrodeGroup named {@code name}. */
    public ElectrodeGroup(String name) {
        this(name, "ElectrodeGroup", "core", false);
    }

    protected ElectrodeGroup(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public ElectrodeGroup setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code location}. */
    public String location() {
        return stringField("location");
    }

    /** Sets field {@code location}. */
    public ElectrodeGroup setLocation(String value) {
        set("location", value);
        return this;
    }

    /** Field {@code position}. */
    public Object position() {
        return get("position");
    }

    /** Sets field {@code position}. */
    public ElectrodeGroup setPosition(Object value) {
        set("position", value);
        return this;
    }

    /** Field {@code device}. */
    public Device device() {
        return objectField("device", Device.class);
    }

    /** Sets field {@code device}. */
    public ElectrodeGroup setDevice(Device value) {
        set("device", value);
        return this;
    }
}
