package org.nwbj.nwb.types;

/**
 * The core type {@code ImageMaskSeries} (a {@code ImageSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ImageMaskSeries extends ImageSeries {
    /** A new ImageMaskSeries named {@code name}. */
    public ImageMaskSeries(String name) {
        this(name, "ImageMaskSeries", "core", false);
    }

    protected ImageMaskSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code masked_imageseries}. */
    public ImageSeries maskedImageseries() {
        return objectField("masked_imageseries", ImageSeries.class);
    }

    /** Sets field {@code masked_imageseries}. */
    public ImageMaskSeries setMaskedImageseries(ImageSeries value) {
        set("masked_imageseries", value);
        return this;
    }
}
