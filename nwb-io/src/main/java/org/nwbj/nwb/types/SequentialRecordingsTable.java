package org.nwbj.nwb.types;

/**
 * The core type {@code SequentialRecordingsTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SequentialRecordingsTable extends DynamicTable {
    /** A new SequentialRecordingsTable named {@code sequential_recordings}. */
    public SequentialRecordingsTable() {
        this("sequential_recordings");
    }

    /** A new SequentialRecordingsTable named {@code name}. */
    public SequentialRecordingsTable(String name) {
        this(name, "SequentialRecordingsTable", "core", false);
    }

    protected SequentialRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code simultaneous_recordings}. */
    public DynamicTableRegion simultaneousRecordings() {
        return objectField("simultaneous_recordings", DynamicTableRegion.class);
    }

    /** Sets field {@code simultaneous_recordings}. */
    public SequentialRecordingsTable setSimultaneousRecordings(DynamicTableRegion value) {
        set("simultaneous_recordings", value);
        return this;
    }

    /** Field {@code simultaneous_recordings_index}. */
    public VectorIndex simultaneousRecordingsIndex() {
        return objectField("simultaneous_recordings_index", VectorIndex.class);
    }

    /** Sets field {@code simultaneous_recordings_index}. */
    public SequentialRecordingsTable setSimultaneousRecordingsIndex(VectorIndex value) {
        set("simultaneous_recordings_index", value);
        return this;
    }

    /** Field {@code stimulus_type}. */
    public VectorData stimulusType() {
        return objectField("stimulus_type", VectorData.class);
    }

    /** Sets field {@code stimulus_type}. */
    public SequentialRecordingsTable setStimulusType(VectorData value) {
        set("stimulus_type", value);
        return this;
    }
}
