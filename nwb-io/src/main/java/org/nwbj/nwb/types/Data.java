package org.nwbj.nwb.types;

/**
 * The hdmf-common type {@code Data}, as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class Data extends TypedObject {
    /** A new Data named {@code name}. */
    public Data(String name) {
        this(name, "Data", "hdmf-common", true);
    }

    protected Data(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code data}. */
    public Object data() {
        return get("data");
    }

    /** Sets field {@code data}. */
    public Data setData(Object value) {
        set("data", value);
        return this;
    }
}
