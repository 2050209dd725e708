package org.nwbj.nwb.types;

/**
 * The core type {@code OpticalChannel} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OpticalChannel extends NWBContainer {
    /**
     * A new OpticalChannel named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public OpticalChannel(String name) {
        this(name, "OpticalChannel", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code OpticalChannel}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected OpticalChannel(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String description() {
        return stringField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OpticalChannel setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code emission_lambda}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Double emissionLambda() {
        return doubleField("emission_lambda");
    }

    /**
     * Sets field {@code emission_lambda}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OpticalChannel setEmissionLambda(Double value) {
        set("emission_lambda", value);
        return this;
    }
}
