package org.nwbj.nwb.types;

/**
 * The core type {@code SimultaneousRecordingsTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SimultaneousRecordingsTable extends DynamicTable {
    /** A new SimultaneousRecordingsTable named {@code simultaneous_recordings}. */
    public SimultaneousRecordingsTable() {
        this("simultaneous_recordings");
    }

    /**
     * A new SimultaneousRecordingsTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public SimultaneousRecordingsTable(String name) {
        this(name, "SimultaneousRecordingsTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code SimultaneousRecordingsTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected SimultaneousRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code recordings}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion recordings() {
        return objectField("recordings", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code recordings}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SimultaneousRecordingsTable setRecordings(DynamicTableRegion value) {
        set("recordings", value);
        return this;
    }

    /**
     * Field {@code recordings_index}: a dataset of type {@code VectorIndex}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex recordingsIndex() {
        return objectField("recordings_index", VectorIndex.class);
    }

    /**
     * Sets field {@code recordings_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SimultaneousRecordingsTable setRecordingsIndex(VectorIndex value) {
        set("recordings_index", value);
        return this;
    }
}
