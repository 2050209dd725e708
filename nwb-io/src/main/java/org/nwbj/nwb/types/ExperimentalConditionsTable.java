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

    /** A new ExperimentalConditionsTable named {@code name}. */
    public ExperimentalConditionsTable(String name) {
        this(name, "ExperimentalConditionsTable", "core", false);
    }

    protected ExperimentalConditionsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code repetitions}. */
    public DynamicTableRegion repetitions() {
        return objectField("repetitions", DynamicTableRegion.class);
    }

    /** Sets field {@code repetitions}. */
    public ExperimentalConditionsTable setRepetitions(DynamicTableRegion value) {
        set("repetitions", value);
        return this;
    }

    /** Field {@code repetitions_index}. */
    public VectorIndex repetitionsIndex() {
        return objectField("repetitions_index", VectorIndex.class);
    }

    /** Sets field {@code repetitions_index}. */
    public ExperimentalConditionsTable setRepetitionsIndex(VectorIndex value) {
        set("repetitions_index", value);
        return this;
    }
}
