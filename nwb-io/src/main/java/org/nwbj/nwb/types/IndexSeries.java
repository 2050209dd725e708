package org.nwbj.nwb.types;

/**
 * The core type {@code IndexSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IndexSeries extends TimeSeries {
    /** A new IndexSeries named {@code name}. */
    public IndexSeries(String name) {
        this(name, "IndexSeries", "core", false);
    }

    protected IndexSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code indexed_timeseries}. */
    public ImageSeries indexedTimeseries() {
        return objectField("indexed_timeseries", ImageSeries.class);
    }

    /** Sets field {@code indexed_timeseries}. */
    public IndexSeries setIndexedTimeseries(ImageSeries value) {
        set("indexed_timeseries", value);
        return this;
    }

    /** Field {@code indexed_images}. */
    public Images indexedImages() {
        return objectField("indexed_images", Images.class);
    }

    /** Sets field {@code indexed_images}. */
    public IndexSeries setIndexedImages(Images value) {
        set("indexed_images", value);
        return this;
    }
}
