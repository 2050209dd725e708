package org.nwbj.nwb.types;

/**
 * The core type {@code OptogeneticSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OptogeneticSeries extends TimeSeries {
    /**
     * A new OptogeneticSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public OptogeneticSeries(String name) {
        this(name, "OptogeneticSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code OptogeneticSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected OptogeneticSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code site}: a link to a {@code OptogeneticStimulusSite}, required.
     *
     * @return the value, or null when it is not set
     */
    public OptogeneticStimulusSite site() {
        return objectField("site", OptogeneticStimulusSite.class);
    }

    /**
     * Sets field {@code site}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OptogeneticSeries setSite(OptogeneticStimulusSite value) {
        set("site", value);
        return this;
    }
}
