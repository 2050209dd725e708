package org.nwbj.nwb.types;

/**
 * The core type {@code RepetitionsTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RepetitionsTable extends DynamicTable {
    /** A new RepetitionsTable named {@code repetitions}. */
    public RepetitionsTable() {
        this("repetitions");
    }

    /**
     * A new RepetitionsTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public RepetitionsTable(String name) {
        this(name, "RepetitionsTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code RepetitionsTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected RepetitionsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code sequential_recordings}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion sequentialRecordings() {
        return objectField("sequential_recordings", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code sequential_recordings}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public RepetitionsTable setSequentialRecordings(DynamicTableRegion value) {
        set("sequential_recordings", value);
        return this;
    }

    /**
     * Field {@code sequential_recordings_index}: a dataset of type {@code VectorIndex}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex sequentialRecordingsIndex() {
        return objectField("sequential_recordings_index", VectorIndex.class);
    }

    /**
     * Sets field {@code sequential_recordings_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public RepetitionsTable setSequentialRecordingsIndex(VectorIndex value) {
        set("sequential_recordings_index", value);
        return this;
    }
}
