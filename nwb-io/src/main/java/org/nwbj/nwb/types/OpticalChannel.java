package org.nwbj.nwb.types;

/**
 * The core type {@code OpticalChannel} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OpticalChannel extends NWBContainer {
    /** A new OpticalChannel named {@code name}. */
    public OpticalChannel(String name) {
        this(name, "OpticalChannel", "core", false);
    }

    protected OpticalChannel(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public OpticalChannel setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code emission_lambda}. */
    public Double emissionLambda() {
        return doubleField("emission_lambda");
    }

    /** Sets field {@code emission_lambda}. */
    public OpticalChannel setEmissionLambda(Double value) {
        set("emission_lambda", value);
        return this;
    }
}
