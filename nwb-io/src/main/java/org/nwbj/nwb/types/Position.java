package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code Position} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Position extends NWBDataInterface {
    /** A new Position named {@code Position}. */
    public Position() {
        this("Position");
    }

    /** A new Position named {@code name}. */
    public Position(String name) {
        this(name, "Position", "core", false);
    }

    protected Position(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code spatial_series}. */
    public Map<String, SpatialSeries> spatialSeries() {
        return mapField("spatial_series");
    }

    /** Adds a member to {@code spatial_series}. */
    public Position addSpatialSeries(SpatialSeries member) {
        add("spatial_series", member);
        return this;
    }
}
