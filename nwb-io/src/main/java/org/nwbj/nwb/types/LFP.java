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

    /** A new LFP named {@code name}. */
    public LFP(String name) {
        this(name, "LFP", "core", false);
    }

    protected LFP(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code electrical_series}. */
    public Map<String, ElectricalSeries> electricalSeries() {
        return mapField("electrical_series");
    }

    /** Adds a member to {@code electrical_series}. */
    public LFP addElectricalSeries(ElectricalSeries member) {
        add("electrical_series", member);
        return this;
    }
}
