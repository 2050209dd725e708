package org.nwbj.nwb.types;

/**
 * The core type {@code CorrectedImageStack} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CorrectedImageStack extends NWBDataInterface {
    /**
     * A new CorrectedImageStack named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public CorrectedImageStack(String name) {
        this(name, "CorrectedImageStack", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code CorrectedImageStack}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected CorrectedImageStack(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code corrected}: a group of type {@code ImageSeries}, required.
     *
     * @return the value, or null when it is not set
     */
    public ImageSeries corrected() {
        return objectField("corrected", ImageSeries.class);
    }

    /**
     * Sets field {@code corrected}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CorrectedImageStack setCorrected(ImageSeries value) {
        set("corrected", value);
        return this;
    }

    /**
     * Field {@code xy_translation}: a group of type {@code TimeSeries}, required.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeries xyTranslation() {
        return objectField("xy_translation", TimeSeries.class);
    }

    /**
     * Sets field {@code xy_translation}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CorrectedImageStack setXyTranslation(TimeSeries value) {
        set("xy_translation", value);
        return this;
    }

    /**
     * Field {@code original}: a link to a {@code ImageSeries}, required.
     *
     * @return the value, or null when it is not set
     */
    public ImageSeries original() {
        return objectField("original", ImageSeries.class);
    }

    /**
     * Sets field {@code original}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CorrectedImageStack setOriginal(ImageSeries value) {
        set("original", value);
        return this;
    }
}
