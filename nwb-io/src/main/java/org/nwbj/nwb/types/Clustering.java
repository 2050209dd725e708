package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code Clustering} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Clustering extends NWBDataInterface {
    /** A new Clustering named {@code Clustering}. */
    public Clustering() {
        this("Clustering");
    }

    /**
     * A new Clustering named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Clustering(String name) {
        this(name, "Clustering", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Clustering}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Clustering(String name, String type, String namespace, boolean dataset) {
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
    public Clustering setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code num}: a dataset (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData num() {
        return arrayField("num");
    }

    /**
     * Sets field {@code num}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Clustering setNum(ArrayData value) {
        set("num", value);
        return this;
    }

    /**
     * Field {@code peak_over_rms}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData peakOverRms() {
        return arrayField("peak_over_rms");
    }

    /**
     * Sets field {@code peak_over_rms}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Clustering setPeakOverRms(ArrayData value) {
        set("peak_over_rms", value);
        return this;
    }

    /**
     * Field {@code times}: a dataset (float64), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData times() {
        return arrayField("times");
    }

    /**
     * Sets field {@code times}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Clustering setTimes(ArrayData value) {
        set("times", value);
        return this;
    }
}
