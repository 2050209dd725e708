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

    /** A new ImagingRetinotopy named {@code name}. */
    public ImagingRetinotopy(String name) {
        this(name, "ImagingRetinotopy", "core", false);
    }

    protected ImagingRetinotopy(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code axis_1_phase_map}. */
    public ArrayData axis1PhaseMap() {
        return arrayField("axis_1_phase_map");
    }

    /** Sets field {@code axis_1_phase_map}. */
    public ImagingRetinotopy setAxis1PhaseMap(ArrayData value) {
        set("axis_1_phase_map", value);
        return this;
    }

    /** Field {@code dimension}. */
    public Object dimension() {
        return get("dimension");
    }

    /** Sets field {@code dimension}. */
    public ImagingRetinotopy setDimension(Object value) {
        set("dimension", value);
        return this;
    }

    /** Field {@code field_of_view}. */
    public Object fieldOfView() {
        return get("field_of_view");
    }

    /** Sets field {@code field_of_view}. */
    public ImagingRetinotopy setFieldOfView(Object value) {
        set("field_of_view", value);
        return this;
    }

    /** Field {@code unit}. */
    public String unit() {
        return stringField("unit");
    }

    /** Sets field {@code unit}. */
    public ImagingRetinotopy setUnit(String value) {
        set("unit", value);
        return this;
    }

    /** Field {@code axis_1_power_map}. */
    public ArrayData axis1PowerMap() {
        return arrayField("axis_1_power_map");
    }

    /** Sets field {@code axis_1_power_map}. */
    public ImagingRetinotopy setAxis1PowerMap(ArrayData value) {
        set("axis_1_power_map", value);
        return this;
    }

    /** Field {@code axis_1_power_map_dimension}. */
    public Object axis1PowerMapDimension() {
        return get("axis_1_power_map_dimension");
    }

    /** Sets field {@code axis_1_power_map_dimension}. */
    public ImagingRetinotopy setAxis1PowerMapDimension(Object value) {
        set("axis_1_power_map_dimension", value);
        return this;
    }

    /** Field {@code axis_1_power_map_field_of_view}. */
    public Object axis1PowerMapFieldOfView() {
        return get("axis_1_power_map_field_of_view");
    }

    /** Sets field {@code axis_1_power_map_field_of_view}. */
    public ImagingRetinotopy setAxis1PowerMapFieldOfView(Object value) {
        set("axis_1_power_map_field_of_view", value);
        return this;
    }

    /** Field {@code axis_1_power_map_unit}. */
    public String axis1PowerMapUnit() {
        return stringField("axis_1_power_map_unit");
    }

    /** Sets field {@code axis_1_power_map_unit}. */
    public ImagingRetinotopy setAxis1PowerMapUnit(String value) {
        set("axis_1_power_map_unit", value);
        return this;
    }

    /** Field {@code axis_2_phase_map}. */
    public ArrayData axis2PhaseMap() {
        return arrayField("axis_2_phase_map");
    }

    /** Sets field {@code axis_2_phase_map}. */
    public ImagingRetinotopy setAxis2PhaseMap(ArrayData value) {
        set("axis_2_phase_map", value);
        return this;
    }

    /** Field {@code axis_2_phase_map_dimension}. */
    public Object axis2PhaseMapDimension() {
        return get("axis_2_phase_map_dimension");
    }

    /** Sets field {@code axis_2_phase_map_dimension}. */
    public ImagingRetinotopy setAxis2PhaseMapDimension(Object value) {
        set("axis_2_phase_map_dimension", value);
        return this;
    }

    /** Field {@code axis_2_phase_map_field_of_view}. */
    public Object axis2PhaseMapFieldOfView() {
        return get("axis_2_phase_map_field_of_view");
    }

    /** Sets field {@code axis_2_phase_map_field_of_view}. */
    public ImagingRetinotopy setAxis2PhaseMapFieldOfView(Object value) {
        set("axis_2_phase_map_field_of_view", value);
        return this;
    }

    /** Field {@code axis_2_phase_map_unit}. */
    public String axis2PhaseMapUnit() {
        return stringField("axis_2_phase_map_unit");
    }

    /** Sets field {@code axis_2_phase_map_unit}. */
    public ImagingRetinotopy setAxis2PhaseMapUnit(String value) {
        set("axis_2_phase_map_unit", value);
        return this;
    }

    /** Field {@code axis_2_power_map}. */
    public ArrayData axis2PowerMap() {
        return arrayField("axis_2_power_map");
    }

    /** Sets field {@code axis_2_power_map}. */
    public ImagingRetinotopy setAxis2PowerMap(ArrayData value) {
        set("axis_2_power_map", value);
        return this;
    }

    /** Field {@code axis_2_power_map_dimension}. */
    public Object axis2PowerMapDimension() {
        return get("axis_2_power_map_dimension");
    }

    /** Sets field {@code axis_2_power_map_dimension}. */
    public ImagingRetinotopy setAxis2PowerMapDimension(Object value) {
        set("axis_2_power_map_dimension", value);
        return this;
    }

    /** Field {@code axis_2_power_map_field_of_view}. */
    public Object axis2PowerMapFieldOfView() {
        return get("axis_2_power_map_field_of_view");
    }

    /** Sets field {@code axis_2_power_map_field_of_view}. */
    public ImagingRetinotopy setAxis2PowerMapFieldOfView(Object value) {
        set("axis_2_power_map_field_of_view", value);
        return this;
    }

    /** Field {@code axis_2_power_map_unit}. */
    public String axis2PowerMapUnit() {
        return stringField("axis_2_power_map_unit");
    }

    /** Sets field {@code axis_2_power_map_unit}. */
    public ImagingRetinotopy setAxis2PowerMapUnit(String value) {
        set("axis_2_power_map_unit", value);
        return this;
    }

    /** Field {@code axis_descriptions}. */
    public ArrayData axisDescriptions() {
        return arrayField("axis_descriptions");
    }

    /** Sets field {@code axis_descriptions}. */
    public ImagingRetinotopy setAxisDescriptions(ArrayData value) {
        set("axis_descriptions", value);
        return this;
    }

    /** Field {@code focal_depth_image}. */
    public ArrayData focalDepthImage() {
        return arrayField("focal_depth_image");
    }

    /** Sets field {@code focal_depth_image}. */
    public ImagingRetinotopy setFocalDepthImage(ArrayData value) {
        set("focal_depth_image", value);
        return this;
    }

    /** Field {@code bits_per_pixel}. */
    public Long bitsPerPixel() {
        return longField("bits_per_pixel");
    }

    /** Sets field {@code bits_per_pixel}. */
    public ImagingRetinotopy setBitsPerPixel(Long value) {
        set("bits_per_pixel", value);
        return this;
    }

    /** Field {@code focal_depth_image_dimension}. */
    public Object focalDepthImageDimension() {
        return get("focal_depth_image_dimension");
    }

    /** Sets field {@code focal_depth_image_dimension}. */
    public ImagingRetinotopy setFocalDepthImageDimension(Object value) {
        set("focal_depth_image_dimension", value);
        return this;
    }

    /** Field {@code focal_depth_image_field_of_view}. */
    public Object focalDepthImageFieldOfView() {
        return get("focal_depth_image_field_of_view");
    }

    /** Sets field {@code focal_depth_image_field_of_view}. */
    public ImagingRetinotopy setFocalDepthImageFieldOfView(Object value) {
        set("focal_depth_image_field_of_view", value);
        return this;
    }

    /** Field {@code focal_depth}. */
    public Double focalDepth() {
        return doubleField("focal_depth");
    }

    /** Sets field {@code focal_depth}. */
    public ImagingRetinotopy setFocalDepth(Double value) {
        set("focal_depth", value);
        return this;
    }

    /** Field {@code format}. */
    public String format() {
        return stringField("format");
    }

    /** Sets field {@code format}. */
    public ImagingRetinotopy setFormat(String value) {
        set("format", value);
        return this;
    }

    /** Field {@code sign_map}. */
    public ArrayData signMap() {
        return arrayField("sign_map");
    }

    /** Sets field {@code sign_map}. */
    public ImagingRetinotopy setSignMap(ArrayData value) {
        set("sign_map", value);
        return this;
    }

    /** Field {@code sign_map_dimension}. */
    public Object signMapDimension() {
        return get("sign_map_dimension");
    }

    /** Sets field {@code sign_map_dimension}. */
    public ImagingRetinotopy setSignMapDimension(Object value) {
        set("sign_map_dimension", value);
        return this;
    }

    /** Field {@code sign_map_field_of_view}. */
    public Object signMapFieldOfView() {
        return get("sign_map_field_of_view");
    }

    /** Sets field {@code sign_map_field_of_view}. */
    public ImagingRetinotopy setSignMapFieldOfView(Object value) {
        set("sign_map_field_of_view", value);
        return this;
    }

    /** Field {@code vasculature_image}. */
    public ArrayData vasculatureImage() {
        return arrayField("vasculature_image");
    }

    /** Sets field {@code vasculature_image}. */
    public ImagingRetinotopy setVasculatureImage(ArrayData value) {
        set("vasculature_image", value);
        return this;
    }

    /** Field {@code vasculature_image_bits_per_pixel}. */
    public Long vasculatureImageBitsPerPixel() {
        return longField("vasculature_image_bits_per_pixel");
    }

    /** Sets field {@code vasculature_image_bits_per_pixel}. */
    public ImagingRetinotopy setVasculatureImageBitsPerPixel(Long value) {
        set("vasculature_image_bits_per_pixel", value);
        return this;
    }

    /** Field {@code vasculature_image_dimension}. */
    public Object vasculatureImageDimension() {
        return get("vasculature_image_dimension");
    }

    /** Sets field {@code vasculature_image_dimension}. */
    public ImagingRetinotopy setVasculatureImageDimension(Object value) {
        set("vasculature_image_dimension", value);
        return this;
    }

    /** Field {@code vasculature_image_field_of_view}. */
    public Object vasculatureImageFieldOfView() {
        return get("vasculature_image_field_of_view");
    }

    /** Sets field {@code vasculature_image_field_of_view}. */
    public ImagingRetinotopy setVasculatureImageFieldOfView(Object value) {
        set("vasculature_image_field_of_view", value);
        return this;
    }

    /** Field {@code vasculature_image_format}. */
    public String vasculatureImageFormat() {
        return stringField("vasculature_image_format");
    }

    /** Sets field {@code vasculature_image_format}. */
    public ImagingRetinotopy setVasculatureImageFormat(String value) {
        set("vasculature_image_format", value);
        return this;
    }
}
