package org.nwbj.nwb.types;

import java.util.Map;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ImagingPlane} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImagingPlane extends NWBContainer {
    /**
     * A new ImagingPlane named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ImagingPlane(String name) {
        this(name, "ImagingPlane", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ImagingPlane}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ImagingPlane(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String description() {
        return stringField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code excitation_lambda}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Double excitationLambda() {
        return doubleField("excitation_lambda");
    }

    /**
     * Sets field {@code excitation_lambda}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setExcitationLambda(Double value) {
        set("excitation_lambda", value);
        return this;
    }

    /**
     * Field {@code imaging_rate}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double imagingRate() {
        return doubleField("imaging_rate");
    }

    /**
     * Sets field {@code imaging_rate}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setImagingRate(Double value) {
        set("imaging_rate", value);
        return this;
    }

    /**
     * Field {@code indicator}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String indicator() {
        return stringField("indicator");
    }

    /**
     * Sets field {@code indicator}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setIndicator(String value) {
        set("indicator", value);
        return this;
    }

    /**
     * Field {@code location}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String location() {
        return stringField("location");
    }

    /**
     * Sets field {@code location}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setLocation(String value) {
        set("location", value);
        return this;
    }

    /**
     * Field {@code manifold}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData manifold() {
        return arrayField("manifold");
    }

    /**
     * Sets field {@code manifold}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setManifold(ArrayData value) {
        set("manifold", value);
        return this;
    }

    /**
     * Field {@code conversion}: attribute {@code conversion} of dataset {@code manifold} (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double conversion() {
        return doubleField("conversion");
    }

    /**
     * Sets field {@code conversion}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setConversion(Double value) {
        set("conversion", value);
        return this;
    }

    /**
     * Field {@code unit}: attribute {@code unit} of dataset {@code manifold} (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String unit() {
        return stringField("unit");
    }

    /**
     * Sets field {@code unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setUnit(String value) {
        set("unit", value);
        return this;
    }

    /**
     * Field {@code origin_coords}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData originCoords() {
        return arrayField("origin_coords");
    }

    /**
     * Sets field {@code origin_coords}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setOriginCoords(ArrayData value) {
        set("origin_coords", value);
        return this;
    }

    /**
     * Field {@code origin_coords_unit}: attribute {@code unit} of dataset {@code origin_coords} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String originCoordsUnit() {
        return stringField("origin_coords_unit");
    }

    /**
     * Sets field {@code origin_coords_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setOriginCoordsUnit(String value) {
        set("origin_coords_unit", value);
        return this;
    }

    /**
     * Field {@code grid_spacing}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData gridSpacing() {
        return arrayField("grid_spacing");
    }

    /**
     * Sets field {@code grid_spacing}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setGridSpacing(ArrayData value) {
        set("grid_spacing", value);
        return this;
    }

    /**
     * Field {@code grid_spacing_unit}: attribute {@code unit} of dataset {@code grid_spacing} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String gridSpacingUnit() {
        return stringField("grid_spacing_unit");
    }

    /**
     * Sets field {@code grid_spacing_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setGridSpacingUnit(String value) {
        set("grid_spacing_unit", value);
        return this;
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
    public ImagingPlane setReferenceFrame(String value) {
        set("reference_frame", value);
        return this;
    }

    /**
     * Field {@code optical_channels}: the unnamed members of type {@code OpticalChannel}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, OpticalChannel> opticalChannels() {
        return mapField("optical_channels");
    }

    /**
     * Adds a member to {@code optical_channels}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public ImagingPlane addOpticalChannel(OpticalChannel member) {
        add("optical_channels", member);
        return this;
    }

    /**
     * Field {@code device}: a link to a {@code Device}, required.
     *
     * @return the value, or null when it is not set
     */
    public Device device() {
        return objectField("device", Device.class);
    }

    /**
     * Sets field {@code device}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingPlane setDevice(Device value) {
        set("device", value);
        return this;
    }
}
