package org.nwbj.nwb.types;

/**
 * The core type {@code RGBImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RGBImage extends Image {
    /**
     * A new RGBImage named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public RGBImage(String name) {
        this(name, "RGBImage", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code RGBImage}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected RGBImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
