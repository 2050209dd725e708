package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code EventDetection} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class EventDetection extends NWBDataInterface {
    /** A new EventDetection named {@code EventDetection}. */
    public EventDetection() {
        this("EventDetection");
    }

    /** A new EventDetection named {@code name}. */
    public EventDetection(String name) {
        this(name, "EventDetection", "core", false);
    }

    protected EventDetection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code detection_method}. */
    public String detectionMethod() {
        return stringField("detection_method");
    }

    /** Sets field {@code detection_method}. */
    public EventDetection setDetectionMethod(String value) {
        set("detection_method", value);
        return this;
    }

    /** Field {@code source_idx}. */
    public ArrayData sourceIdx() {
        return arrayField("source_idx");
    }

    /** Sets field {@code source_idx}. */
    public EventDetection setSourceIdx(ArrayData value) {
        set("source_idx", value);
        return this;
    }

    /** Field {@code times}. */
    public ArrayData times() {
        return arrayField("times");
    }

    /** Sets field {@code times}. */
    public EventDetection setTimes(ArrayData value) {
        set("times", value);
        return this;
    }

    /** Field {@code unit}. */
    public String unit() {
        return stringField("unit");
    }

    /** Sets field {@code unit}. */
    public EventDetection setUnit(String value) {
        set("unit", value);
        return this;
    }

    /** Field {@code source_electricalseries}. */
    public ElectricalSeries sourceElectricalseries() {
        return objectField("source_electricalseries", ElectricalSeries.class);
    }

    /** Sets field {@code source_electricalseries}. */
    public EventDetection setSourceElectricalseries(ElectricalSeries value) {
        set("source_electricalseries", value);
        return this;
    }
}
