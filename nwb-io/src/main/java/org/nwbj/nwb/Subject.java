package org.nwbj.nwb;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * NWB's {@code Subject}: who the data were recorded from, stored at {@code /general/subject}. Every field is
 * optional; NWB best practice asks for subject_id, species, sex and age (ISO 8601 duration such as "P90D").
 */
public final class Subject {
    private String objectId = UUID.randomUUID().toString();
    private String subjectId;
    private String description;
    private String species;
    private String sex;
    private String age;
    private String genotype;
    private String strain;
    private String weight;
    private OffsetDateTime dateOfBirth;

    /** {@return the object id written for the subject} */
    public String objectId() {
        return objectId;
    }

    /** {@return the subject's id, or null} */
    public String subjectId() {
        return subjectId;
    }

    /** {@return the subject's description, or null} */
    public String description() {
        return description;
    }

    /** {@return the species, or null} */
    public String species() {
        return species;
    }

    /** {@return "F", "M", "O" (other) or "U" (unknown)} */
    public String sex() {
        return sex;
    }

    /** {@return age as an ISO 8601 duration, e.g. "P90D"} */
    public String age() {
        return age;
    }

    /** {@return the genotype, or null} */
    public String genotype() {
        return genotype;
    }

    /** {@return the strain, or null} */
    public String strain() {
        return strain;
    }

    /** {@return weight with its unit, e.g. "0.02 kg"} */
    public String weight() {
        return weight;
    }

    /** {@return the date of birth, or null} */
    public OffsetDateTime dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * Sets the subject's id.
     *
     * @param subjectId the id
     * @return this subject
     */
    public Subject setSubjectId(String subjectId) {
        this.subjectId = Objects.requireNonNull(subjectId);
        return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this subject
     */
    public Subject setDescription(String description) {
        this.description = Objects.requireNonNull(description);
        return this;
    }

    /**
     * Sets the species, such as its Latin binomial.
     *
     * @param species the species
     * @return this subject
     */
    public Subject setSpecies(String species) {
        this.species = Objects.requireNonNull(species);
        return this;
    }

    /**
     * Sets the sex.
     *
     * @param sex the sex, such as {@code F}, {@code M}, {@code U} or {@code O}
     * @return this subject
     */
    public Subject setSex(String sex) {
        this.sex = Objects.requireNonNull(sex);
        return this;
    }

    /**
     * Sets the age.
     *
     * @param age the age, as an ISO 8601 duration such as {@code P90D}
     * @return this subject
     */
    public Subject setAge(String age) {
        this.age = Objects.requireNonNull(age);
        return this;
    }

    /**
     * Sets the genotype.
     *
     * @param genotype the genotype
     * @return this subject
     */
    public Subject setGenotype(String genotype) {
        this.genotype = Objects.requireNonNull(genotype);
        return this;
    }

    /**
     * Sets the strain.
     *
     * @param strain the strain
     * @return this subject
     */
    public Subject setStrain(String strain) {
        this.strain = Objects.requireNonNull(strain);
        return this;
    }

    /**
     * Sets the weight.
     *
     * @param weight the weight, with its unit
     * @return this subject
     */
    public Subject setWeight(String weight) {
        this.weight = Objects.requireNonNull(weight);
        return this;
    }

    /**
     * Sets the date of birth.
     *
     * @param dateOfBirth the date of birth
     * @return this subject
     */
    public Subject setDateOfBirth(OffsetDateTime dateOfBirth) {
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth);
        return this;
    }

    /** Keeps the id a file gave this container when it is read. */
    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
