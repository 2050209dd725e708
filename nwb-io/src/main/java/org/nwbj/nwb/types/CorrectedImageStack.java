package org.nwbj.nwb.types;

/**
 * The core type {@code CorrectedImageStack} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CorrectedImageStack extends NWBDataInterface {
    /** A new CorrectedImageStack named {@code name}. */
    public CorrectedImageStack(String name) {
        this(name, "CorrectedImageStack", "core", false);
    }

    protected CorrectedImageStack(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code corrected}. */
    public ImageSeries corrected() {
        return objectField("corrected", ImageSeries.class);
    }

    /** Sets field {@code corrected}. */
    public CorrectedImageStack setCorrected(ImageSeries value) {
        set("corrected", value);
        return this;
    }

    /** Field {@code xy_translation}. */
    public TimeSeries xyTranslation() {
        return objectField("xy_translation", TimeSeries.class);
    }

    /** Sets field {@code xy_translation}. */
    public CorrectedImageStack setXyTranslation(TimeSeries value) {
        set("xy_translation", value);
        return this;
    }

    /** Field {@code original}. */
    public ImageSeries original() {
        return objectField("original", ImageSeries.class);
    }

    /** Sets field {@code original}. */
    public CorrectedImageStack setOriginal(ImageSeries value) {
        set("original", value);
        return this;
    }
}
