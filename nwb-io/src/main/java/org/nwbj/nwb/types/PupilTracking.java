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

    /**
     * A new PupilTracking named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public PupilTracking(String name) {
        this(name, "PupilTracking", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code PupilTracking}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected PupilTracking(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code time_series}: the unnamed members of type {@code TimeSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TimeSeries> timeSeries() {
        return mapField("time_series");
    }

    /**
     * Adds a member to {@code time_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public PupilTracking addTimeSeries(TimeSeries member) {
        add("time_series", member);
        return this;
    }
}
