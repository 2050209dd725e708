package org.nwbj.nwb.types;

/**
 * The core type {@code PatchClampSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class PatchClampSeries extends TimeSeries {
    /** A new PatchClampSeries named {@code name}. */
    public PatchClampSeries(String name) {
        this(name, "PatchClampSeries", "core", false);
    }

    protected PatchClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code stimulus_description}. */
    public String stimulusDescription() {
        return stringField("stimulus_description");
    }

    /** Sets field {@code stimulus_description}. */
    public PatchClampSeries setStimulusDescription(String value) {
        set("stimulus_description", value);
        return this;
    }

    /** Field {@code sweep_number}. */
    public Long sweepNumber() {
        return longField("sweep_number");
    }

    /** Sets field {@code sweep_number}. */
    public PatchClampSeries setSweepNumber(Long value) {
        set("sweep_number", value);
        return this;
    }

    /** Field {@code gain}. */
    public Double gain() {
        return doubleField("gain");
    }

    /** Sets field {@code gain}. */
    public PatchClampSeries setGain(Double value) {
        set("gain", value);
        return this;
    }

    /** Field {@code electrode}. */
    public IntracellularElectrode electrode() {
        return objectField("electrode", IntracellularElectrode.class);
    }

    /** Sets field {@code electrode}. */
    public PatchClampSeries setElectrode(IntracellularElectrode value) {
        set("electrode", value);
        return this;
    }
}
