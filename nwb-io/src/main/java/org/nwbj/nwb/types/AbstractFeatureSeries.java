package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code AbstractFeatureSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AbstractFeatureSeries extends TimeSeries {
    /** A new AbstractFeatureSeries named {@code name}. */
    public AbstractFeatureSeries(String name) {
        this(name, "AbstractFeatureSeries", "core", false);
    }

    protected AbstractFeatureSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code feature_units}. */
    public ArrayData featureUnits() {
        return arrayField("feature_units");
    }

    /** Sets field {@code feature_units}. */
    public AbstractFeatureSeries setFeatureUnits(ArrayData value) {
        set("feature_units", value);
        return this;
    }

    /** Field {@code features}. */
    public ArrayData features() {
        return arrayField("features");
    }

    /** Sets field {@code features}. */
    public AbstractFeatureSeries setFeatures(ArrayData value) {
        set("features", value);
        return this;
    }
}
