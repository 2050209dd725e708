package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code FilteredEphys} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class FilteredEphys extends NWBDataInterface {
    /** A new FilteredEphys named {@code FilteredEphys}. */
    public FilteredEphys() {
        this("FilteredEphys");
    }

    /** A new FilteredEphys named {@code name}. */
    public FilteredEphys(String name) {
        this(name, "FilteredEphys", "core", false);
    }

    protected FilteredEphys(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code electrical_series}. */
    public Map<String, ElectricalSeries> electricalSeries() {
        return mapField("electrical_series");
    }

    /** Adds a member to {@code electrical_series}. */
    public FilteredEphys addElectricalSeries(ElectricalSeries member) {
        add("electrical_series", member);
        return this;
    }
}
