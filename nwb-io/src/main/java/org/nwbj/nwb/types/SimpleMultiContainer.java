package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The hdmf-common type {@code SimpleMultiContainer} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class SimpleMultiContainer extends Container {
    /** A new SimpleMultiContainer named {@code name}. */
    public SimpleMultiContainer(String name) {
        this(name, "SimpleMultiContainer", "hdmf-common", false);
    }

    protected SimpleMultiContainer(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code datas}. */
    public Map<String, Data> datas() {
        return mapField("datas");
    }

    /** Adds a member to {@code datas}. */
    public SimpleMultiContainer addData(Data member) {
        add("datas", member);
        return this;
    }

    /** Field {@code containers}. */
    public Map<String, Container> containers() {
        return mapField("containers");
    }

    /** Adds a member to {@code containers}. */
    public SimpleMultiContainer addContainer(Container member) {
        add("containers", member);
        return this;
    }
}
