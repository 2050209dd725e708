package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code AbstractFeatureSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AbstractFeatureSeries extends TimeSeries {
    /**
     * A new AbstractFeatureSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public AbstractFeatureSeries(String name) {
        this(name, "AbstractFeatureSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code AbstractFeatureSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected AbstractFeatureSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code feature_units}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData featureUnits() {
        return arrayField("feature_units");
    }

    /**
     * Sets field {@code feature_units}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public AbstractFeatureSeries setFeatureUnits(ArrayData value) {
        set("feature_units", value);
        return this;
    }

    /**
     * Field {@code features}: a dataset (text), required.
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
    public AbstractFeatureSeries setFeatures(ArrayData value) {
        set("features", value);
        return this;
    }
}
