package org.nwbj.nwb.types;

/**
 * The core type {@code NWBContainer} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class NWBContainer extends Container {
    /** A new NWBContainer named {@code name}. */
    public NWBContainer(String name) {
        this(name, "NWBContainer", "core", false);
    }

    protected NWBContainer(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
