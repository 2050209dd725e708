package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularElectrode} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularElectrode extends NWBContainer {
    /**
     * A new IntracellularElectrode named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IntracellularElectrode(String name) {
        this(name, "IntracellularElectrode", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IntracellularElectrode}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IntracellularElectrode(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code cell_id}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String cellId() {
        return stringField("cell_id");
    }

    /**
     * Sets field {@code cell_id}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setCellId(String value) {
        set("cell_id", value);
        return this;
    }

    /**
     * Field {@code description}: a dataset (text), required.
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
    public IntracellularElectrode setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code filtering}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String filtering() {
        return stringField("filtering");
    }

    /**
     * Sets field {@code filtering}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setFiltering(String value) {
        set("filtering", value);
        return this;
    }

    /**
     * Field {@code initial_access_resistance}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String initialAccessResistance() {
        return stringField("initial_access_resistance");
    }

    /**
     * Sets field {@code initial_access_resistance}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setInitialAccessResistance(String value) {
        set("initial_access_resistance", value);
        return this;
    }

    /**
     * Field {@code location}: a dataset (text), optional.
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
    public IntracellularElectrode setLocation(String value) {
        set("location", value);
        return this;
    }

    /**
     * Field {@code resistance}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String resistance() {
        return stringField("resistance");
    }

    /**
     * Sets field {@code resistance}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setResistance(String value) {
        set("resistance", value);
        return this;
    }

    /**
     * Field {@code seal}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String seal() {
        return stringField("seal");
    }

    /**
     * Sets field {@code seal}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setSeal(String value) {
        set("seal", value);
        return this;
    }

    /**
     * Field {@code slice}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String slice() {
        return stringField("slice");
    }

    /**
     * Sets field {@code slice}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrode setSlice(String value) {
        set("slice", value);
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
    public IntracellularElectrode setDevice(Device value) {
        set("device", value);
        return this;
    }
}
