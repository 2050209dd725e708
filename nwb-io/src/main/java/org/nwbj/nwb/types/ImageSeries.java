package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ImageSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageSeries extends TimeSeries {
    /**
     * A new ImageSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ImageSeries(String name) {
        this(name, "ImageSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ImageSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ImageSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code dimension}: a dataset (int32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData dimension() {
        return arrayField("dimension");
    }

    /**
     * Sets field {@code dimension}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImageSeries setDimension(ArrayData value) {
        set("dimension", value);
        return this;
    }

    /**
     * Field {@code external_file}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData externalFile() {
        return arrayField("external_file");
    }

    /**
     * Sets field {@code external_file}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImageSeries setExternalFile(ArrayData value) {
        set("external_file", value);
        return this;
    }

    /**
     * Field {@code starting_frame}: attribute {@code starting_frame} of dataset {@code external_file} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Object startingFrame() {
        return get("starting_frame");
    }

    /**
     * Sets field {@code starting_frame}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImageSeries setStartingFrame(Object value) {
        set("starting_frame", value);
        return this;
    }

    /**
     * Field {@code format}: a dataset (text), optional.
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
    public ImageSeries setFormat(String value) {
        set("format", value);
        return this;
    }

    /**
     * Field {@code device}: a link to a {@code Device}, optional.
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
    public ImageSeries setDevice(Device value) {
        set("device", value);
        return this;
    }
}
