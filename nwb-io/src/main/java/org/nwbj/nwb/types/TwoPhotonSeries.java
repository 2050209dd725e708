package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code TwoPhotonSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TwoPhotonSeries extends ImageSeries {
    /** A new TwoPhotonSeries named {@code name}. */
    public TwoPhotonSeries(String name) {
        this(name, "TwoPhotonSeries", "core", false);
    }

    protected TwoPhotonSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code pmt_gain}. */
    public Double pmtGain() {
        return doubleField("pmt_gain");
    }

    /** Sets field {@code pmt_gain}. */
    public TwoPhotonSeries setPmtGain(Double value) {
        set("pmt_gain", value);
        return this;
    }

    /** Field {@code scan_line_rate}. */
    public Double scanLineRate() {
        return doubleField("scan_line_rate");
    }

    /** Sets field {@code scan_line_rate}. */
    public TwoPhotonSeries setScanLineRate(Double value) {
        set("scan_line_rate", value);
        return this;
    }

    /** Field {@code field_of_view}. */
    public ArrayData fieldOfView() {
        return arrayField("field_of_view");
    }

    /** Sets field {@code field_of_view}. */
    public TwoPhotonSeries setFieldOfView(ArrayData value) {
        set("field_of_view", value);
        return this;
    }

    /** Field {@code imaging_plane}. */
    public ImagingPlane imagingPlane() {
        return objectField("imaging_plane", ImagingPlane.class);
    }

    /** Sets field {@code imaging_plane}. */
    public TwoPhotonSeries setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
