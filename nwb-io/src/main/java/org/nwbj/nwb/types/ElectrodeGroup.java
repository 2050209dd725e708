package org.nwbj.nwb.types;

/**
 * The core type {@code ElectrodeGroup} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ElectrodeGroup extends NWBContainer {
    /**
     * A new ElectrodeGroup named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ElectrodeGroup(String name) {
        this(name, "ElectrodeGroup", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ElectrodeGroup}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ElectrodeGroup(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: an attribute (text), required.
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
    public ElectrodeGroup setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code location}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String location() {
        return stringField("location");
    }

    /**
     * Sets field {@code location}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectrodeGroup setLocation(String value) {
        set("location", value);
        return this;
    }

    /**
     * Field {@code position}: a dataset (compound), optional.
     *
     * @return the value, or null when it is not set
     */
    public Object position() {
        return get("position");
    }

    /**
     * Sets field {@code position}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectrodeGroup setPosition(Object value) {
        set("position", value);
        return this;
    }

    /**
     * Field {@code device}: a link to a {@code Device}, required.
     *
     * @return the value, or null when it is not set
     */
    public Device device() {
        return objectField("device", Device.class);
    }

    /**
     * Sets field {@code device}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectrodeGroup setDevice(Device value) {
        set("device", value);
        return this;
    }
}
