package org.nwbj.nwb.types;

/**
 * The core type {@code ExperimentalConditionsTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ExperimentalConditionsTable extends DynamicTable {
    /** A new ExperimentalConditionsTable named {@code experimental_conditions}. */
    public ExperimentalConditionsTable() {
        this("experimental_conditions");
    }

    /**
     * A new ExperimentalConditionsTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ExperimentalConditionsTable(String name) {
        this(name, "ExperimentalConditionsTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ExperimentalConditionsTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ExperimentalConditionsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code repetitions}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion repetitions() {
        return objectField("repetitions", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code repetitions}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ExperimentalConditionsTable setRepetitions(DynamicTableRegion value) {
        set("repetitions", value);
        return this;
    }

    /**
     * Field {@code repetitions_index}: a dataset of type {@code VectorIndex}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex repetitionsIndex() {
        return objectField("repetitions_index", VectorIndex.class);
    }

    /**
     * Sets field {@code repetitions_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ExperimentalConditionsTable setRepetitionsIndex(VectorIndex value) {
        set("repetitions_index", value);
        return this;
    }
}
