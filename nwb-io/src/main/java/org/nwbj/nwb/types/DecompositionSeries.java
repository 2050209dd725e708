package org.nwbj.nwb.types;

/**
 * The core type {@code DecompositionSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class DecompositionSeries extends TimeSeries {
    /** A new DecompositionSeries named {@code name}. */
    public DecompositionSeries(String name) {
        this(name, "DecompositionSeries", "core", false);
    }

    protected DecompositionSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code metric}. */
    public String metric() {
        return stringField("metric");
    }

    /** Sets field {@code metric}. */
    public DecompositionSeries setMetric(String value) {
        set("metric", value);
        return this;
    }

    /** Field {@code source_channels}. */
    public DynamicTableRegion sourceChannels() {
        return objectField("source_channels", DynamicTableRegion.class);
    }

    /** Sets field {@code source_channels}. */
    public DecompositionSeries setSourceChannels(DynamicTableRegion value) {
        set("source_channels", value);
        return this;
    }

    /** Field {@code bands}. */
    public DynamicTable bands() {
        return objectField("bands", DynamicTable.class);
    }

    /** Sets field {@code bands}. */
    public DecompositionSeries setBands(DynamicTable value) {
        set("bands", value);
        return this;
    }

    /** Field {@code source_timeseries}. */
    public TimeSeries sourceTimeseries() {
        return objectField("source_timeseries", TimeSeries.class);
    }

    /** Sets field {@code source_timeseries}. */
    public DecompositionSeries setSourceTimeseries(TimeSeries value) {
        set("source_timeseries", value);
        return this;
    }
}
