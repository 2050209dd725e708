package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code FeatureExtraction} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class FeatureExtraction extends NWBDataInterface {
    /** A new FeatureExtraction named {@code FeatureExtraction}. */
    public FeatureExtraction() {
        this("FeatureExtraction");
    }

    /**
     * A new FeatureExtraction named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public FeatureExtraction(String name) {
        this(name, "FeatureExtraction", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code FeatureExtraction}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected FeatureExtraction(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData description() {
        return arrayField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public FeatureExtraction setDescription(ArrayData value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code features}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData features() {
        return arrayField("features");
    }

    /**
     * Sets field {@code features}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public FeatureExtraction setFeatures(ArrayData value) {
        set("features", value);
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
    public FeatureExtraction setTimes(ArrayData value) {
        set("times", value);
        return this;
    }

    /**
     * Field {@code electrodes}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion electrodes() {
        return objectField("electrodes", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code electrodes}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public FeatureExtraction setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }
}
