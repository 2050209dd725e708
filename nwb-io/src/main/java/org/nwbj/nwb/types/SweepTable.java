package org.nwbj.nwb.types;

/**
 * The core type {@code SweepTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SweepTable extends DynamicTable {
    /** A new SweepTable named {@code name}. */
    public SweepTable(String name) {
        this(name, "SweepTable", "core", false);
    }

    protected SweepTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code sweep_number}. */
    public VectorData sweepNumber() {
        return objectField("sweep_number", VectorData.class);
    }

    /** Sets field {@code sweep_number}. */
    public SweepTable setSweepNumber(VectorData value) {
        set("sweep_number", value);
        return this;
    }

    /** Field {@code series}. */
    public VectorData series() {
        return objectField("series", VectorData.class);
    }

    /** Sets field {@code series}. */
    public SweepTable setSeries(VectorData value) {
        set("series", value);
        return this;
    }

    /** Field {@code series_index}. */
    public VectorIndex seriesIndex() {
        return objectField("series_index", VectorIndex.class);
    }

    /** Sets field {@code series_index}. */
    public SweepTable setSeriesIndex(VectorIndex value) {
        set("series_index", value);
        return this;
    }
}
