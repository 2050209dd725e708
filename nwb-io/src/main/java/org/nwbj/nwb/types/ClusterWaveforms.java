package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code ClusterWaveforms} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ClusterWaveforms extends NWBDataInterface {
    /** A new ClusterWaveforms named {@code ClusterWaveforms}. */
    public ClusterWaveforms() {
        this("ClusterWaveforms");
    }

    /** A new ClusterWaveforms named {@code name}. */
    public ClusterWaveforms(String name) {
        this(name, "ClusterWaveforms", "core", false);
    }

    protected ClusterWaveforms(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code waveform_filtering}. */
    public String waveformFiltering() {
        return stringField("waveform_filtering");
    }

    /** Sets field {@code waveform_filtering}. */
    public ClusterWaveforms setWaveformFiltering(String value) {
        set("waveform_filtering", value);
        return this;
    }

    /** Field {@code waveform_mean}. */
    public ArrayData waveformMean() {
        return arrayField("waveform_mean");
    }

    /** Sets field {@code waveform_mean}. */
    public ClusterWaveforms setWaveformMean(ArrayData value) {
        set("waveform_mean", value);
        return this;
    }

    /** Field {@code waveform_sd}. */
    public ArrayData waveformSd() {
        return arrayField("waveform_sd");
    }

    /** Sets field {@code waveform_sd}. */
    public ClusterWaveforms setWaveformSd(ArrayData value) {
        set("waveform_sd", value);
        return this;
    }

    /** Field {@code clustering_interface}. */
    public Clustering clusteringInterface() {
        return objectField("clustering_interface", Clustering.class);
    }

    /** Sets field {@code clustering_interface}. */
    public ClusterWaveforms setClusteringInterface(Clustering value) {
        set("clustering_interface", value);
        return this;
    }
}
