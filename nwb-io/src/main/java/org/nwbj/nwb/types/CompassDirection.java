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

    /**
     * A new CompassDirection named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public CompassDirection(String name) {
        this(name, "CompassDirection", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code CompassDirection}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected CompassDirection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code spatial_series}: the unnamed members of type {@code SpatialSeries}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, SpatialSeries> spatialSeries() {
        return mapField("spatial_series");
    }

    /**
     * Adds a member to {@code spatial_series}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public CompassDirection addSpatialSeries(SpatialSeries member) {
        add("spatial_series", member);
        return this;
    }
}
