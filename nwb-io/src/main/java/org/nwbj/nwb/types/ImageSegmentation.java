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

    /** A new ImageSegmentation named {@code name}. */
    public ImageSegmentation(String name) {
        this(name, "ImageSegmentation", "core", false);
    }

    protected ImageSegmentation(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code plane_segmentations}. */
    public Map<String, PlaneSegmentation> planeSegmentations() {
        return mapField("plane_segmentations");
    }

    /** Adds a member to {@code plane_segmentations}. */
    public ImageSegmentation addPlaneSegmentation(PlaneSegmentation member) {
        add("plane_segmentations", member);
        return this;
    }
}
