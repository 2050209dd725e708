package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ElectricalSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ElectricalSeries extends TimeSeries {
    /** A new ElectricalSeries named {@code name}. */
    public ElectricalSeries(String name) {
        this(name, "ElectricalSeries", "core", false);
    }

    protected ElectricalSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code filtering}. */
    public String filtering() {
        return stringField("filtering");
    }

    /** Sets field {@code filtering}. */
    public ElectricalSeries setFiltering(String value) {
        set("filtering", value);
        return this;
    }

    /** Field {@code electrodes}. */
    public DynamicTableRegion electrodes() {
        return objectField("electrodes", DynamicTableRegion.class);
    }

    /** Sets field {@code electrodes}. */
    public ElectricalSeries setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }

    /** Field {@code channel_conversion}. */
    public ArrayData channelConversion() {
        return arrayField("channel_conversion");
    }

    /** Sets field {@code channel_conversion}. */
    public ElectricalSeries setChannelConversion(ArrayData value) {
        set("channel_conversion", value);
        return this;
    }

    /** Field {@code axis}. */
    public Long axis() {
        return longField("axis");
    }

    /** Sets field {@code axis}. */
    public ElectricalSeries setAxis(Long value) {
        set("axis", value);
        return this;
    }
}
