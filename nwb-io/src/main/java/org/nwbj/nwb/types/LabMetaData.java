package org.nwbj.nwb.types;

/**
 * The core type {@code LabMetaData} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class LabMetaData extends NWBContainer {
    /** A new LabMetaData named {@code name}. */
    public LabMetaData(String name) {
        this(name, "LabMetaData", "core", false);
    }

    protected LabMetaData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
