package org.nwbj.nwb.types;

/**
 * The core type {@code ImageReferences} (a {@code NWBData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageReferences extends NWBData {
    /** A new ImageReferences named {@code name}. */
    public ImageReferences(String name) {
        this(name, "ImageReferences", "core", true);
    }

    protected ImageReferences(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
