package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code DfOverF} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DfOverF extends NWBDataInterface {
    /** A new DfOverF named {@code DfOverF}. */
    public DfOverF() {
        this("DfOverF");
    }

    /** A new DfOverF named {@code name}. */
    public DfOverF(String name) {
        this(name, "DfOverF", "core", false);
    }

    protected DfOverF(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code roi_response_series}. */
    public Map<String, RoiResponseSeries> roiResponseSeries() {
        return mapField("roi_response_series");
    }

    /** Adds a member to {@code roi_response_series}. */
    public DfOverF addRoiResponseSeries(RoiResponseSeries member) {
        add("roi_response_series", member);
        return this;
    }
}
