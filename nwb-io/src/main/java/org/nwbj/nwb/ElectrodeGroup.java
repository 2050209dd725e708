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

    public ElectrodeGroup(String name, String description, String location, Device device) {
        this.name = Names.check(name, "ElectrodeGroup");
        this.description = Objects.requireNonNull(description, "description");
        this.location = Objects.requireNonNull(location, "location");
        this.device = Objects.requireNonNull(device, "device");
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Where in the brain the electrodes are. */
    public String location() {
        return location;
    }

    public Device device() {
        return device;
    }

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
