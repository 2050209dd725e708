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

    /** A new SimultaneousRecordingsTable named {@code name}. */
    public SimultaneousRecordingsTable(String name) {
        this(name, "SimultaneousRecordingsTable", "core", false);
    }

    protected SimultaneousRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code recordings}. */
    public DynamicTableRegion recordings() {
        return objectField("recordings", DynamicTableRegion.class);
    }

    /** Sets field {@code recordings}. */
    public SimultaneousRecordingsTable setRecordings(DynamicTableRegion value) {
        set("recordings", value);
        return this;
    }

    /** Field {@code recordings_index}. */
    public VectorIndex recordingsIndex() {
        return objectField("recordings_index", VectorIndex.class);
    }

    /** Sets field {@code recordings_index}. */
    public SimultaneousRecordingsTable setRecordingsIndex(VectorIndex value) {
        set("recordings_index", value);
        return this;
    }
}
