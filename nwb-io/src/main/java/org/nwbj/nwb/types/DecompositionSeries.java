package org.nwbj.nwb.types;

/**
 * The core type {@code DecompositionSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DecompositionSeries extends TimeSeries {
    /**
     * A new DecompositionSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public DecompositionSeries(String name) {
        this(name, "DecompositionSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code DecompositionSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected DecompositionSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code metric}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String metric() {
        return stringField("metric");
    }

    /**
     * Sets field {@code metric}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DecompositionSeries setMetric(String value) {
        set("metric", value);
        return this;
    }

    /**
     * Field {@code source_channels}: a dataset of type {@code DynamicTableRegion}, optional.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion sourceChannels() {
        return objectField("source_channels", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code source_channels}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DecompositionSeries setSourceChannels(DynamicTableRegion value) {
        set("source_channels", value);
        return this;
    }

    /**
     * Field {@code bands}: a group of type {@code DynamicTable}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTable bands() {
        return objectField("bands", DynamicTable.class);
    }

    /**
     * Sets field {@code bands}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DecompositionSeries setBands(DynamicTable value) {
        set("bands", value);
        return this;
    }

    /**
     * Field {@code source_timeseries}: a link to a {@code TimeSeries}, optional.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeries sourceTimeseries() {
        return objectField("source_timeseries", TimeSeries.class);
    }

    /**
     * Sets field {@code source_timeseries}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public DecompositionSeries setSourceTimeseries(TimeSeries value) {
        set("source_timeseries", value);
        return this;
    }
}
