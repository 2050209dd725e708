package org.nwbj.nwb.types;

/**
 * The core type {@code TimeIntervals} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TimeIntervals extends DynamicTable {
    /**
     * A new TimeIntervals named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public TimeIntervals(String name) {
        this(name, "TimeIntervals", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code TimeIntervals}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected TimeIntervals(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code start_time}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData startTime() {
        return objectField("start_time", VectorData.class);
    }

    /**
     * Sets field {@code start_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setStartTime(VectorData value) {
        set("start_time", value);
        return this;
    }

    /**
     * Field {@code stop_time}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData stopTime() {
        return objectField("stop_time", VectorData.class);
    }

    /**
     * Sets field {@code stop_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setStopTime(VectorData value) {
        set("stop_time", value);
        return this;
    }

    /**
     * Field {@code tags}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData tags() {
        return objectField("tags", VectorData.class);
    }

    /**
     * Sets field {@code tags}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setTags(VectorData value) {
        set("tags", value);
        return this;
    }

    /**
     * Field {@code tags_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex tagsIndex() {
        return objectField("tags_index", VectorIndex.class);
    }

    /**
     * Sets field {@code tags_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setTagsIndex(VectorIndex value) {
        set("tags_index", value);
        return this;
    }

    /**
     * Field {@code timeseries}: a dataset of type {@code TimeSeriesReferenceVectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeriesReferenceVectorData timeseries() {
        return objectField("timeseries", TimeSeriesReferenceVectorData.class);
    }

    /**
     * Sets field {@code timeseries}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setTimeseries(TimeSeriesReferenceVectorData value) {
        set("timeseries", value);
        return this;
    }

    /**
     * Field {@code timeseries_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex timeseriesIndex() {
        return objectField("timeseries_index", VectorIndex.class);
    }

    /**
     * Sets field {@code timeseries_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public TimeIntervals setTimeseriesIndex(VectorIndex value) {
        set("timeseries_index", value);
        return this;
    }
}
