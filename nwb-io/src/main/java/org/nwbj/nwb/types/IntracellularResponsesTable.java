package org.nwbj.nwb.types;

/**
 * The core type {@code IntracellularResponsesTable} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class IntracellularResponsesTable extends DynamicTable {
    /**
     * A new IntracellularResponsesTable named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public IntracellularResponsesTable(String name) {
        this(name, "IntracellularResponsesTable", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code IntracellularResponsesTable}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected IntracellularResponsesTable(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code response}: a dataset of type {@code TimeSeriesReferenceVectorData}, required.
     *
     * @return the value, or null when it is not set
     */
    public TimeSeriesReferenceVectorData response() {
        return objectField("response", TimeSeriesReferenceVectorData.class);
    }

    /**
     * Sets field {@code response}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public IntracellularResponsesTable setResponse(TimeSeriesReferenceVectorData value) {
        set("response", value);
        return this;
    }
}
