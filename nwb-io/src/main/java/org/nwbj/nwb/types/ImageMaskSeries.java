package org.nwbj.nwb.types;

/**
 * The core type {@code ImageMaskSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageMaskSeries extends ImageSeries {
    /**
     * A new ImageMaskSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ImageMaskSeries(String name) {
        this(name, "ImageMaskSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ImageMaskSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ImageMaskSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code masked_imageseries}: a link to a {@code ImageSeries}, required.
     *
     * @return the value, or null when it is not set
     */
    public ImageSeries maskedImageseries() {
        return objectField("masked_imageseries", ImageSeries.class);
    }

    /**
     * Sets field {@code masked_imageseries}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ImageMaskSeries setMaskedImageseries(ImageSeries value) {
        set("masked_imageseries", value);
        return this;
    }
}
