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

    /** A new Fluorescence named {@code name}. */
    public Fluorescence(String name) {
        this(name, "Fluorescence", "core", false);
    }

    protected Fluorescence(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code roi_response_series}. */
    public Map<String, RoiResponseSeries> roiResponseSeries() {
        return mapField("roi_response_series");
    }

    /** Adds a member to {@code roi_response_series}. */
    public Fluorescence addRoiResponseSeries(RoiResponseSeries member) {
        add("roi_response_series", member);
        return this;
    }
}
