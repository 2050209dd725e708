package org.nwbj.nwb.types;

/**
 * The core type {@code Units} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Units extends UnitsSupport {
    /** A new Units named {@code Units}. */
    public Units() {
        this("Units");
    }

    /**
     * A new Units named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Units(String name) {
        this(name, "Units", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Units}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Units(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code spike_times_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex spikeTimesIndex() {
        return objectField("spike_times_index", VectorIndex.class);
    }

    /**
     * Sets field {@code spike_times_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setSpikeTimesIndex(VectorIndex value) {
        set("spike_times_index", value);
        return this;
    }

    /**
     * Field {@code spike_times}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData spikeTimesField() {
        return objectField("spike_times", VectorData.class);
    }

    /**
     * Sets field {@code spike_times}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setSpikeTimesField(VectorData value) {
        set("spike_times", value);
        return this;
    }

    /**
     * Field {@code obs_intervals_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex obsIntervalsIndex() {
        return objectField("obs_intervals_index", VectorIndex.class);
    }

    /**
     * Sets field {@code obs_intervals_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setObsIntervalsIndex(VectorIndex value) {
        set("obs_intervals_index", value);
        return this;
    }

    /**
     * Field {@code obs_intervals}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData obsIntervals() {
        return objectField("obs_intervals", VectorData.class);
    }

    /**
     * Sets field {@code obs_intervals}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setObsIntervals(VectorData value) {
        set("obs_intervals", value);
        return this;
    }

    /**
     * Field {@code electrodes_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex electrodesIndex() {
        return objectField("electrodes_index", VectorIndex.class);
    }

    /**
     * Sets field {@code electrodes_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setElectrodesIndex(VectorIndex value) {
        set("electrodes_index", value);
        return this;
    }

    /**
     * Field {@code electrodes}: a dataset of type {@code DynamicTableRegion}, optional.
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
    public Units setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }

    /**
     * Field {@code electrode_group}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData electrodeGroup() {
        return objectField("electrode_group", VectorData.class);
    }

    /**
     * Sets field {@code electrode_group}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setElectrodeGroup(VectorData value) {
        set("electrode_group", value);
        return this;
    }

    /**
     * Field {@code waveform_mean}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData waveformMean() {
        return objectField("waveform_mean", VectorData.class);
    }

    /**
     * Sets field {@code waveform_mean}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setWaveformMean(VectorData value) {
        set("waveform_mean", value);
        return this;
    }

    /**
     * Field {@code waveform_sd}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData waveformSd() {
        return objectField("waveform_sd", VectorData.class);
    }

    /**
     * Sets field {@code waveform_sd}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setWaveformSd(VectorData value) {
        set("waveform_sd", value);
        return this;
    }

    /**
     * Field {@code waveforms}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData waveforms() {
        return objectField("waveforms", VectorData.class);
    }

    /**
     * Sets field {@code waveforms}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setWaveforms(VectorData value) {
        set("waveforms", value);
        return this;
    }

    /**
     * Field {@code waveforms_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex waveformsIndex() {
        return objectField("waveforms_index", VectorIndex.class);
    }

    /**
     * Sets field {@code waveforms_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setWaveformsIndex(VectorIndex value) {
        set("waveforms_index", value);
        return this;
    }

    /**
     * Field {@code waveforms_index_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex waveformsIndexIndex() {
        return objectField("waveforms_index_index", VectorIndex.class);
    }

    /**
     * Sets field {@code waveforms_index_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Units setWaveformsIndexIndex(VectorIndex value) {
        set("waveforms_index_index", value);
        return this;
    }
}
