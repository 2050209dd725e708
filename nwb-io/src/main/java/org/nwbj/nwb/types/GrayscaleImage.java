package org.nwbj.nwb.types;

/**
 * The core type {@code GrayscaleImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class GrayscaleImage extends Image {
    /**
     * A new GrayscaleImage named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public GrayscaleImage(String name) {
        this(name, "GrayscaleImage", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code GrayscaleImage}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected GrayscaleImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
