package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularStimuliTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularStimuliTable extends DynamicTable {
    /**
     * A new IntracellularStimuliTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IntracellularStimuliTable(String name) {
        this(name, "IntracellularStimuliTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IntracellularStimuliTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IntracellularStimuliTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code stimulus}: a dataset of type {@code TimeSeriesReferenceVectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeriesReferenceVectorData stimulus() {
        return objectField("stimulus", TimeSeriesReferenceVectorData.class);
    }

    /**
     * Sets field {@code stimulus}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularStimuliTable setStimulus(TimeSeriesReferenceVectorData value) {
        set("stimulus", value);
        return this;
    }

    /**
     * Field {@code stimulus_template}: a dataset of type {@code TimeSeriesReferenceVectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeriesReferenceVectorData stimulusTemplate() {
        return objectField("stimulus_template", TimeSeriesReferenceVectorData.class);
    }

    /**
     * Sets field {@code stimulus_template}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularStimuliTable setStimulusTemplate(TimeSeriesReferenceVectorData value) {
        set("stimulus_template", value);
        return this;
    }
}
