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

    /**
     * A new EventDetection named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public EventDetection(String name) {
        this(name, "EventDetection", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code EventDetection}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected EventDetection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code detection_method}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String detectionMethod() {
        return stringField("detection_method");
    }

    /**
     * Sets field {@code detection_method}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public EventDetection setDetectionMethod(String value) {
        set("detection_method", value);
        return this;
    }

    /**
     * Field {@code source_idx}: a dataset (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData sourceIdx() {
        return arrayField("source_idx");
    }

    /**
     * Sets field {@code source_idx}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public EventDetection setSourceIdx(ArrayData value) {
        set("source_idx", value);
        return this;
    }

    /**
     * Field {@code times}: a dataset (float64), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData times() {
        return arrayField("times");
    }

    /**
     * Sets field {@code times}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public EventDetection setTimes(ArrayData value) {
        set("times", value);
        return this;
    }

    /**
     * Field {@code unit}: attribute {@code unit} of dataset {@code times} (text), required.
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
    public EventDetection setUnit(String value) {
        set("unit", value);
        return this;
    }

    /**
     * Field {@code source_electricalseries}: a link to a {@code ElectricalSeries}, required.
     *
     * @return the value, or null when it is not set
     */
    public ElectricalSeries sourceElectricalseries() {
        return objectField("source_electricalseries", ElectricalSeries.class);
    }

    /**
     * Sets field {@code source_electricalseries}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public EventDetection setSourceElectricalseries(ElectricalSeries value) {
        set("source_electricalseries", value);
        return this;
    }
}
