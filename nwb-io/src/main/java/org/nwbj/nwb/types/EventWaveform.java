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

    /**
     * A new EventWaveform named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public EventWaveform(String name) {
        this(name, "EventWaveform", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code EventWaveform}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected EventWaveform(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code spike_event_series}: the unnamed members of type {@code SpikeEventSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, SpikeEventSeries> spikeEventSeries() {
        return mapField("spike_event_series");
    }

    /**
     * Adds a member to {@code spike_event_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public EventWaveform addSpikeEventSeries(SpikeEventSeries member) {
        add("spike_event_series", member);
        return this;
    }
}
