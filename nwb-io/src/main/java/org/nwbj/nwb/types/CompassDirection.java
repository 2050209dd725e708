package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code CompassDirection} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CompassDirection extends NWBDataInterface {
    /** A new CompassDirection named {@code CompassDirection}. */
    public CompassDirection() {
        this("CompassDirection");
    }

    /** A new CompassDirection named {@code name}. */
    public CompassDirection(String name) {
        this(name, "CompassDirection", "core", false);
    }

    protected CompassDirection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code spatial_series}. */
    public Map<String, SpatialSeries> spatialSeries() {
        return mapField("spatial_series");
    }

    /** Adds a member to {@code spatial_series}. */
    public CompassDirection addSpatialSeries(SpatialSeries member) {
        add("spatial_series", member);
        return this;
    }
}
