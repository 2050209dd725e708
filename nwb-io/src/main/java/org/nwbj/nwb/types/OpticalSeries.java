package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code OpticalSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OpticalSeries extends ImageSeries {
    /**
     * A new OpticalSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public OpticalSeries(String name) {
        this(name, "OpticalSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code OpticalSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected OpticalSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code distance}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double distance() {
        return doubleField("distance");
    }

    /**
     * Sets field {@code distance}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OpticalSeries setDistance(Double value) {
        set("distance", value);
        return this;
    }

    /**
     * Field {@code field_of_view}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData fieldOfView() {
        return arrayField("field_of_view");
    }

    /**
     * Sets field {@code field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OpticalSeries setFieldOfView(ArrayData value) {
        set("field_of_view", value);
        return this;
    }

    /**
     * Field {@code orientation}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String orientation() {
        return stringField("orientation");
    }

    /**
     * Sets field {@code orientation}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OpticalSeries setOrientation(String value) {
        set("orientation", value);
        return this;
    }
}
