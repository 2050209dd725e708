package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code OpticalSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OpticalSeries extends ImageSeries {
    /** A new OpticalSeries named {@code name}. */
    public OpticalSeries(String name) {
        this(name, "OpticalSeries", "core", false);
    }

    protected OpticalSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code distance}. */
    public Double distance() {
        return doubleField("distance");
    }

    /** Sets field {@code distance}. */
    public OpticalSeries setDistance(Double value) {
        set("distance", value);
        return this;
    }

    /** Field {@code field_of_view}. */
    public ArrayData fieldOfView() {
        return arrayField("field_of_view");
    }

    /** Sets field {@code field_of_view}. */
    public OpticalSeries setFieldOfView(ArrayData value) {
        set("field_of_view", value);
        return this;
    }

    /** Field {@code orientation}. */
    public String orientation() {
        return stringField("orientation");
    }

    /** Sets field {@code orientation}. */
    public OpticalSeries setOrientation(String value) {
        set("orientation", value);
        return this;
    }
}
