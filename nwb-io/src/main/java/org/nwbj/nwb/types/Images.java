package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code Images} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Images extends NWBDataInterface {
    /** A new Images named {@code Images}. */
    public Images() {
        this("Images");
    }

    /**
     * A new Images named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Images(String name) {
        this(name, "Images", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Images}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Images(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String description() {
        return stringField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Images setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code images}: the unnamed members of type {@code Image}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, Image> images() {
        return mapField("images");
    }

    /**
     * Adds a member to {@code images}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public Images addImage(Image member) {
        add("images", member);
        return this;
    }

    /**
     * Field {@code order_of_images}: a dataset of type {@code ImageReferences}, optional.
     *
     * @return the value, or null when it is not set
     */
    public ImageReferences orderOfImages() {
        return objectField("order_of_images", ImageReferences.class);
    }

    /**
     * Sets field {@code order_of_images}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Images setOrderOfImages(ImageReferences value) {
        set("order_of_images", value);
        return this;
    }
}
