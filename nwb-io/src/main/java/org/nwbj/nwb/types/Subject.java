package org.nwbj.nwb.types;

/**
 * The core type {@code Subject} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Subject extends NWBContainer {
    /**
     * A new Subject named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Subject(String name) {
        this(name, "Subject", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Subject}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Subject(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code age}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String age() {
        return stringField("age");
    }

    /**
     * Sets field {@code age}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setAge(String value) {
        set("age", value);
        return this;
    }

    /**
     * Field {@code reference}: attribute {@code reference} of dataset {@code age} (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String reference() {
        return stringField("reference");
    }

    /**
     * Sets field {@code reference}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setReference(String value) {
        set("reference", value);
        return this;
    }

    /**
     * Field {@code date_of_birth}: a dataset (isodatetime), optional.
     *
     * @return the value, or null when it is not set
     */
    public String dateOfBirth() {
        return stringField("date_of_birth");
    }

    /**
     * Sets field {@code date_of_birth}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setDateOfBirth(String value) {
        set("date_of_birth", value);
        return this;
    }

    /**
     * Field {@code description}: a dataset (text), optional.
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
    public Subject setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code genotype}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String genotype() {
        return stringField("genotype");
    }

    /**
     * Sets field {@code genotype}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setGenotype(String value) {
        set("genotype", value);
        return this;
    }

    /**
     * Field {@code sex}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String sex() {
        return stringField("sex");
    }

    /**
     * Sets field {@code sex}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setSex(String value) {
        set("sex", value);
        return this;
    }

    /**
     * Field {@code species}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String species() {
        return stringField("species");
    }

    /**
     * Sets field {@code species}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setSpecies(String value) {
        set("species", value);
        return this;
    }

    /**
     * Field {@code strain}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String strain() {
        return stringField("strain");
    }

    /**
     * Sets field {@code strain}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setStrain(String value) {
        set("strain", value);
        return this;
    }

    /**
     * Field {@code subject_id}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String subjectId() {
        return stringField("subject_id");
    }

    /**
     * Sets field {@code subject_id}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setSubjectId(String value) {
        set("subject_id", value);
        return this;
    }

    /**
     * Field {@code weight}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String weight() {
        return stringField("weight");
    }

    /**
     * Sets field {@code weight}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Subject setWeight(String value) {
        set("weight", value);
        return this;
    }
}
