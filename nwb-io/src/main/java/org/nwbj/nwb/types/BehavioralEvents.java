package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code BehavioralEvents} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class BehavioralEvents extends NWBDataInterface {
    /** A new BehavioralEvents named {@code BehavioralEvents}. */
    public BehavioralEvents() {
        this("BehavioralEvents");
    }

    /** A new BehavioralEvents named {@code name}. */
    public BehavioralEvents(String name) {
        this(name, "BehavioralEvents", "core", false);
    }

    protected BehavioralEvents(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code time_series}. */
    public Map<String, TimeSeries> timeSeries() {
        return mapField("time_series");
    }

    /** Adds a member to {@code time_series}. */
    public BehavioralEvents addTimeSeries(TimeSeries member) {
        add("time_series", member);
        return this;
    }
}
