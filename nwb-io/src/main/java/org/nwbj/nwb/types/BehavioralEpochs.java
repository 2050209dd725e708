package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code BehavioralEpochs} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class BehavioralEpochs extends NWBDataInterface {
    /** A new BehavioralEpochs named {@code BehavioralEpochs}. */
    public BehavioralEpochs() {
        this("BehavioralEpochs");
    }

    /** A new BehavioralEpochs named {@code name}. */
    public BehavioralEpochs(String name) {
        this(name, "BehavioralEpochs", "core", false);
    }

    protected BehavioralEpochs(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code interval_series}. */
    public Map<String, IntervalSeries> intervalSeries() {
        return mapField("interval_series");
    }

    /** Adds a member to {@code interval_series}. */
    public BehavioralEpochs addIntervalSeries(IntervalSeries member) {
        add("interval_series", member);
        return this;
    }
}
