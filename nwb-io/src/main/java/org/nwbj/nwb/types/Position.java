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

    /**
     * A new Position named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Position(String name) {
        this(name, "Position", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Position}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Position(String name, String type, String namespace, boolean dataset) {
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
    public Position addSpatialSeries(SpatialSeries member) {
        add("spatial_series", member);
        return this;
    }
}
