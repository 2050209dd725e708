package org.nwbj.nwb.types;

/**
 * The core type {@code RGBImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RGBImage extends Image {
    /** A new RGBImage named {@code name}. */
    public RGBImage(String name) {
        this(name, "RGBImage", "core", true);
    }

    protected RGBImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
