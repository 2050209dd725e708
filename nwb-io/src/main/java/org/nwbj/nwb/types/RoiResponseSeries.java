package org.nwbj.nwb.types;

/**
 * The core type {@code RoiResponseSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RoiResponseSeries extends TimeSeries {
    /**
     * A new RoiResponseSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public RoiResponseSeries(String name) {
        this(name, "RoiResponseSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code RoiResponseSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected RoiResponseSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code rois}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion rois() {
        return objectField("rois", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code rois}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public RoiResponseSeries setRois(DynamicTableRegion value) {
        set("rois", value);
        return this;
    }
}
