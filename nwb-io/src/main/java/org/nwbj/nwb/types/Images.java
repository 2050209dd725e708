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

    /** A new Images named {@code name}. */
    public Images(String name) {
        this(name, "Images", "core", false);
    }

    protected Images(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public Images setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code images}. */
    public Map<String, Image> images() {
        return mapField("images");
    }

    /** Adds a member to {@code images}. */
    public Images addImage(Image member) {
        add("images", member);
        return this;
    }

    /** Field {@code order_of_images}. */
    public ImageReferences orderOfImages() {
        return objectField("order_of_images", ImageReferences.class);
    }

    /** Sets field {@code order_of_images}. */
    public Images setOrderOfImages(ImageReferences value) {
        set("order_of_images", value);
        return this;
    }
}
