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

    /** A new RepetitionsTable named {@code name}. */
    public RepetitionsTable(String name) {
        this(name, "RepetitionsTable", "core", false);
    }

    protected RepetitionsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code sequential_recordings}. */
    public DynamicTableRegion sequentialRecordings() {
        return objectField("sequential_recordings", DynamicTableRegion.class);
    }

    /** Sets field {@code sequential_recordings}. */
    public RepetitionsTable setSequentialRecordings(DynamicTableRegion value) {
        set("sequential_recordings", value);
        return this;
    }

    /** Field {@code sequential_recordings_index}. */
    public VectorIndex sequentialRecordingsIndex() {
        return objectField("sequential_recordings_index", VectorIndex.class);
    }

    /** Sets field {@code sequential_recordings_index}. */
    public RepetitionsTable setSequentialRecordingsIndex(VectorIndex value) {
        set("sequential_recordings_index", value);
        return this;
    }
}
