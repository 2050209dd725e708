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

    /**
     * A new BehavioralEpochs named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public BehavioralEpochs(String name) {
        this(name, "BehavioralEpochs", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code BehavioralEpochs}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected BehavioralEpochs(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code interval_series}: the unnamed members of type {@code IntervalSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, IntervalSeries> intervalSeries() {
        return mapField("interval_series");
    }

    /**
     * Adds a member to {@code interval_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public BehavioralEpochs addIntervalSeries(IntervalSeries member) {
        add("interval_series", member);
        return this;
    }
}
