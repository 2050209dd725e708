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

    public String objectId() {
        return objectId;
    }

    public String subjectId() {
        return subjectId;
    }

    public String description() {
        return description;
    }

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

    public String genotype() {
        return genotype;
    }

    public String strain() {
        return strain;
    }

    /** {@return weight with its unit, e.g. "0.02 kg"} */
    public String weight() {
        return weight;
    }

    public OffsetDateTime dateOfBirth() {
        return dateOfBirth;
    }

    public Subject setSubjectId(String subjectId) {
        this.subjectId = Objects.requireNonNull(subjectId);
        return this;
    }

    public Subject setDescription(String description) {
        this.description = Objects.requireNonNull(description);
        return this;
    }

    public Subject setSpecies(String species) {
        this.species = Objects.requireNonNull(species);
        return this;
    }

    public Subject setSex(String sex) {
        this.sex = Objects.requireNonNull(sex);
        return this;
    }

    public Subject setAge(String age) {
        this.age = Objects.requireNonNull(age);
        return this;
    }

    public Subject setGenotype(String genotype) {
        this.genotype = Objects.requireNonNull(genotype);
        return this;
    }

    public Subject setStrain(String strain) {
        this.strain = Objects.requireNonNull(strain);
        return this;
    }

    public Subject setWeight(String weight) {
        this.weight = Objects.requireNonNull(weight);
        return this;
    }

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
