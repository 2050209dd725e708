package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code PupilTracking} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class PupilTracking extends NWBDataInterface {
    /** A new PupilTracking named {@code PupilTracking}. */
    public PupilTracking() {
        this("PupilTracking");
    }

    /** A new PupilTracking named {@code name}. */
    public PupilTracking(String name) {
        this(name, "PupilTracking", "core", false);
    }

    protected PupilTracking(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code time_series}. */
    public Map<String, TimeSeries> timeSeries() {
        return mapField("time_series");
    }

    /** Adds a member to {@code time_series}. */
    public PupilTracking addTimeSeries(TimeSeries member) {
        add("time_series", member);
        return this;
    }
}
