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

    /**
     * A new ClusterWaveforms named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ClusterWaveforms(String name) {
        this(name, "ClusterWaveforms", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ClusterWaveforms}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ClusterWaveforms(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code waveform_filtering}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String waveformFiltering() {
        return stringField("waveform_filtering");
    }

    /**
     * Sets field {@code waveform_filtering}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ClusterWaveforms setWaveformFiltering(String value) {
        set("waveform_filtering", value);
        return this;
    }

    /**
     * Field {@code waveform_mean}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData waveformMean() {
        return arrayField("waveform_mean");
    }

    /**
     * Sets field {@code waveform_mean}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ClusterWaveforms setWaveformMean(ArrayData value) {
        set("waveform_mean", value);
        return this;
    }

    /**
     * Field {@code waveform_sd}: a dataset (float32), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData waveformSd() {
        return arrayField("waveform_sd");
    }

    /**
     * Sets field {@code waveform_sd}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ClusterWaveforms setWaveformSd(ArrayData value) {
        set("waveform_sd", value);
        return this;
    }

    /**
     * Field {@code clustering_interface}: a link to a {@code Clustering}, required.
     *
     * @return the value, or null when it is not set
     */
    public Clustering clusteringInterface() {
        return objectField("clustering_interface", Clustering.class);
    }

    /**
     * Sets field {@code clustering_interface}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ClusterWaveforms setClusteringInterface(Clustering value) {
        set("clustering_interface", value);
        return this;
    }
}
