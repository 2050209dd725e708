package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code BehavioralTimeSeries} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class BehavioralTimeSeries extends NWBDataInterface {
    /** A new BehavioralTimeSeries named {@code BehavioralTimeSeries}. */
    public BehavioralTimeSeries() {
        this("BehavioralTimeSeries");
    }

    /** A new BehavioralTimeSeries named {@code name}. */
    public BehavioralTimeSeries(String name) {
        this(name, "BehavioralTimeSeries", "core", false);
    }

    protected BehavioralTimeSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code time_series}. */
    public Map<String, TimeSeries> timeSeries() {
        return mapField("time_series");
    }

    /** Adds a member to {@code time_series}. */
    public BehavioralTimeSeries addTimeSeries(TimeSeries member) {
        add("time_series", member);
        return this;
    }
}
