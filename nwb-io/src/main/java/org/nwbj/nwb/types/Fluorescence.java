package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code Fluorescence} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Fluorescence extends NWBDataInterface {
    /** A new Fluorescence named {@code Fluorescence}. */
    public Fluorescence() {
        this("Fluorescence");
    }

    /**
     * A new Fluorescence named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Fluorescence(String name) {
        this(name, "Fluorescence", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Fluorescence}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Fluorescence(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code roi_response_series}: the unnamed members of type {@code RoiResponseSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, RoiResponseSeries> roiResponseSeries() {
        return mapField("roi_response_series");
    }

    /**
     * Adds a member to {@code roi_response_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public Fluorescence addRoiResponseSeries(RoiResponseSeries member) {
        add("roi_response_series", member);
        return this;
    }
}
