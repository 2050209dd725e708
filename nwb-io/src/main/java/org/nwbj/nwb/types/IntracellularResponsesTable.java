package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularResponsesTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularResponsesTable extends DynamicTable {
    /** A new IntracellularResponsesTable named {@code name}. */
    public IntracellularResponsesTable(String name) {
        this(name, "IntracellularResponsesTable", "core", false);
    }

    protected IntracellularResponsesTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code response}. */
    public TimeSeriesReferenceVectorData response() {
        return objectField("response", TimeSeriesReferenceVectorData.class);
    }

    /** Sets field {@code response}. */
    public IntracellularResponsesTable setResponse(TimeSeriesReferenceVectorData value) {
        set("response", value);
        return this;
    }
}
