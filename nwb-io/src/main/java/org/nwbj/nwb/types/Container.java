package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code Container}, as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Container extends TypedObject {
    /**
     * A new Container named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Container(String name) {
        this(name, "Container", "hdmf-common", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code Container}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Container(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
