package org.nwbj.nwb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * NWB's {@code ProcessingModule}: processed data of one kind (e.g. "behavior", "ecephys") under
 * {@code /processing/NAME}, holding data interfaces: {@link TimeSeries}, {@link DynamicTable}s and
 * {@link DataInterfaceGroup}s (Position, BehavioralEvents, Fluorescence, ...).
 */
public final class ProcessingModule {
    private final String name;
    private final String description;
    private String objectId = UUID.randomUUID().toString();
    private final Map<String, Object> dataInterfaces = new LinkedHashMap<>();

    /**
     * A processing module.
     *
     * @param name the module's name
     * @param description what the module holds
     */
    public ProcessingModule(String name, String description) {
        this.name = Names.check(name, "ProcessingModule");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** {@return the module's name} */
    public String name() {
        return name;
    }

    /** {@return what the module holds} */
    public String description() {
        return description;
    }

    /** {@return the object id written for the module} */
    public String objectId() {
        return objectId;
    }

    /** {@return the data interfaces (TimeSeries, DynamicTable or DataInterfaceGroup) by name, in the order added} */
    public Map<String, Object> dataInterfaces() {
        return Collections.unmodifiableMap(dataInterfaces);
    }

    /**
     * Adds a series.
     *
     * @param series the series
     * @return this module
     */
    public ProcessingModule add(TimeSeries series) {
        return put(series.name(), series);
    }

    /**
     * Adds a table.
     *
     * @param table the table
     * @return this module
     */
    public ProcessingModule add(DynamicTable table) {
        return put(table.name(), table);
    }

    /**
     * Adds a data interface group (such as Position).
     *
     * @param group the group
     * @return this module
     */
    public ProcessingModule add(DataInterfaceGroup group) {
        return put(group.name(), group);
    }

    private ProcessingModule put(String key, Object o) {
        if (dataInterfaces.containsKey(key)) {
            throw new IllegalArgumentException(name + " already has " + key);
        }
        dataInterfaces.put(key, o);
        return this;
    }

    /** Keeps the id a file gave this container when it is read. */
    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
