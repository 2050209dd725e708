package org.nwbj.nwb.types;

/**
 * The core type {@code OptogeneticStimulusSite} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OptogeneticStimulusSite extends NWBContainer {
    /** A new OptogeneticStimulusSite named {@code name}. */
    public OptogeneticStimulusSite(String name) {
        this(name, "OptogeneticStimulusSite", "core", false);
    }

    protected OptogeneticStimulusSite(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public OptogeneticStimulusSite setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code excitation_lambda}. */
    public Double excitationLambda() {
        return doubleField("excitation_lambda");
    }

    /** Sets field {@code excitation_lambda}. */
    public OptogeneticStimulusSite setExcitationLambda(Double value) {
        set("excitation_lambda", value);
        return this;
    }

    /** Field {@code location}. */
    public String location() {
        return stringField("location");
    }

    /** Sets field {@code location}. */
    public OptogeneticStimulusSite setLocation(String value) {
        set("location", value);
        return this;
    }

    /** Field {@code device}. */
    public Device device() {
        return objectField("device", Device.class);
    }

    /** Sets field {@code device}. */
    public OptogeneticStimulusSite setDevice(Device value) {
        set("device", value);
        return this;
    }
}
