package org.nwbj.nwb;

import java.util.Objects;
import java.util.UUID;

/**
 * NWB's {@code ElectrodeGroup}: electrodes recorded together on one {@link Device} (a shank, a tetrode), stored
 * under {@code /general/extracellular_ephys}. The electrodes table names each electrode's group.
 */
public final class ElectrodeGroup {
    private final String name;
    private final String description;
    private final String location;
    private final Device device;
    private String objectId = UUID.randomUUID().toString();

    /**
     * An electrode group.
     *
     * @param name the group's name
     * @param description what the group is
     * @param location where in the brain the electrodes are
     * @param device the device the electrodes belong to
     */
    public ElectrodeGroup(String name, String description, String location, Device device) {
        this.name = Names.check(name, "ElectrodeGroup");
        this.description = Objects.requireNonNull(description, "description");
        this.location = Objects.requireNonNull(location, "location");
        this.device = Objects.requireNonNull(device, "device");
    }

    /** {@return the group's name} */
    public String name() {
        return name;
    }

    /** {@return what the group is} */
    public String description() {
        return description;
    }

    /**
     * Where in the brain the electrodes are.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    /** {@return the device the electrodes belong to} */
    public Device device() {
        return device;
    }

    /** {@return the object id written for the group} */
    public String objectId() {
        return objectId;
    }

    /** Keeps the id a file gave this container when it is read. */
    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
