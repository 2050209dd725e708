package org.nwbj.nwb.types;

/**
 * The core type {@code CurrentClampSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CurrentClampSeries extends PatchClampSeries {
    /**
     * A new CurrentClampSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public CurrentClampSeries(String name) {
        this(name, "CurrentClampSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code CurrentClampSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected CurrentClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code bias_current}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double biasCurrent() {
        return doubleField("bias_current");
    }

    /**
     * Sets field {@code bias_current}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CurrentClampSeries setBiasCurrent(Double value) {
        set("bias_current", value);
        return this;
    }

    /**
     * Field {@code bridge_balance}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double bridgeBalance() {
        return doubleField("bridge_balance");
    }

    /**
     * Sets field {@code bridge_balance}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CurrentClampSeries setBridgeBalance(Double value) {
        set("bridge_balance", value);
        return this;
    }

    /**
     * Field {@code capacitance_compensation}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double capacitanceCompensation() {
        return doubleField("capacitance_compensation");
    }

    /**
     * Sets field {@code capacitance_compensation}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CurrentClampSeries setCapacitanceCompensation(Double value) {
        set("capacitance_compensation", value);
        return this;
    }
}
