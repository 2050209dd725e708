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

    /**
     * A new SequentialRecordingsTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public SequentialRecordingsTable(String name) {
        this(name, "SequentialRecordingsTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code SequentialRecordingsTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected SequentialRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code simultaneous_recordings}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion simultaneousRecordings() {
        return objectField("simultaneous_recordings", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code simultaneous_recordings}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SequentialRecordingsTable setSimultaneousRecordings(DynamicTableRegion value) {
        set("simultaneous_recordings", value);
        return this;
    }

    /**
     * Field {@code simultaneous_recordings_index}: a dataset of type {@code VectorIndex}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex simultaneousRecordingsIndex() {
        return objectField("simultaneous_recordings_index", VectorIndex.class);
    }

    /**
     * Sets field {@code simultaneous_recordings_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SequentialRecordingsTable setSimultaneousRecordingsIndex(VectorIndex value) {
        set("simultaneous_recordings_index", value);
        return this;
    }

    /**
     * Field {@code stimulus_type}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData stimulusType() {
        return objectField("stimulus_type", VectorData.class);
    }

    /**
     * Sets field {@code stimulus_type}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SequentialRecordingsTable setStimulusType(VectorData value) {
        set("stimulus_type", value);
        return this;
    }
}
