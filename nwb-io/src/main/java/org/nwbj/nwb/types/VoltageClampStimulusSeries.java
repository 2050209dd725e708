package org.nwbj.nwb.types;

/**
 * The core type {@code VoltageClampStimulusSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VoltageClampStimulusSeries extends PatchClampSeries {
    /** A new VoltageClampStimulusSeries named {@code name}. */
    public VoltageClampStimulusSeries(String name) {
        this(name, "VoltageClampStimulusSeries", "core", false);
    }

    protected VoltageClampStimulusSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
