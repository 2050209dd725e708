package org.nwbj.nwb.types;

/**
 * The core type {@code RGBAImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RGBAImage extends Image {
    /** A new RGBAImage named {@code name}. */
    public RGBAImage(String name) {
        this(name, "RGBAImage", "core", true);
    }

    protected RGBAImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
