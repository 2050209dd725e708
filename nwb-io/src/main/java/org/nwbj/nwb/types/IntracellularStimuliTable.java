package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularStimuliTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularStimuliTable extends DynamicTable {
    /** A new IntracellularStimuliTable named {@code name}. */
    public IntracellularStimuliTable(String name) {
        this(name, "IntracellularStimuliTable", "core", false);
    }

    protected IntracellularStimuliTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code stimulus}. */
    public TimeSeriesReferenceVectorData stimulus() {
        return objectField("stimulus", TimeSeriesReferenceVectorData.class);
    }

    /** Sets field {@code stimulus}. */
    public IntracellularStimuliTable setStimulus(TimeSeriesReferenceVectorData value) {
        set("stimulus", value);
        return this;
    }

    /** Field {@code stimulus_template}. */
    public TimeSeriesReferenceVectorData stimulusTemplate() {
        return objectField("stimulus_template", TimeSeriesReferenceVectorData.class);
    }

    /** Sets field {@code stimulus_template}. */
    public IntracellularStimuliTable setStimulusTemplate(TimeSeriesReferenceVectorData value) {
        set("stimulus_template", value);
        return this;
    }
}
