package org.nwbj.nwb.types;

/**
 * The core type {@code CurrentClampSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CurrentClampSeries extends PatchClampSeries {
    /** A new CurrentClampSeries named {@code name}. */
    public CurrentClampSeries(String name) {
        this(name, "CurrentClampSeries", "core", false);
    }

    protected CurrentClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code bias_current}. */
    public Double biasCurrent() {
        return doubleField("bias_current");
    }

    /** Sets field {@code bias_current}. */
    public CurrentClampSeries setBiasCurrent(Double value) {
        set("bias_current", value);
        return this;
    }

    /** Field {@code bridge_balance}. */
    public Double bridgeBalance() {
        return doubleField("bridge_balance");
    }

    /** Sets field {@code bridge_balance}. */
    public CurrentClampSeries setBridgeBalance(Double value) {
        set("bridge_balance", value);
        return this;
    }

    /** Field {@code capacitance_compensation}. */
    public Double capacitanceCompensation() {
        return doubleField("capacitance_compensation");
    }

    /** Sets field {@code capacitance_compensation}. */
    public CurrentClampSeries setCapacitanceCompensation(Double value) {
        set("capacitance_compensation", value);
        return this;
    }
}
