package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code TimeSeries} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TimeSeries extends NWBDataInterface {
    /**
     * A new TimeSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public TimeSeries(String name) {
        this(name, "TimeSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code TimeSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected TimeSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: an attribute (text), optional.
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
    public TimeSeries setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code comments}: an attribute (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String comments() {
        return stringField("comments");
    }

    /**
     * Sets field {@code comments}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setComments(String value) {
        set("comments", value);
        return this;
    }

    /**
     * Field {@code data}: a dataset, required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData data() {
        return arrayField("data");
    }

    /**
     * Sets field {@code data}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setData(ArrayData value) {
        set("data", value);
        return this;
    }

    /**
     * Field {@code conversion}: attribute {@code conversion} of dataset {@code data} (float32), optional.
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
    public TimeSeries setConversion(Double value) {
        set("conversion", value);
        return this;
    }

    /**
     * Field {@code offset}: attribute {@code offset} of dataset {@code data} (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double offset() {
        return doubleField("offset");
    }

    /**
     * Sets field {@code offset}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setOffset(Double value) {
        set("offset", value);
        return this;
    }

    /**
     * Field {@code resolution}: attribute {@code resolution} of dataset {@code data} (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double resolution() {
        return doubleField("resolution");
    }

    /**
     * Sets field {@code resolution}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setResolution(Double value) {
        set("resolution", value);
        return this;
    }

    /**
     * Field {@code unit}: attribute {@code unit} of dataset {@code data} (text), required.
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
    public TimeSeries setUnit(String value) {
        set("unit", value);
        return this;
    }

    /**
     * Field {@code continuity}: attribute {@code continuity} of dataset {@code data} (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String continuity() {
        return stringField("continuity");
    }

    /**
     * Sets field {@code continuity}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setContinuity(String value) {
        set("continuity", value);
        return this;
    }

    /**
     * Field {@code starting_time}: a dataset (float64), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double startingTime() {
        return doubleField("starting_time");
    }

    /**
     * Sets field {@code starting_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setStartingTime(Double value) {
        set("starting_time", value);
        return this;
    }

    /**
     * Field {@code rate}: attribute {@code rate} of dataset {@code starting_time} (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public Double rate() {
        return doubleField("rate");
    }

    /**
     * Sets field {@code rate}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setRate(Double value) {
        set("rate", value);
        return this;
    }

    /**
     * Field {@code starting_time_unit}: attribute {@code unit} of dataset {@code starting_time} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String startingTimeUnit() {
        return stringField("starting_time_unit");
    }

    /**
     * Sets field {@code starting_time_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setStartingTimeUnit(String value) {
        set("starting_time_unit", value);
        return this;
    }

    /**
     * Field {@code timestamps}: a dataset (float64), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData timestamps() {
        return arrayField("timestamps");
    }

    /**
     * Sets field {@code timestamps}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setTimestamps(ArrayData value) {
        set("timestamps", value);
        return this;
    }

    /**
     * Field {@code interval}: attribute {@code interval} of dataset {@code timestamps} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Long interval() {
        return longField("interval");
    }

    /**
     * Sets field {@code interval}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setInterval(Long value) {
        set("interval", value);
        return this;
    }

    /**
     * Field {@code timestamps_unit}: attribute {@code unit} of dataset {@code timestamps} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String timestampsUnit() {
        return stringField("timestamps_unit");
    }

    /**
     * Sets field {@code timestamps_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setTimestampsUnit(String value) {
        set("timestamps_unit", value);
        return this;
    }

    /**
     * Field {@code control}: a dataset (uint8), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData control() {
        return arrayField("control");
    }

    /**
     * Sets field {@code control}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setControl(ArrayData value) {
        set("control", value);
        return this;
    }

    /**
     * Field {@code control_description}: a dataset (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData controlDescription() {
        return arrayField("control_description");
    }

    /**
     * Sets field {@code control_description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setControlDescription(ArrayData value) {
        set("control_description", value);
        return this;
    }

    /**
     * Field {@code sync}: a group, optional.
     *
     * @return the value, or null when it is not set
     */
    public TypedObject sync() {
        return objectField("sync", TypedObject.class);
    }

    /**
     * Sets field {@code sync}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeSeries setSync(TypedObject value) {
        set("sync", value);
        return this;
    }
}
