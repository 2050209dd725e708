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

    /** A new Clustering named {@code name}. */
    public Clustering(String name) {
        this(name, "Clustering", "core", false);
    }

    protected Clustering(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public Clustering setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code num}. */
    public ArrayData num() {
        return arrayField("num");
    }

    /** Sets field {@code num}. */
    public Clustering setNum(ArrayData value) {
        set("num", value);
        return this;
    }

    /** Field {@code peak_over_rms}. */
    public ArrayData peakOverRms() {
        return arrayField("peak_over_rms");
    }

    /** Sets field {@code peak_over_rms}. */
    public Clustering setPeakOverRms(ArrayData value) {
        set("peak_over_rms", value);
        return this;
    }

    /** Field {@code times}. */
    public ArrayData times() {
        return arrayField("times");
    }

    /** Sets field {@code times}. */
    public Clustering setTimes(ArrayData value) {
        set("times", value);
        return this;
    }
}
