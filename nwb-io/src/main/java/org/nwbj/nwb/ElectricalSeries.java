package org.nwbj.nwb;

import java.util.Objects;

/**
 * NWB's {@code ElectricalSeries}: voltages (samples x channels, in volts) recorded from the electrodes given as rows
 * of the file's electrodes table ({@link NWBFile#setElectrodes}), stored as a {@code DynamicTableRegion}.
 */
public final class ElectricalSeries extends TimeSeries {
    private final DynamicTable electrodes;
    private final long[] electrodeRows;
    private final String electrodeObjectId = java.util.UUID.randomUUID().toString();
    private String filtering;

    /**
     * {@code data} has one column per row in {@code electrodeRows} of {@code electrodes}.
     *
     * @param name the series' name
     * @param data the voltages, one column per electrode
     * @param electrodes the electrodes table
     * @param electrodeRows the rows of {@code electrodes} the columns of {@code data} belong to
     */
    public ElectricalSeries(String name, ArrayData data, DynamicTable electrodes, long[] electrodeRows) {
        super(name, data, "volts");
        this.electrodes = Objects.requireNonNull(electrodes, "electrodes");
        DynamicTable.checkRows(electrodeRows, electrodes);
        long[] dims = data.dims();
        if (dims.length >= 2 && dims[1] != electrodeRows.length) {
            throw new IllegalArgumentException("data has " + dims[1] + " channels for " + electrodeRows.length
                    + " electrodes");
        }
        this.electrodeRows = electrodeRows.clone();
        setType("ElectricalSeries");
    }

    /** {@return the electrodes table the rows refer to} */
    public DynamicTable electrodes() {
        return electrodes;
    }

    /** {@return the rows of the electrodes table, one per channel} */
    public long[] electrodeRows() {
        return electrodeRows.clone();
    }

    /** {@return the filtering applied, or null when not stated} */
    public String filtering() {
        return filtering;
    }

    /**
     * Sets the description of the filtering applied.
     *
     * @param filtering the filtering, in free text
     * @return this series
     */
    public ElectricalSeries setFiltering(String filtering) {
        this.filtering = Objects.requireNonNull(filtering, "filtering");
        return this;
    }

    @Override
    String writtenType() {
        return "ElectricalSeries";
    }

    /** The object id the written {@code electrodes} region gets. */
    String electrodeObjectId() {
        return electrodeObjectId;
    }
}
