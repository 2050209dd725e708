package org.nwbj.nwb.types;

/**
 * The core type {@code NWBData} (a {@code Data}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class NWBData extends Data {
    /** A new NWBData named {@code name}. */
    public NWBData(String name) {
        this(name, "NWBData", "core", true);
    }

    protected NWBData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
