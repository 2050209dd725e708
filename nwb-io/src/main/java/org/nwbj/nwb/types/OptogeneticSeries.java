package org.nwbj.nwb.types;

/**
 * The core type {@code OptogeneticSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OptogeneticSeries extends TimeSeries {
    /** A new OptogeneticSeries named {@code name}. */
    public OptogeneticSeries(String name) {
        this(name, "OptogeneticSeries", "core", false);
    }

    protected OptogeneticSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code site}. */
    public OptogeneticStimulusSite site() {
        return objectField("site", OptogeneticStimulusSite.class);
    }

    /** Sets field {@code site}. */
    public OptogeneticSeries setSite(OptogeneticStimulusSite value) {
        set("site", value);
        return this;
    }
}
