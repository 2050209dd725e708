package org.nwbj.nwb.types;

/**
 * The core type {@code OnePhotonSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OnePhotonSeries extends ImageSeries {
    /** A new OnePhotonSeries named {@code name}. */
    public OnePhotonSeries(String name) {
        this(name, "OnePhotonSeries", "core", false);
    }

    protected OnePhotonSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code pmt_gain}. */
    public Double pmtGain() {
        return doubleField("pmt_gain");
    }

    /** Sets field {@code pmt_gain}. */
    public OnePhotonSeries setPmtGain(Double value) {
        set("pmt_gain", value);
        return this;
    }

    /** Field {@code scan_line_rate}. */
    public Double scanLineRate() {
        return doubleField("scan_line_rate");
    }

    /** Sets field {@code scan_line_rate}. */
    public OnePhotonSeries setScanLineRate(Double value) {
        set("scan_line_rate", value);
        return this;
    }

    /** Field {@code exposure_time}. */
    public Double exposureTime() {
        return doubleField("exposure_time");
    }

    /** Sets field {@code exposure_time}. */
    public OnePhotonSeries setExposureTime(Double value) {
        set("exposure_time", value);
        return this;
    }

    /** Field {@code binning}. */
    public Long binning() {
        return longField("binning");
    }

    /** Sets field {@code binning}. */
    public OnePhotonSeries setBinning(Long value) {
        set("binning", value);
        return this;
    }

    /** Field {@code power}. */
    public Double power() {
        return doubleField("power");
    }

    /** Sets field {@code power}. */
    public OnePhotonSeries setPower(Double value) {
        set("power", value);
        return this;
    }

    /** Field {@code intensity}. */
    public Double intensity() {
        return doubleField("intensity");
    }

    /** Sets field {@code intensity}. */
    public OnePhotonSeries setIntensity(Double value) {
        set("intensity", value);
        return this;
    }

    /** Field {@code imaging_plane}. */
    public ImagingPlane imagingPlane() {
        return objectField("imaging_plane", ImagingPlane.class);
    }

    /** Sets field {@code imaging_plane}. */
    public OnePhotonSeries setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
