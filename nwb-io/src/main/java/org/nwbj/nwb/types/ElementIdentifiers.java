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

    /**
     * A new ElementIdentifiers named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ElementIdentifiers(String name) {
        this(name, "ElementIdentifiers", "hdmf-common", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code ElementIdentifiers}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ElementIdentifiers(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
