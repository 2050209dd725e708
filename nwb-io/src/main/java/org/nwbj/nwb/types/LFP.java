package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code LFP} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class LFP extends NWBDataInterface {
    /** A new LFP named {@code LFP}. */
    public LFP() {
        this("LFP");
    }

    /**
     * A new LFP named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public LFP(String name) {
        this(name, "LFP", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code LFP}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected LFP(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code electrical_series}: the unnamed members of type {@code ElectricalSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, ElectricalSeries> electricalSeries() {
        return mapField("electrical_series");
    }

    /**
     * Adds a member to {@code electrical_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public LFP addElectricalSeries(ElectricalSeries member) {
        add("electrical_series", member);
        return this;
    }
}
