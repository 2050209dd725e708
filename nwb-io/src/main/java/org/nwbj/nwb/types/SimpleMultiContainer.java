package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code SimpleMultiContainer} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SimpleMultiContainer extends Container {
    /**
     * A new SimpleMultiContainer named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public SimpleMultiContainer(String name) {
        this(name, "SimpleMultiContainer", "hdmf-common", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code SimpleMultiContainer}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected SimpleMultiContainer(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code datas}: the unnamed members of type {@code Data}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, Data> datas() {
        return mapField("datas");
    }

    /**
     * Adds a member to {@code datas}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public SimpleMultiContainer addData(Data member) {
        add("datas", member);
        return this;
    }

    /**
     * Field {@code containers}: the unnamed members of type {@code Container}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, Container> containers() {
        return mapField("containers");
    }

    /**
     * Adds a member to {@code containers}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public SimpleMultiContainer addContainer(Container member) {
        add("containers", member);
        return this;
    }
}
