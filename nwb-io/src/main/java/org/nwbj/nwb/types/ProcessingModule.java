package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code ProcessingModule} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ProcessingModule extends NWBContainer {
    /**
     * A new ProcessingModule named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ProcessingModule(String name) {
        this(name, "ProcessingModule", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code ProcessingModule}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ProcessingModule(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code description}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String description() {
        return stringField("description");
    }

    /**
     * Sets field {@code description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ProcessingModule setDescription(String value) {
        set("description", value);
        return this;
    }

    /**
     * Field {@code data_interfaces}: the unnamed members of type {@code NWBDataInterface} or {@code DynamicTable}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> dataInterfaces() {
        return mapField("data_interfaces");
    }

    /**
     * Adds a member to {@code data_interfaces}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public ProcessingModule addDataInterfaces(TypedObject member) {
        add("data_interfaces", member);
        return this;
    }
}
