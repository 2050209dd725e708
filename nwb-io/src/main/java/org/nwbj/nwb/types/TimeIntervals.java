package org.nwbj.nwb.types;

/**
 * The core type {@code TimeIntervals} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TimeIntervals extends DynamicTable {
    /** A new TimeIntervals named {@code name}. */
    public TimeIntervals(String name) {
        this(name, "TimeIntervals", "core", false);
    }

    protected TimeIntervals(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code start_time}. */
    public VectorData startTime() {
        return objectField("start_time", VectorData.class);
    }

    /** Sets field {@code start_time}. */
    public TimeIntervals setStartTime(VectorData value) {
        set("start_time", value);
        return this;
    }

    /** Field {@code stop_time}. */
    public VectorData stopTime() {
        return objectField("stop_time", VectorData.class);
    }

    /** Sets field {@code stop_time}. */
    public TimeIntervals setStopTime(VectorData value) {
        set("stop_time", value);
        return this;
    }

    /** Field {@code tags}. */
    public VectorData tags() {
        return objectField("tags", VectorData.class);
    }

    /** Sets field {@code tags}. */
    public TimeIntervals setTags(VectorData value) {
        set("tags", value);
        return this;
    }

    /** Field {@code tags_index}. */
    public VectorIndex tagsIndex() {
        return objectField("tags_index", VectorIndex.class);
    }

    /** Sets field {@code tags_index}. */
    public TimeIntervals setTagsIndex(VectorIndex value) {
        set("tags_index", value);
        return this;
    }

    /** Field {@code timeseries}. */
    public TimeSeriesReferenceVectorData timeseries() {
        return objectField("timeseries", TimeSeriesReferenceVectorData.class);
    }

    /** Sets field {@code timeseries}. */
    public TimeIntervals setTimeseries(TimeSeriesReferenceVectorData value) {
        set("timeseries", value);
        return this;
    }

    /** Field {@code timeseries_index}. */
    public VectorIndex timeseriesIndex() {
        return objectField("timeseries_index", VectorIndex.class);
    }

    /** Sets field {@code timeseries_index}. */
    public TimeIntervals setTimeseriesIndex(VectorIndex value) {
        set("timeseries_index", value);
        return this;
    }
}
