package org.nwbj.nwb.types;

/**
 * The core type {@code ScratchData} (a {@code NWBData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ScratchData extends NWBData {
    /**
     * A new ScratchData named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public ScratchData(String name) {
        this(name, "ScratchData", "core", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code ScratchData}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected ScratchData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code notes}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String notesField() {
        return stringField("notes");
    }

    /**
     * Sets field {@code notes}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public ScratchData setNotesField(String value) {
        set("notes", value);
        return this;
    }
}
