package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code Data}, as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Data extends TypedObject {
    /**
     * A new Data named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public Data(String name) {
        this(name, "Data", "hdmf-common", true);
    }

    /**
     * For subclasses: an object of a type that extends {@code Data}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected Data(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code data}: the values of this dataset.
     *
     * @return the value, or null when it is not set
     */
    public Object data() {
        return get("data");
    }

    /**
     * Sets field {@code data}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public Data setData(Object value) {
        set("data", value);
        return this;
    }
}
