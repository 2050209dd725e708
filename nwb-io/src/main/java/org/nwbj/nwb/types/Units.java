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

    /** A new Units named {@code name}. */
    public Units(String name) {
        this(name, "Units", "core", false);
    }

    protected Units(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code spike_times_index}. */
    public VectorIndex spikeTimesIndex() {
        return objectField("spike_times_index", VectorIndex.class);
    }

    /** Sets field {@code spike_times_index}. */
    public Units setSpikeTimesIndex(VectorIndex value) {
        set("spike_times_index", value);
        return this;
    }

    /** Field {@code spike_times}. */
    public VectorData spikeTimesField() {
        return objectField("spike_times", VectorData.class);
    }

    /** Sets field {@code spike_times}. */
    public Units setSpikeTimesField(VectorData value) {
        set("spike_times", value);
        return this;
    }

    /** Field {@code obs_intervals_index}. */
    public VectorIndex obsIntervalsIndex() {
        return objectField("obs_intervals_index", VectorIndex.class);
    }

    /** Sets field {@code obs_intervals_index}. */
    public Units setObsIntervalsIndex(VectorIndex value) {
        set("obs_intervals_index", value);
        return this;
    }

    /** Field {@code obs_intervals}. */
    public VectorData obsIntervals() {
        return objectField("obs_intervals", VectorData.class);
    }

    /** Sets field {@code obs_intervals}. */
    public Units setObsIntervals(VectorData value) {
        set("obs_intervals", value);
        return this;
    }

    /** Field {@code electrodes_index}. */
    public VectorIndex electrodesIndex() {
        return objectField("electrodes_index", VectorIndex.class);
    }

    /** Sets field {@code electrodes_index}. */
    public Units setElectrodesIndex(VectorIndex value) {
        set("electrodes_index", value);
        return this;
    }

    /** Field {@code electrodes}. */
    public DynamicTableRegion electrodes() {
        return objectField("electrodes", DynamicTableRegion.class);
    }

    /** Sets field {@code electrodes}. */
    public Units setElectrodes(DynamicTableRegion value) {
        set("electrodes", value);
        return this;
    }

    /** Field {@code electrode_group}. */
    public VectorData electrodeGroup() {
        return objectField("electrode_group", VectorData.class);
    }

    /** Sets field {@code electrode_group}. */
    public Units setElectrodeGroup(VectorData value) {
        set("electrode_group", value);
        return this;
    }

    /** Field {@code waveform_mean}. */
    public VectorData waveformMean() {
        return objectField("waveform_mean", VectorData.class);
    }

    /** Sets field {@code waveform_mean}. */
    public Units setWaveformMean(VectorData value) {
        set("waveform_mean", value);
        return this;
    }

    /** Field {@code waveform_sd}. */
    public VectorData waveformSd() {
        return objectField("waveform_sd", VectorData.class);
    }

    /** Sets field {@code waveform_sd}. */
    public Units setWaveformSd(VectorData value) {
        set("waveform_sd", value);
        return this;
    }

    /** Field {@code waveforms}. */
    public VectorData waveforms() {
        return objectField("waveforms", VectorData.class);
    }

    /** Sets field {@code waveforms}. */
    public Units setWaveforms(VectorData value) {
        set("waveforms", value);
        return this;
    }

    /** Field {@code waveforms_index}. */
    public VectorIndex waveformsIndex() {
        return objectField("waveforms_index", VectorIndex.class);
    }

    /** Sets field {@code waveforms_index}. */
    public Units setWaveformsIndex(VectorIndex value) {
        set("waveforms_index", value);
        return this;
    }

    /** Field {@code waveforms_index_index}. */
    public VectorIndex waveformsIndexIndex() {
        return objectField("waveforms_index_index", VectorIndex.class);
    }

    /** Sets field {@code waveforms_index_index}. */
    public Units setWaveformsIndexIndex(VectorIndex value) {
        set("waveforms_index_index", value);
        return this;
    }
}
