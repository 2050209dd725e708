package org.nwbj.nwb.types;

/**
 * The core type {@code IndexSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IndexSeries extends TimeSeries {
    /**
     * A new IndexSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IndexSeries(String name) {
        this(name, "IndexSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IndexSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IndexSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code indexed_timeseries}: a link to a {@code ImageSeries}, optional.
     *
     * @return the value, or null when it is not set
     */
    public ImageSeries indexedTimeseries() {
        return objectField("indexed_timeseries", ImageSeries.class);
    }

    /**
     * Sets field {@code indexed_timeseries}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IndexSeries setIndexedTimeseries(ImageSeries value) {
        set("indexed_timeseries", value);
        return this;
    }

    /**
     * Field {@code indexed_images}: a link to a {@code Images}, optional.
     *
     * @return the value, or null when it is not set
     */
    public Images indexedImages() {
        return objectField("indexed_images", Images.class);
    }

    /**
     * Sets field {@code indexed_images}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IndexSeries setIndexedImages(Images value) {
        set("indexed_images", value);
        return this;
    }
}
