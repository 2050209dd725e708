package org.nwbj.nwb.types;

/**
 * The core type {@code SpikeEventSeries} (a {@code ElectricalSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SpikeEventSeries extends ElectricalSeries {
    /** A new SpikeEventSeries named {@code name}. */
    public SpikeEventSeries(String name) {
        this(name, "SpikeEventSeries", "core", false);
    }

    protected SpikeEventSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
