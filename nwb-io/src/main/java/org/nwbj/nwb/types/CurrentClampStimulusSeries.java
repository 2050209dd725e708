package org.nwbj.nwb.types;

/**
 * The core type {@code CurrentClampStimulusSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CurrentClampStimulusSeries extends PatchClampSeries {
    /** A new CurrentClampStimulusSeries named {@code name}. */
    public CurrentClampStimulusSeries(String name) {
        this(name, "CurrentClampStimulusSeries", "core", false);
    }

    protected CurrentClampStimulusSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
