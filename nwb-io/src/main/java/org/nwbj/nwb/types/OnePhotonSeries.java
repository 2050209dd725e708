package org.nwbj.nwb.types;

/**
 * The core type {@code OnePhotonSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class OnePhotonSeries extends ImageSeries {
    /**
     * A new OnePhotonSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public OnePhotonSeries(String name) {
        this(name, "OnePhotonSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code OnePhotonSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected OnePhotonSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code pmt_gain}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double pmtGain() {
        return doubleField("pmt_gain");
    }

    /**
     * Sets field {@code pmt_gain}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setPmtGain(Double value) {
        set("pmt_gain", value);
        return this;
    }

    /**
     * Field {@code scan_line_rate}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double scanLineRate() {
        return doubleField("scan_line_rate");
    }

    /**
     * Sets field {@code scan_line_rate}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setScanLineRate(Double value) {
        set("scan_line_rate", value);
        return this;
    }

    /**
     * Field {@code exposure_time}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double exposureTime() {
        return doubleField("exposure_time");
    }

    /**
     * Sets field {@code exposure_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setExposureTime(Double value) {
        set("exposure_time", value);
        return this;
    }

    /**
     * Field {@code binning}: an attribute (uint8), optional.
     *
     * @return the value, or null when it is not set
     */
    public Long binning() {
        return longField("binning");
    }

    /**
     * Sets field {@code binning}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setBinning(Long value) {
        set("binning", value);
        return this;
    }

    /**
     * Field {@code power}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double power() {
        return doubleField("power");
    }

    /**
     * Sets field {@code power}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setPower(Double value) {
        set("power", value);
        return this;
    }

    /**
     * Field {@code intensity}: an attribute (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double intensity() {
        return doubleField("intensity");
    }

    /**
     * Sets field {@code intensity}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setIntensity(Double value) {
        set("intensity", value);
        return this;
    }

    /**
     * Field {@code imaging_plane}: a link to a {@code ImagingPlane}, required.
     *
     * @return the value, or null when it is not set
     */
    public ImagingPlane imagingPlane() {
        return objectField("imaging_plane", ImagingPlane.class);
    }

    /**
     * Sets field {@code imaging_plane}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public OnePhotonSeries setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
