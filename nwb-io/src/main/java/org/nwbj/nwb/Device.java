package org.nwbj.nwb;

import java.util.Objects;
import java.util.UUID;

/** NWB's {@code Device}: an instrument used to record the data, stored under {@code /general/devices}. */
public final class Device {
    private final String name;
    private String objectId = UUID.randomUUID().toString();
    private String description;
    private String manufacturer;

    /**
     * A device named {@code name}.
     *
     * @param name the device's name
     */
    public Device(String name) {
        this.name = Names.check(name, "Device");
    }

    /** {@return the device's name} */
    public String name() {
        return name;
    }

    /** {@return the UUID4 identifying this container in its file} */
    public String objectId() {
        return objectId;
    }

    /** {@return free text, or null when not given} */
    public String description() {
        return description;
    }

    /** {@return the maker, or null when not given} */
    public String manufacturer() {
        return manufacturer;
    }

    /**
     * Sets the free-text description.
     *
     * @param description the description
     * @return this device
     */
    public Device setDescription(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    /**
     * Sets the manufacturer.
     *
     * @param manufacturer the manufacturer's name
     * @return this device
     */
    public Device setManufacturer(String manufacturer) {
        this.manufacturer = Objects.requireNonNull(manufacturer, "manufacturer");
        return this;
    }

    /** Keeps the id a file gave this container when it is read. */
    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
