package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code ImageSegmentation} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageSegmentation extends NWBDataInterface {
    /** A new ImageSegmentation named {@code ImageSegmentation}. */
    public ImageSegmentation() {
        this("ImageSegmentation");
    }

    /**
     * A new ImageSegmentation named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ImageSegmentation(String name) {
        this(name, "ImageSegmentation", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ImageSegmentation}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ImageSegmentation(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code plane_segmentations}: the unnamed members of type {@code PlaneSegmentation}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, PlaneSegmentation> planeSegmentations() {
        return mapField("plane_segmentations");
    }

    /**
     * Adds a member to {@code plane_segmentations}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public ImageSegmentation addPlaneSegmentation(PlaneSegmentation member) {
        add("plane_segmentations", member);
        return this;
    }
}
