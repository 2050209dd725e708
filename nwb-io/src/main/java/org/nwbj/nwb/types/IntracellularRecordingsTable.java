package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularRecordingsTable} (a {@code AlignedDynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularRecordingsTable extends AlignedDynamicTable {
    /** A new IntracellularRecordingsTable named {@code intracellular_recordings}. */
    public IntracellularRecordingsTable() {
        this("intracellular_recordings");
    }

    /**
     * A new IntracellularRecordingsTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IntracellularRecordingsTable(String name) {
        this(name, "IntracellularRecordingsTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IntracellularRecordingsTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IntracellularRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code electrodes}: a group of type {@code IntracellularElectrodesTable}, required.
     *
     * @return the value, or null when it is not set
     */
    public IntracellularElectrodesTable electrodes() {
        return objectField("electrodes", IntracellularElectrodesTable.class);
    }

    /**
     * Sets field {@code electrodes}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularRecordingsTable setElectrodes(IntracellularElectrodesTable value) {
        set("electrodes", value);
        return this;
    }

    /**
     * Field {@code stimuli}: a group of type {@code IntracellularStimuliTable}, required.
     *
     * @return the value, or null when it is not set
     */
    public IntracellularStimuliTable stimuli() {
        return objectField("stimuli", IntracellularStimuliTable.class);
    }

    /**
     * Sets field {@code stimuli}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularRecordingsTable setStimuli(IntracellularStimuliTable value) {
        set("stimuli", value);
        return this;
    }

    /**
     * Field {@code responses}: a group of type {@code IntracellularResponsesTable}, required.
     *
     * @return the value, or null when it is not set
     */
    public IntracellularResponsesTable responses() {
        return objectField("responses", IntracellularResponsesTable.class);
    }

    /**
     * Sets field {@code responses}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularRecordingsTable setResponses(IntracellularResponsesTable value) {
        set("responses", value);
        return this;
    }
}
