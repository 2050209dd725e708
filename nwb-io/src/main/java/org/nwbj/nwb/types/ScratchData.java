package org.nwbj.nwb.types;

/**
 * The core type {@code ScratchData} (a {@code NWBData}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class ScratchData extends NWBData {
    /** A new ScratchData named {@code name}. */
    public ScratchData(String name) {
        this(name, "ScratchData", "core", true);
    }

    protected ScratchData(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code notes}. */
    public String notesField() {
        return stringField("notes");
    }

    /** Sets field {@code notes}. */
    public ScratchData setNotesField(String value) {
        set("notes", value);
        return this;
    }
}
