package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code Container}, as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Container extends TypedObject {
    /** A new Container named {@code name}. */
    public Container(String name) {
        this(name, "Container", "hdmf-common", false);
    }

    protected Container(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
