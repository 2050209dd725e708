package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularElectrode} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularElectrode extends NWBContainer {
    /** A new IntracellularElectrode named {@code name}. */
    public IntracellularElectrode(String name) {
        this(name, "IntracellularElectrode", "core", false);
    }

    protected IntracellularElectrode(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code cell_id}. */
    public String cellId() {
        return stringField("cell_id");
    }

    /** Sets field {@code cell_id}. */
    public IntracellularElectrode setCellId(String value) {
        set("cell_id", value);
        return this;
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public IntracellularElectrode setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code filtering}. */
    public String filtering() {
        return stringField("filtering");
    }

    /** Sets field {@code filtering}. */
    public IntracellularElectrode setFiltering(String value) {
        set("filtering", value);
        return this;
    }

    /** Field {@code initial_access_resistance}. */
    public String initialAccessResistance() {
        return stringField("initial_access_resistance");
    }

    /** Sets field {@code initial_access_resistance}. */
    public IntracellularElectrode setInitialAccessResistance(String value) {
        set("initial_access_resistance", value);
        return this;
    }

    /** Field {@code location}. */
    public String location() {
        return stringField("location");
    }

    /** Sets field {@code location}. */
    public IntracellularElectrode setLocation(String value) {
        set("location", value);
        return this;
    }

    /** Field {@code resistance}. */
    public String resistance() {
        return stringField("resistance");
    }

    /** Sets field {@code resistance}. */
    public IntracellularElectrode setResistance(String value) {
        set("resistance", value);
        return this;
    }

    /** Field {@code seal}. */
    public String seal() {
        return stringField("seal");
    }

    /** Sets field {@code seal}. */
    public IntracellularElectrode setSeal(String value) {
        set("seal", value);
        return this;
    }

    /** Field {@code slice}. */
    public String slice() {
        return stringField("slice");
    }

    /** Sets field {@code slice}. */
    public IntracellularElectrode setSlice(String value) {
        set("slice", value);
        return this;
    }

    /** Field {@code device}. */
    public Device device() {
        return objectField("device", Device.class);
    }

    /** Sets field {@code device}. */
    public IntracellularElectrode setDevice(Device value) {
        set("device", value);
        return this;
    }
}
