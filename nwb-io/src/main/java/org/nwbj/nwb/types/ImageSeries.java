package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ImageSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageSeries extends TimeSeries {
    /** A new ImageSeries named {@code name}. */
    public ImageSeries(String name) {
        this(name, "ImageSeries", "core", false);
    }

    protected ImageSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code dimension}. */
    public ArrayData dimension() {
        return arrayField("dimension");
    }

    /** Sets field {@code dimension}. */
    public ImageSeries setDimension(ArrayData value) {
        set("dimension", value);
        return this;
    }

    /** Field {@code external_file}. */
    public ArrayData externalFile() {
        return arrayField("external_file");
    }

    /** Sets field {@code external_file}. */
    public ImageSeries setExternalFile(ArrayData value) {
        set("external_file", value);
        return this;
    }

    /** Field {@code starting_frame}. */
    public Object startingFrame() {
        return get("starting_frame");
    }

    /** Sets field {@code starting_frame}. */
    public ImageSeries setStartingFrame(Object value) {
        set("starting_frame", value);
        return this;
    }

    /** Field {@code format}. */
    public String format() {
        return stringField("format");
    }

    /** Sets field {@code format}. */
    public ImageSeries setFormat(String value) {
        set("format", value);
        return this;
    }

    /** Field {@code device}. */
    public Device device() {
        return objectField("device", Device.class);
    }

    /** Sets field {@code device}. */
    public ImageSeries setDevice(Device value) {
        set("device", value);
        return this;
    }
}
