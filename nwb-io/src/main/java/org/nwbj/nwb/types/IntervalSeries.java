package org.nwbj.nwb.types;

/**
 * The core type {@code IntervalSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntervalSeries extends TimeSeries {
    /** A new IntervalSeries named {@code name}. */
    public IntervalSeries(String name) {
        this(name, "IntervalSeries", "core", false);
    }

    protected IntervalSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
