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

    /** A new FeatureExtraction named {@code name}. */
    public FeatureExtraction(String name) {
        this(name, "FeatureExtraction", "core", false);
    }

    protected FeatureExtraction(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public ArrayData description() {
        return arrayField("description");
    }

    /** Sets field {@code description}. */
    public FeatureExtraction setDescription(ArrayData value) {
        set("description", value);
        return this;
    }

    /** Field {@code features}. */
    public ArrayData features() {
        return arrayField("features");
    }

    /** Sets field {@code features}. */
    public FeatureExtraction setFeatures(ArrayData value) {
        set("features", value);
        return this;
    }

    /** Field {@code times}. */
    public ArrayData times() {
        return arrayField("times");
    }

    /** Sets field {@code times}. */
    public FeatureExtraction setTimes(ArrayData value) {
        set("times", value);
        return this;
    }

    /** Field {@code electrodes}. */
    public DynamicTableRegion electrodes() {
        return objectField("electrodes", DynamicTableRegion.class);
    }

    /** Sets field {@code electrodes}. */
    public FeatureExtraction setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }
}
