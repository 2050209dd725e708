package org.nwbj.nwb.types;

/**
 * The core type {@code OptogeneticStimulusSite} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OptogeneticStimulusSite extends NWBContainer {
    /**
     * A new OptogeneticStimulusSite named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public OptogeneticStimulusSite(String name) {
        this(name, "OptogeneticStimulusSite", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code OptogeneticStimulusSite}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected OptogeneticStimulusSite(String name, String type, String namespace, boolean dataset) {
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
    public OptogeneticStimulusSite setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code excitation_lambda}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Double excitationLambda() {
        return doubleField("excitation_lambda");
    }

    /**
     * Sets field {@code excitation_lambda}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OptogeneticStimulusSite setExcitationLambda(Double value) {
        set("excitation_lambda", value);
        return this;
    }

    /**
     * Field {@code location}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String location() {
        return stringField("location");
    }

    /**
     * Sets field {@code location}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OptogeneticStimulusSite setLocation(String value) {
        set("location", value);
        return this;
    }

    /**
     * Field {@code device}: a link to a {@code Device}, required.
     *
     * @return the value, or null when it is not set
     */
    public Device device() {
        return objectField("device", Device.class);
    }

    /**
     * Sets field {@code device}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OptogeneticStimulusSite setDevice(Device value) {
        set("device", value);
        return this;
    }
}
