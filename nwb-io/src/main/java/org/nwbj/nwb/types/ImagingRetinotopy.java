package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ImagingRetinotopy} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImagingRetinotopy extends NWBDataInterface {
    /** A new ImagingRetinotopy named {@code ImagingRetinotopy}. */
    public ImagingRetinotopy() {
        this("ImagingRetinotopy");
    }

    /**
     * A new ImagingRetinotopy named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ImagingRetinotopy(String name) {
        this(name, "ImagingRetinotopy", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ImagingRetinotopy}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ImagingRetinotopy(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code axis_1_phase_map}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData axis1PhaseMap() {
        return arrayField("axis_1_phase_map");
    }

    /**
     * Sets field {@code axis_1_phase_map}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis1PhaseMap(ArrayData value) {
        set("axis_1_phase_map", value);
        return this;
    }

    /**
     * Field {@code dimension}: attribute {@code dimension} of dataset {@code axis_1_phase_map} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object dimension() {
        return get("dimension");
    }

    /**
     * Sets field {@code dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setDimension(Object value) {
        set("dimension", value);
        return this;
    }

    /**
     * Field {@code field_of_view}: attribute {@code field_of_view} of dataset {@code axis_1_phase_map} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object fieldOfView() {
        return get("field_of_view");
    }

    /**
     * Sets field {@code field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFieldOfView(Object value) {
        set("field_of_view", value);
        return this;
    }

    /**
     * Field {@code unit}: attribute {@code unit} of dataset {@code axis_1_phase_map} (text), required.
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
    public ImagingRetinotopy setUnit(String value) {
        set("unit", value);
        return this;
    }

    /**
     * Field {@code axis_1_power_map}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData axis1PowerMap() {
        return arrayField("axis_1_power_map");
    }

    /**
     * Sets field {@code axis_1_power_map}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis1PowerMap(ArrayData value) {
        set("axis_1_power_map", value);
        return this;
    }

    /**
     * Field {@code axis_1_power_map_dimension}: attribute {@code dimension} of dataset {@code axis_1_power_map} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis1PowerMapDimension() {
        return get("axis_1_power_map_dimension");
    }

    /**
     * Sets field {@code axis_1_power_map_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis1PowerMapDimension(Object value) {
        set("axis_1_power_map_dimension", value);
        return this;
    }

    /**
     * Field {@code axis_1_power_map_field_of_view}: attribute {@code field_of_view} of dataset {@code axis_1_power_map} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis1PowerMapFieldOfView() {
        return get("axis_1_power_map_field_of_view");
    }

    /**
     * Sets field {@code axis_1_power_map_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis1PowerMapFieldOfView(Object value) {
        set("axis_1_power_map_field_of_view", value);
        return this;
    }

    /**
     * Field {@code axis_1_power_map_unit}: attribute {@code unit} of dataset {@code axis_1_power_map} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String axis1PowerMapUnit() {
        return stringField("axis_1_power_map_unit");
    }

    /**
     * Sets field {@code axis_1_power_map_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis1PowerMapUnit(String value) {
        set("axis_1_power_map_unit", value);
        return this;
    }

    /**
     * Field {@code axis_2_phase_map}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData axis2PhaseMap() {
        return arrayField("axis_2_phase_map");
    }

    /**
     * Sets field {@code axis_2_phase_map}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PhaseMap(ArrayData value) {
        set("axis_2_phase_map", value);
        return this;
    }

    /**
     * Field {@code axis_2_phase_map_dimension}: attribute {@code dimension} of dataset {@code axis_2_phase_map} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis2PhaseMapDimension() {
        return get("axis_2_phase_map_dimension");
    }

    /**
     * Sets field {@code axis_2_phase_map_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PhaseMapDimension(Object value) {
        set("axis_2_phase_map_dimension", value);
        return this;
    }

    /**
     * Field {@code axis_2_phase_map_field_of_view}: attribute {@code field_of_view} of dataset {@code axis_2_phase_map} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis2PhaseMapFieldOfView() {
        return get("axis_2_phase_map_field_of_view");
    }

    /**
     * Sets field {@code axis_2_phase_map_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PhaseMapFieldOfView(Object value) {
        set("axis_2_phase_map_field_of_view", value);
        return this;
    }

    /**
     * Field {@code axis_2_phase_map_unit}: attribute {@code unit} of dataset {@code axis_2_phase_map} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String axis2PhaseMapUnit() {
        return stringField("axis_2_phase_map_unit");
    }

    /**
     * Sets field {@code axis_2_phase_map_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PhaseMapUnit(String value) {
        set("axis_2_phase_map_unit", value);
        return this;
    }

    /**
     * Field {@code axis_2_power_map}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData axis2PowerMap() {
        return arrayField("axis_2_power_map");
    }

    /**
     * Sets field {@code axis_2_power_map}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PowerMap(ArrayData value) {
        set("axis_2_power_map", value);
        return this;
    }

    /**
     * Field {@code axis_2_power_map_dimension}: attribute {@code dimension} of dataset {@code axis_2_power_map} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis2PowerMapDimension() {
        return get("axis_2_power_map_dimension");
    }

    /**
     * Sets field {@code axis_2_power_map_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PowerMapDimension(Object value) {
        set("axis_2_power_map_dimension", value);
        return this;
    }

    /**
     * Field {@code axis_2_power_map_field_of_view}: attribute {@code field_of_view} of dataset {@code axis_2_power_map} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object axis2PowerMapFieldOfView() {
        return get("axis_2_power_map_field_of_view");
    }

    /**
     * Sets field {@code axis_2_power_map_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PowerMapFieldOfView(Object value) {
        set("axis_2_power_map_field_of_view", value);
        return this;
    }

    /**
     * Field {@code axis_2_power_map_unit}: attribute {@code unit} of dataset {@code axis_2_power_map} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String axis2PowerMapUnit() {
        return stringField("axis_2_power_map_unit");
    }

    /**
     * Sets field {@code axis_2_power_map_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxis2PowerMapUnit(String value) {
        set("axis_2_power_map_unit", value);
        return this;
    }

    /**
     * Field {@code axis_descriptions}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData axisDescriptions() {
        return arrayField("axis_descriptions");
    }

    /**
     * Sets field {@code axis_descriptions}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setAxisDescriptions(ArrayData value) {
        set("axis_descriptions", value);
        return this;
    }

    /**
     * Field {@code focal_depth_image}: a dataset (uint16), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData focalDepthImage() {
        return arrayField("focal_depth_image");
    }

    /**
     * Sets field {@code focal_depth_image}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFocalDepthImage(ArrayData value) {
        set("focal_depth_image", value);
        return this;
    }

    /**
     * Field {@code bits_per_pixel}: attribute {@code bits_per_pixel} of dataset {@code focal_depth_image} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Long bitsPerPixel() {
        return longField("bits_per_pixel");
    }

    /**
     * Sets field {@code bits_per_pixel}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setBitsPerPixel(Long value) {
        set("bits_per_pixel", value);
        return this;
    }

    /**
     * Field {@code focal_depth_image_dimension}: attribute {@code dimension} of dataset {@code focal_depth_image} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object focalDepthImageDimension() {
        return get("focal_depth_image_dimension");
    }

    /**
     * Sets field {@code focal_depth_image_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFocalDepthImageDimension(Object value) {
        set("focal_depth_image_dimension", value);
        return this;
    }

    /**
     * Field {@code focal_depth_image_field_of_view}: attribute {@code field_of_view} of dataset {@code focal_depth_image} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object focalDepthImageFieldOfView() {
        return get("focal_depth_image_field_of_view");
    }

    /**
     * Sets field {@code focal_depth_image_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFocalDepthImageFieldOfView(Object value) {
        set("focal_depth_image_field_of_view", value);
        return this;
    }

    /**
     * Field {@code focal_depth}: attribute {@code focal_depth} of dataset {@code focal_depth_image} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Double focalDepth() {
        return doubleField("focal_depth");
    }

    /**
     * Sets field {@code focal_depth}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFocalDepth(Double value) {
        set("focal_depth", value);
        return this;
    }

    /**
     * Field {@code format}: attribute {@code format} of dataset {@code focal_depth_image} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String format() {
        return stringField("format");
    }

    /**
     * Sets field {@code format}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setFormat(String value) {
        set("format", value);
        return this;
    }

    /**
     * Field {@code sign_map}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData signMap() {
        return arrayField("sign_map");
    }

    /**
     * Sets field {@code sign_map}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setSignMap(ArrayData value) {
        set("sign_map", value);
        return this;
    }

    /**
     * Field {@code sign_map_dimension}: attribute {@code dimension} of dataset {@code sign_map} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object signMapDimension() {
        return get("sign_map_dimension");
    }

    /**
     * Sets field {@code sign_map_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setSignMapDimension(Object value) {
        set("sign_map_dimension", value);
        return this;
    }

    /**
     * Field {@code sign_map_field_of_view}: attribute {@code field_of_view} of dataset {@code sign_map} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object signMapFieldOfView() {
        return get("sign_map_field_of_view");
    }

    /**
     * Sets field {@code sign_map_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setSignMapFieldOfView(Object value) {
        set("sign_map_field_of_view", value);
        return this;
    }

    /**
     * Field {@code vasculature_image}: a dataset (uint16), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData vasculatureImage() {
        return arrayField("vasculature_image");
    }

    /**
     * Sets field {@code vasculature_image}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setVasculatureImage(ArrayData value) {
        set("vasculature_image", value);
        return this;
    }

    /**
     * Field {@code vasculature_image_bits_per_pixel}: attribute {@code bits_per_pixel} of dataset {@code vasculature_image} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Long vasculatureImageBitsPerPixel() {
        return longField("vasculature_image_bits_per_pixel");
    }

    /**
     * Sets field {@code vasculature_image_bits_per_pixel}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setVasculatureImageBitsPerPixel(Long value) {
        set("vasculature_image_bits_per_pixel", value);
        return this;
    }

    /**
     * Field {@code vasculature_image_dimension}: attribute {@code dimension} of dataset {@code vasculature_image} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object vasculatureImageDimension() {
        return get("vasculature_image_dimension");
    }

    /**
     * Sets field {@code vasculature_image_dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setVasculatureImageDimension(Object value) {
        set("vasculature_image_dimension", value);
        return this;
    }

    /**
     * Field {@code vasculature_image_field_of_view}: attribute {@code field_of_view} of dataset {@code vasculature_image} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object vasculatureImageFieldOfView() {
        return get("vasculature_image_field_of_view");
    }

    /**
     * Sets field {@code vasculature_image_field_of_view}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setVasculatureImageFieldOfView(Object value) {
        set("vasculature_image_field_of_view", value);
        return this;
    }

    /**
     * Field {@code vasculature_image_format}: attribute {@code format} of dataset {@code vasculature_image} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String vasculatureImageFormat() {
        return stringField("vasculature_image_format");
    }

    /**
     * Sets field {@code vasculature_image_format}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImagingRetinotopy setVasculatureImageFormat(String value) {
        set("vasculature_image_format", value);
        return this;
    }
}
