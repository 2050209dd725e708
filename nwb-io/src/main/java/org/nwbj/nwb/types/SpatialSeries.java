package org.nwbj.nwb.types;

/**
 * The core type {@code SpatialSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SpatialSeries extends TimeSeries {
    /** A new SpatialSeries named {@code name}. */
    public SpatialSeries(String name) {
        this(name, "SpatialSeries", "core", false);
    }

    protected SpatialSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code reference_frame}. */
    public String referenceFrame() {
        return stringField("reference_frame");
    }

    /** Sets field {@code reference_frame}. */
    public SpatialSeries setReferenceFrame(String value) {
        set("reference_frame", value);
        return this;
    }
}
