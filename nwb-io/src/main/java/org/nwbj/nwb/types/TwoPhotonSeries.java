package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code TwoPhotonSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TwoPhotonSeries extends ImageSeries {
    /**
     * A new TwoPhotonSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public TwoPhotonSeries(String name) {
        this(name, "TwoPhotonSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code TwoPhotonSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected TwoPhotonSeries(String name, String type, String namespace, boolean dataset) {
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
    public TwoPhotonSeries setPmtGain(Double value) {
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
    public TwoPhotonSeries setScanLineRate(Double value) {
        set("scan_line_rate", value);
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
    public TwoPhotonSeries setFieldOfView(ArrayData value) {
        set("field_of_view", value);
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
    public TwoPhotonSeries setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
