package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code EventWaveform} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class EventWaveform extends NWBDataInterface {
    /** A new EventWaveform named {@code EventWaveform}. */
    public EventWaveform() {
        this("EventWaveform");
    }

    /** A new EventWaveform named {@code name}. */
    public EventWaveform(String name) {
        this(name, "EventWaveform", "core", false);
    }

    protected EventWaveform(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code spike_event_series}. */
    public Map<String, SpikeEventSeries> spikeEventSeries() {
        return mapField("spike_event_series");
    }

    /** Adds a member to {@code spike_event_series}. */
    public EventWaveform addSpikeEventSeries(SpikeEventSeries member) {
        add("spike_event_series", member);
        return this;
    }
}
