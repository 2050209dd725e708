package org.nwbj.nwb.types;

/**
 * The core type {@code RoiResponseSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RoiResponseSeries extends TimeSeries {
    /** A new RoiResponseSeries named {@code name}. */
    public RoiResponseSeries(String name) {
        this(name, "RoiResponseSeries", "core", false);
    }

    protected RoiResponseSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code rois}. */
    public DynamicTableRegion rois() {
        return objectField("rois", DynamicTableRegion.class);
    }

    /** Sets field {@code rois}. */
    public RoiResponseSeries setRois(DynamicTableRegion value) {
        set("rois", value);
        return this;
    }
}
