package org.nwbj.nwb.types;

/**
 * The core type {@code IZeroClampSeries} (a {@code CurrentClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IZeroClampSeries extends CurrentClampSeries {
    /** A new IZeroClampSeries named {@code name}. */
    public IZeroClampSeries(String name) {
        this(name, "IZeroClampSeries", "core", false);
    }

    protected IZeroClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
