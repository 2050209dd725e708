package org.nwbj.nwb.types;

/**
 * The core type {@code TimeSeriesReferenceVectorData} (a {@code VectorData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class TimeSeriesReferenceVectorData extends VectorData {
    /** A new TimeSeriesReferenceVectorData named {@code timeseries}. */
    public TimeSeriesReferenceVectorData() {
        this("timeseries");
    }

    /** A new TimeSeriesReferenceVectorData named {@code name}. */
    public TimeSeriesReferenceVectorData(String name) {
        this(name, "TimeSeriesReferenceVectorData", "core", true);
    }

    protected TimeSeriesReferenceVectorData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
