package org.nwbj.nwb.types;

/**
 * The core type {@code GrayscaleImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class GrayscaleImage extends Image {
    /** A new GrayscaleImage named {@code name}. */
    public GrayscaleImage(String name) {
        this(name, "GrayscaleImage", "core", true);
    }

    protected GrayscaleImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
