package org.nwbj.nwb.types;

/**
 * The hdmf-experimental type {@code HERD} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class HERD extends Container {
    /**
     * A new HERD named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public HERD(String name) {
        this(name, "HERD", "hdmf-experimental", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code HERD}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected HERD(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code keys}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data keys() {
        return objectField("keys", Data.class);
    }

    /**
     * Sets field {@code keys}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setKeys(Data value) {
        set("keys", value);
        return this;
    }

    /**
     * Field {@code files}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data files() {
        return objectField("files", Data.class);
    }

    /**
     * Sets field {@code files}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setFiles(Data value) {
        set("files", value);
        return this;
    }

    /**
     * Field {@code entities}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data entities() {
        return objectField("entities", Data.class);
    }

    /**
     * Sets field {@code entities}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setEntities(Data value) {
        set("entities", value);
        return this;
    }

    /**
     * Field {@code objects}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data objects() {
        return objectField("objects", Data.class);
    }

    /**
     * Sets field {@code objects}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setObjects(Data value) {
        set("objects", value);
        return this;
    }

    /**
     * Field {@code object_keys}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data objectKeys() {
        return objectField("object_keys", Data.class);
    }

    /**
     * Sets field {@code object_keys}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setObjectKeys(Data value) {
        set("object_keys", value);
        return this;
    }

    /**
     * Field {@code entity_keys}: a dataset of type {@code Data}, required.
     *
     * @return the value, or null when it is not set
     */
    public Data entityKeys() {
        return objectField("entity_keys", Data.class);
    }

    /**
     * Sets field {@code entity_keys}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public HERD setEntityKeys(Data value) {
        set("entity_keys", value);
        return this;
    }
}
