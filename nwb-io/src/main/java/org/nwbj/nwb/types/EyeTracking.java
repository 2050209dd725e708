package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code EyeTracking} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class EyeTracking extends NWBDataInterface {
    /** A new EyeTracking named {@code EyeTracking}. */
    public EyeTracking() {
        this("EyeTracking");
    }

    /** A new EyeTracking named {@code name}. */
    public EyeTracking(String name) {
        this(name, "EyeTracking", "core", false);
    }

    protected EyeTracking(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code spatial_series}. */
    public Map<String, SpatialSeries> spatialSeries() {
        return mapField("spatial_series");
    }

    /** Adds a member to {@code spatial_series}. */
    public EyeTracking addSpatialSeries(SpatialSeries member) {
        add("spatial_series", member);
        return this;
    }
}
