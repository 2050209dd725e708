package org.nwbj.nwb.types;

/**
 * The core type {@code PatchClampSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class PatchClampSeries extends TimeSeries {
    /**
     * A new PatchClampSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public PatchClampSeries(String name) {
        this(name, "PatchClampSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code PatchClampSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected PatchClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code stimulus_description}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String stimulusDescription() {
        return stringField("stimulus_description");
    }

    /**
     * Sets field {@code stimulus_description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PatchClampSeries setStimulusDescription(String value) {
        set("stimulus_description", value);
        return this;
    }

    /**
     * Field {@code sweep_number}: an attribute (uint32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Long sweepNumber() {
        return longField("sweep_number");
    }

    /**
     * Sets field {@code sweep_number}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PatchClampSeries setSweepNumber(Long value) {
        set("sweep_number", value);
        return this;
    }

    /**
     * Field {@code gain}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double gain() {
        return doubleField("gain");
    }

    /**
     * Sets field {@code gain}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PatchClampSeries setGain(Double value) {
        set("gain", value);
        return this;
    }

    /**
     * Field {@code electrode}: a link to a {@code IntracellularElectrode}, required.
     *
     * @return the value, or null when it is not set
     */
    public IntracellularElectrode electrode() {
        return objectField("electrode", IntracellularElectrode.class);
    }

    /**
     * Sets field {@code electrode}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PatchClampSeries setElectrode(IntracellularElectrode value) {
        set("electrode", value);
        return this;
    }
}
