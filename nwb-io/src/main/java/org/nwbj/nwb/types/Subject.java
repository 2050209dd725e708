package org.nwbj.nwb.types;

/**
 * The core type {@code Subject} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Subject extends NWBContainer {
    /** A new Subject named {@code name}. */
    public Subject(String name) {
        this(name, "Subject", "core", false);
    }

    protected Subject(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code age}. */
    public String age() {
        return stringField("age");
    }

    /** Sets field {@code age}. */
    public Subject setAge(String value) {
        set("age", value);
        return this;
    }

    /** Field {@code reference}. */
    public String reference() {
        return stringField("reference");
    }

    /** Sets field {@code reference}. */
    public Subject setReference(String value) {
        set("reference", value);
        return this;
    }

    /** Field {@code date_of_birth}. */
    public String dateOfBirth() {
        return stringField("date_of_birth");
    }

    /** Sets field {@code date_of_birth}. */
    public Subject setDateOfBirth(String value) {
        set("date_of_birth", value);
        return this;
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public Subject setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code genotype}. */
    public String genotype() {
        return stringField("genotype");
    }

    /** Sets field {@code genotype}. */
    public Subject setGenotype(String value) {
        set("genotype", value);
        return this;
    }

    /** Field {@code sex}. */
    public String sex() {
        return stringField("sex");
    }

    /** Sets field {@code sex}. */
    public Subject setSex(String value) {
        set("sex", value);
        return this;
    }

    /** Field {@code species}. */
    public String species() {
        return stringField("species");
    }

    /** Sets field {@code species}. */
    public Subject setSpecies(String value) {
        set("species", value);
        return this;
    }

    /** Field {@code strain}. */
    public String strain() {
        return stringField("strain");
    }

    /** Sets field {@code strain}. */
    public Subject setStrain(String value) {
        set("strain", value);
        return this;
    }

    /** Field {@code subject_id}. */
    public String subjectId() {
        return stringField("subject_id");
    }

    /** Sets field {@code subject_id}. */
    public Subject setSubjectId(String value) {
        set("subject_id", value);
        return this;
    }

    /** Field {@code weight}. */
    public String weight() {
        return stringField("weight");
    }

    /** Sets field {@code weight}. */
    public Subject setWeight(String value) {
        set("weight", value);
        return this;
    }
}
