package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code ProcessingModule} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ProcessingModule extends NWBContainer {
    /** A new ProcessingModule named {@code name}. */
    public ProcessingModule(String name) {
        this(name, "ProcessingModule", "core", false);
    }

    protected ProcessingModule(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code description}. */
    public String description() {
        return stringField("description");
    }

    /** Sets field {@code description}. */
    public ProcessingModule setDescription(String value) {
        set("description", value);
        return this;
    }

    /** Field {@code data_interfaces}. */
    public Map<String, TypedObject> dataInterfaces() {
        return mapField("data_interfaces");
    }

    /** Adds a member to {@code data_interfaces}. */
    public ProcessingModule addDataInterfaces(TypedObject member) {
        add("data_interfaces", member);
        return this;
    }
}
