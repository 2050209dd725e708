package org.nwbj.nwb.types;

/**
 * The core type {@code SweepTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SweepTable extends DynamicTable {
    /**
     * A new SweepTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public SweepTable(String name) {
        this(name, "SweepTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code SweepTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected SweepTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code sweep_number}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData sweepNumber() {
        return objectField("sweep_number", VectorData.class);
    }

    /**
     * Sets field {@code sweep_number}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SweepTable setSweepNumber(VectorData value) {
        set("sweep_number", value);
        return this;
    }

    /**
     * Field {@code series}: a dataset of type {@code VectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorData series() {
        return objectField("series", VectorData.class);
    }

    /**
     * Sets field {@code series}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SweepTable setSeries(VectorData value) {
        set("series", value);
        return this;
    }

    /**
     * Field {@code series_index}: a dataset of type {@code VectorIndex}, required.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex seriesIndex() {
        return objectField("series_index", VectorIndex.class);
    }

    /**
     * Sets field {@code series_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public SweepTable setSeriesIndex(VectorIndex value) {
        set("series_index", value);
        return this;
    }
}
