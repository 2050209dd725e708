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

    /** A new IntracellularRecordingsTable named {@code name}. */
    public IntracellularRecordingsTable(String name) {
        this(name, "IntracellularRecordingsTable", "core", false);
    }

    protected IntracellularRecordingsTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code electrodes}. */
    public IntracellularElectrodesTable electrodes() {
        return objectField("electrodes", IntracellularElectrodesTable.class);
    }

    /** Sets field {@code electrodes}. */
    public IntracellularRecordingsTable setElectrodes(IntracellularElectrodesTable value) {
        set("electrodes", value);
        return this;
    }

    /** Field {@code stimuli}. */
    public IntracellularStimuliTable stimuli() {
        return objectField("stimuli", IntracellularStimuliTable.class);
    }

    /** Sets field {@code stimuli}. */
    public IntracellularRecordingsTable setStimuli(IntracellularStimuliTable value) {
        set("stimuli", value);
        return this;
    }

    /** Field {@code responses}. */
    public IntracellularResponsesTable responses() {
        return objectField("responses", IntracellularResponsesTable.class);
    }

    /** Sets field {@code responses}. */
    public IntracellularRecordingsTable setResponses(IntracellularResponsesTable value) {
        set("responses", value);
        return this;
    }
}
