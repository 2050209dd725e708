package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularElectrodesTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularElectrodesTable extends DynamicTable {
    /**
     * A new IntracellularElectrodesTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IntracellularElectrodesTable(String name) {
        this(name, "IntracellularElectrodesTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IntracellularElectrodesTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IntracellularElectrodesTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code electrode}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData electrode() {
        return objectField("electrode", VectorData.class);
    }

    /**
     * Sets field {@code electrode}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularElectrodesTable setElectrode(VectorData value) {
        set("electrode", value);
        return this;
    }
}
