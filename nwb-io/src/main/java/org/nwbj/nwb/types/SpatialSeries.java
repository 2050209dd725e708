package org.nwbj.nwb.types;

/**
 * The core type {@code SpatialSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SpatialSeries extends TimeSeries {
    /**
     * A new SpatialSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public SpatialSeries(String name) {
        this(name, "SpatialSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code SpatialSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected SpatialSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code reference_frame}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String referenceFrame() {
        return stringField("reference_frame");
    }

    /**
     * Sets field {@code reference_frame}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SpatialSeries setReferenceFrame(String value) {
        set("reference_frame", value);
        return this;
    }
}
