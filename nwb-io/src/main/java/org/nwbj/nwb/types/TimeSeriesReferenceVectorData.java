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

    /**
     * A new TimeSeriesReferenceVectorData named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public TimeSeriesReferenceVectorData(String name) {
        this(name, "TimeSeriesReferenceVectorData", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code TimeSeriesReferenceVectorData}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected TimeSeriesReferenceVectorData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
