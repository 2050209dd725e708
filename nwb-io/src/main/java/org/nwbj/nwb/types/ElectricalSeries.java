package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ElectricalSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ElectricalSeries extends TimeSeries {
    /**
     * A new ElectricalSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ElectricalSeries(String name) {
        this(name, "ElectricalSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ElectricalSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ElectricalSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code filtering}: an attribute (text), optional.
     *
     * @return the value, or null when it is not set
     */
    public String filtering() {
        return stringField("filtering");
    }

    /**
     * Sets field {@code filtering}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectricalSeries setFiltering(String value) {
        set("filtering", value);
        return this;
    }

    /**
     * Field {@code electrodes}: a dataset of type {@code DynamicTableRegion}, required.
     *
     * @return the value, or null when it is not set
     */
    public DynamicTableRegion electrodes() {
        return objectField("electrodes", DynamicTableRegion.class);
    }

    /**
     * Sets field {@code electrodes}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectricalSeries setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }

    /**
     * Field {@code channel_conversion}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData channelConversion() {
        return arrayField("channel_conversion");
    }

    /**
     * Sets field {@code channel_conversion}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectricalSeries setChannelConversion(ArrayData value) {
        set("channel_conversion", value);
        return this;
    }

    /**
     * Field {@code axis}: attribute {@code axis} of dataset {@code channel_conversion} (int32), required.
     *
     * @return the value, or null when it is not set
     */
    public Long axis() {
        return longField("axis");
    }

    /**
     * Sets field {@code axis}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ElectricalSeries setAxis(Long value) {
        set("axis", value);
        return this;
    }
}
