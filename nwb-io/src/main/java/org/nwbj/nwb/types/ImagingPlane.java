package org.nwbj.nwb.types;

import java.util.Map;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ImagingPlane} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImagingPlane extends NWBContainer {
    /** A new ImagingPlane named {@code name}. */
    public ImagingPlane(String name) {
        this(name, "ImagingPlane", "core", false);
    }

    protected ImagingPlane(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public ImagingPlane setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code excitation_lambda}. */
    public Double excitationLambda() {
        return doubleField("excitation_lambda");
    }

    /** Sets field {@code excitation_lambda}. */
    public ImagingPlane setExcitationLambda(Double value) {
        set("excitation_lambda", value);
        return this;
    }

    /** Field {@code imaging_rate}. */
    public Double imagingRate() {
        return doubleField("imaging_rate");
    }

    /** Sets field {@code imaging_rate}. */
    public ImagingPlane setImagingRate(Double value) {
        set("imaging_rate", value);
        return this;
    }

    /** Field {@code indicator}. */
    public String indicator() {
        return stringField("indicator");
    }

    /** Sets field {@code indicator}. */
    public ImagingPlane setIndicator(String value) {
        set("indicator", value);
        return this;
    }

    /** Field {@code location}. */
    public String location() {
        return stringField("location");
    }

    /** Sets field {@code location}. */
    public ImagingPlane setLocation(String value) {
        set("location", value);
        return this;
    }

    /** Field {@code manifold}. */
    public ArrayData manifold() {
        return arrayField("manifold");
    }

    /** Sets field {@code manifold}. */
    public ImagingPlane setManifold(ArrayData value) {
        set("manifold", value);
        return this;
    }

    /** Field {@code conversion}. */
    public Double conversion() {
        return doubleField("conversion");
    }

    /** Sets field {@code conversion}. */
    public ImagingPlane setConversion(Double value) {
        set("conversion", value);
        return this;
    }

    /** Field {@code unit}. */
    public String unit() {
        return stringField("unit");
    }

    /** Sets field {@code unit}. */
    public ImagingPlane setUnit(String value) {
        set("unit", value);
        return this;
    }

    /** Field {@code origin_coords}. */
    public ArrayData originCoords() {
        return arrayField("origin_coords");
    }

    /** Sets field {@code origin_coords}. */
    public ImagingPlane setOriginCoords(ArrayData value) {
        set("origin_coords", value);
        return this;
    }

    /** Field {@code origin_coords_unit}. */
    public String originCoordsUnit() {
        return stringField("origin_coords_unit");
    }

    /** Sets field {@code origin_coords_unit}. */
    public ImagingPlane setOriginCoordsUnit(String value) {
        set("origin_coords_unit", value);
        return this;
    }

    /** Field {@code grid_spacing}. */
    public ArrayData gridSpacing() {
        return arrayField("grid_spacing");
    }

    /** Sets field {@code grid_spacing}. */
    public ImagingPlane setGridSpacing(ArrayData value) {
        set("grid_spacing", value);
        return this;
    }

    /** Field {@code grid_spacing_unit}. */
    public String gridSpacingUnit() {
        return stringField("grid_spacing_unit");
    }

    /** Sets field {@code grid_spacing_unit}. */
    public ImagingPlane setGridSpacingUnit(String value) {
        set("grid_spacing_unit", value);
        return this;
    }

    /** Field {@code reference_frame}. */
    public String referenceFrame() {
        return stringField("reference_frame");
    }

    /** Sets field {@code reference_frame}. */
    public ImagingPlane setReferenceFrame(String value) {
        set("reference_frame", value);
        return this;
    }

    /** Field {@code optical_channels}. */
    public Map<String, OpticalChannel> opticalChannels() {
        return mapField("optical_channels");
    }

    /** Adds a member to {@code optical_channels}. */
    public ImagingPlane addOpticalChannel(OpticalChannel member) {
        add("optical_channels", member);
        return this;
    }

    /** Field {@code device}. */
    public Device device() {
        return objectField("device", Device.class);
    }

    /** Sets field {@code device}. */
    public ImagingPlane setDevice(Device value) {
        set("device", value);
        return this;
    }
}
