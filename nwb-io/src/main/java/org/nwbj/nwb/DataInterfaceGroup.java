package org.nwbj.nwb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.SpecCatalog;

/**
 * A core data interface that only groups series of one kind under its type: Position and CompassDirection (of
 * SpatialSeries), BehavioralEvents, BehavioralTimeSeries, PupilTracking, EyeTracking, Fluorescence, DfOverF, ...
 * (pynwb's MultiContainerInterface). It goes into a {@link ProcessingModule}; the series it may hold are checked
 * against NWB core when added.
 *
 * <pre>{@code
 * module.add(new DataInterfaceGroup("Position", "Position").add(new SpatialSeries("position", xy, "meters")));
 * }</pre>
 */
public final class DataInterfaceGroup {
    private final String type;
    private final String name;
    private String objectId = UUID.randomUUID().toString();
    private final List<String> allowed = new ArrayList<>();
    private final Map<String, TimeSeries> series = new LinkedHashMap<>();

    /**
     * A group of core type {@code type} (a data interface whose members are series) named {@code name}.
     *
     * @param type the core type's name
     * @param name the group's name
     */
    public DataInterfaceGroup(String type, String name) {
        this.name = Names.check(name, type);
        SpecCatalog core = CoreSchemas.catalog();
        if (!core.hasType("core", type) || !core.isA("core", type, "NWBDataInterface")
                || !(core.resolve("core", type) instanceof GroupSpec spec)) {
            throw new IllegalArgumentException(type + " is not a data interface of NWB core");
        }
        for (GroupSpec g : spec.groups()) {
            if (g.typeInc() != null && core.isA("core", g.typeInc(), "TimeSeries")) {
                allowed.add(g.typeInc());
            }
        }
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException(type + " does not hold series: use its own class");
        }
        this.type = type;
    }

    /** {@return the group's core type} */
    public String neurodataType() {
        return type;
    }

    /** {@return the group's name} */
    public String name() {
        return name;
    }

    /** {@return the object id written for the group} */
    public String objectId() {
        return objectId;
    }

    /** {@return the series held, by name, in the order added} */
    public Map<String, TimeSeries> series() {
        return Collections.unmodifiableMap(series);
    }

    /**
     * Adds a series of a type the group's spec allows (e.g. a SpatialSeries in Position).
     *
     * @param ts the series
     * @return this group
     */
    public DataInterfaceGroup add(TimeSeries ts) {
        SpecCatalog core = CoreSchemas.catalog();
        String t = ts.writtenType();
        boolean fits = false;
        for (String a : allowed) {
            fits |= core.isA("core", t, a);
        }
        if (!fits) {
            throw new IllegalArgumentException(type + " holds " + allowed + ", not " + t);
        }
        if (series.containsKey(ts.name())) {
            throw new IllegalArgumentException(name + " already has " + ts.name());
        }
        series.put(ts.name(), ts);
        return this;
    }

    void readId(String id) {
        if (id != null) {
            this.objectId = id;
        }
    }
}
