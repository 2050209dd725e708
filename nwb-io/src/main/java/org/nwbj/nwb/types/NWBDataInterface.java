package org.nwbj.nwb.types;

/**
 * The core type {@code NWBDataInterface} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class NWBDataInterface extends NWBContainer {
    /** A new NWBDataInterface named {@code name}. */
    public NWBDataInterface(String name) {
        this(name, "NWBDataInterface", "core", false);
    }

    protected NWBDataInterface(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
