package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularElectrodesTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularElectrodesTable extends DynamicTable {
    /** A new IntracellularElectrodesTable named {@code name}. */
    public IntracellularElectrodesTable(String name) {
        this(name, "IntracellularElectrodesTable", "core", false);
    }

    protected IntracellularElectrodesTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code electrode}. */
    public VectorData electrode() {
        return objectField("electrode", VectorData.class);
    }

    /** Sets field {@code electrode}. */
    public IntracellularElectrodesTable setElectrode(VectorData value) {
        set("electrode", value);
        return this;
    }
}
