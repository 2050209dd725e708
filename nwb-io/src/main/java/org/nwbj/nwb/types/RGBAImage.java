package org.nwbj.nwb.types;

/**
 * The core type {@code RGBAImage} (a {@code Image}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class RGBAImage extends Image {
    /**
     * A new RGBAImage named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public RGBAImage(String name) {
        this(name, "RGBAImage", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code RGBAImage}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected RGBAImage(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
