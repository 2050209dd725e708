package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code TimeSeries} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TimeSeries extends NWBDataInterface {
    /** A new TimeSeries named {@code name}. */
    public TimeSeries(String name) {
        this(name, "TimeSeries", "core", false);
    }

    protected TimeSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public TimeSeries setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code comments}. */
    public String comments() {
        return stringField("comments");
    }

    /** Sets field {@code comments}. */
    public TimeSeries setComments(String value) {
        set("comments", value);
        return this;
    }

    /** Field {@code data}. */
    public ArrayData data() {
        return arrayField("data");
    }

    /** Sets field {@code data}. */
    public TimeSeries setData(ArrayData value) {
        set("data", value);
        return this;
    }

    /** Field {@code conversion}. */
    public Double conversion() {
        return doubleField("conversion");
    }

    /** Sets field {@code conversion}. */
    public TimeSeries setConversion(Double value) {
        set("conversion", value);
        return this;
    }

    /** Field {@code offset}. */
    public Double offset() {
        return doubleField("offset");
    }

    /** Sets field {@code offset}. */
    public TimeSeries setOffset(Double value) {
        set("offset", value);
        return this;
    }

    /** Field {@code resolution}. */
    public Double resolution() {
        return doubleField("resolution");
    }

    /** Sets field {@code resolution}. */
    public TimeSeries setResolution(Double value) {
        set("resolution", value);
        return this;
    }

    /** Field {@code unit}. */
    public String unit() {
        return stringField("unit");
    }

    /** Sets field {@code unit}. */
    public TimeSeries setUnit(String value) {
        set("unit", value);
        return this;
    }

    /** Field {@code continuity}. */
    public String continuity() {
        return stringField("continuity");
    }

    /** Sets field {@code continuity}. */
    public TimeSeries setContinuity(String value) {
        set("continuity", value);
        return this;
    }

    /** Field {@code starting_time}. */
    public Double startingTime() {
        return doubleField("starting_time");
    }

    /** Sets field {@code starting_time}. */
    public TimeSeries setStartingTime(Double value) {
        set("starting_time", value);
        return this;
    }

    /** Field {@code rate}. */
    public Double rate() {
        return doubleField("rate");
    }

    /** Sets field {@code rate}. */
    public TimeSeries setRate(Double value) {
        set("rate", value);
        return this;
    }

    /** Field {@code starting_time_unit}. */
    public String startingTimeUnit() {
        return stringField("starting_time_unit");
    }

    /** Sets field {@code starting_time_unit}. */
    public TimeSeries setStartingTimeUnit(String value) {
        set("starting_time_unit", value);
        return this;
    }

    /** Field {@code timestamps}. */
    public ArrayData timestamps() {
        return arrayField("timestamps");
    }

    /** Sets field {@code timestamps}. */
    public TimeSeries setTimestamps(ArrayData value) {
        set("timestamps", value);
        return this;
    }

    /** Field {@code interval}. */
    public Long interval() {
        return longField("interval");
    }

    /** Sets field {@code interval}. */
    public TimeSeries setInterval(Long value) {
        set("interval", value);
        return this;
    }

    /** Field {@code timestamps_unit}. */
    public String timestampsUnit() {
        return stringField("timestamps_unit");
    }

    /** Sets field {@code timestamps_unit}. */
    public TimeSeries setTimestampsUnit(String value) {
        set("timestamps_unit", value);
        return this;
    }

    /** Field {@code control}. */
    public ArrayData control() {
        return arrayField("control");
    }

    /** Sets field {@code control}. */
    public TimeSeries setControl(ArrayData value) {
        set("control", value);
        return this;
    }

    /** Field {@code control_description}. */
    public ArrayData controlDescription() {
        return arrayField("control_description");
    }

    /** Sets field {@code control_description}. */
    public TimeSeries setControlDescription(ArrayData value) {
        set("control_description", value);
        return this;
    }

    /** Field {@code sync}. */
    public TypedObject sync() {
        return objectField("sync", TypedObject.class);
    }

    /** Sets field {@code sync}. */
    public TimeSeries setSync(TypedObject value) {
        set("sync", value);
        return this;
    }
}
