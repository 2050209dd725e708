package org.nwbj.nwb.types;

/**
 * The hdmf-experimental type {@code HERD} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class HERD extends Container {
    /** A new HERD named {@code name}. */
    public HERD(String name) {
        this(name, "HERD", "hdmf-experimental", false);
    }

    protected HERD(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code keys}. */
    public Data keys() {
        return objectField("keys", Data.class);
    }

    /** Sets field {@code keys}. */
    public HERD setKeys(Data value) {
        set("keys", value);
        return this;
    }

    /** Field {@code files}. */
    public Data files() {
        return objectField("files", Data.class);
    }

    /** Sets field {@code files}. */
    public HERD setFiles(Data value) {
        set("files", value);
        return this;
    }

    /** Field {@code entities}. */
    public Data entities() {
        return objectField("entities", Data.class);
    }

    /** Sets field {@code entities}. */
    public HERD setEntities(Data value) {
        set("entities", value);
        return this;
    }

    /** Field {@code objects}. */
    public Data objects() {
        return objectField("objects", Data.class);
    }

    /** Sets field {@code objects}. */
    public HERD setObjects(Data value) {
        set("objects", value);
        return this;
    }

    /** Field {@code object_keys}. */
    public Data objectKeys() {
        return objectField("object_keys", Data.class);
    }

    /** Sets field {@code object_keys}. */
    public HERD setObjectKeys(Data value) {
        set("object_keys", value);
        return this;
    }

    /** Field {@code entity_keys}. */
    public Data entityKeys() {
        return objectField("entity_keys", Data.class);
    }

    /** Sets field {@code entity_keys}. */
    public HERD setEntityKeys(Data value) {
        set("entity_keys", value);
        return this;
    }
}
