package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code ElementIdentifiers} (a {@code Data}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ElementIdentifiers extends Data {
    /** A new ElementIdentifiers named {@code element_id}. */
    public ElementIdentifiers() {
        this("element_id");
    }

    /** A new ElementIdentifiers named {@code name}. */
    public ElementIdentifiers(String name) {
        this(name, "ElementIdentifiers", "hdmf-common", true);
    }

    protected ElementIdentifiers(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
