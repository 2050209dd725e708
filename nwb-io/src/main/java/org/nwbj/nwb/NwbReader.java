package org.nwbj.nwb;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.nwb.internal.IsoTimes;
import org.nwbj.nwb.io.CachedSpecs;
import org.nwbj.nwb.schema.SpecCatalog;

/** Builds containers from an NWB file, leaving array data in the file until asked for. */
final class NwbReader {
    private NwbReader() {
    }

    static NWBFile read(Path path) {
        return read(path, OpenOptions.defaults());
    }

    static NWBFile read(Path path, OpenOptions options) {
        Hdf5File h = Hdf5File.open(path, options);
        try {
            Group root = h.root();
            String type = optionalString(root, "neurodata_type", null);
            if (!"NWBFile".equals(type)) {
                throw new NwbException(path + " is not an NWB file: its root has neurodata_type " + type);
            }
            NWBFile f = new NWBFile(stringValue(root, "identifier"), stringValue(root, "session_description"),
                    time(root, "session_start_time", stringValue(root, "session_start_time")));
            if (root.link("timestamps_reference_time") != null) {
                f.setTimestampsReferenceTime(time(root, "timestamps_reference_time",
                        stringValue(root, "timestamps_reference_time")));
            }
            List<OffsetDateTime> dates = new ArrayList<>();
            for (Object o : dataset(root, "file_create_date").readValues()) {
                dates.add(time(root, "file_create_date", String.valueOf(o)));
            }
            f.setFileCreateDate(dates);
            if (root.link("acquisition") != null) {
                Group acq = (Group) root.get("acquisition");
                // the file's own specs: extension types derived from TimeSeries are read as their TimeSeries part
                SpecCatalog catalog = CachedSpecs.catalog(h);
                for (Link l : acq.links()) {
                    Node n = acq.get(l.name());
                    if (n instanceof Group g && isTimeSeries(catalog, g)) {
                        Location place = child(h, acq, new Location(path, acq.path()), l.name());
                        f.addAcquisition(readTimeSeries(h, l.name(), g, place));
                    }
                }
            }
            f.readFrom(h, optionalString(root, "object_id", null));
            TypedReader.read(h, path, f);
            return f;
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
    }

    /** Types derived from TimeSeries, core or extension, are read as their TimeSeries part. */
    private static boolean isTimeSeries(SpecCatalog catalog, Group g) {
        String ns = optionalString(g, "namespace", null);
        String type = optionalString(g, "neurodata_type", null);
        return ns != null && type != null && catalog.hasType(ns, type) && catalog.isA(ns, type, "TimeSeries");
    }

    /** The location of a group's member {@code name}: through an external link, or inside the group. */
    private static Location child(Hdf5File h, Group g, Location place, String name) {
        Link l = g.link(name);
        if (l instanceof Link.External e) {
            return new Location(h.findExternal(e.file()), e.target());
        }
        return place.child(name);
    }

    private static ArrayData.Stored stored(Hdf5File h, Group g, Location place, String name) {
        Location p = child(h, g, place, name);
        return new ArrayData.Stored(p.file(), p.path(), dataset(g, name));
    }

    static TimeSeries readTimeSeries(Hdf5File h, String name, Group g, Location place) {
        ArrayData.Stored stored = stored(h, g, place, "data");
        Dataset data = stored.dataset();
        TimeSeries ts = new TimeSeries(name, stored, optionalString(data, "unit", "unknown"))
                .setConversion(optionalDouble(data, "conversion", 1.0))
                .setResolution(optionalDouble(data, "resolution", -1.0))
                .setOffset(optionalDouble(data, "offset", 0.0))
                .setContinuity(optionalString(data, "continuity", null))
                .setDescription(optionalString(g, "description", "no description"))
                .setComments(optionalString(g, "comments", "no comments"));
        if (g.link("timestamps") != null) {
            ts.setTimestamps(stored(h, g, place, "timestamps"));
        } else if (g.link("starting_time") != null) {
            Dataset st = dataset(g, "starting_time");
            ts.setRate(st.readDoubles()[0], optionalDouble(st, "rate", Double.NaN));
        }
        return ts.readFrom(place, optionalString(g, "neurodata_type", "TimeSeries"),
                optionalString(g, "object_id", null));
    }

    private static Dataset dataset(Group g, String name) {
        Node n = g.get(name);
        if (!(n instanceof Dataset d)) {
            throw new NwbException(g.path() + "/" + name + " is not a dataset");
        }
        return d;
    }

    private static OffsetDateTime time(Group g, String name, String text) {
        try {
            return IsoTimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new NwbException(g.path() + "/" + name + " is not an ISO 8601 date-time: " + text, e);
        }
    }

    private static String stringValue(Group g, String name) {
        Object[] v = dataset(g, name).readValues();
        if (v.length != 1 || !(v[0] instanceof String s)) {
            throw new NwbException(g.path() + "/" + name + " is not one string");
        }
        return s;
    }

    private static String optionalString(Node n, String attribute, String absent) {
        if (!n.hasAttribute(attribute)) {
            return absent;
        }
        Object[] v = n.attribute(attribute).readValues();
        return v.length == 1 && v[0] instanceof String s ? s : absent;
    }

    private static double optionalDouble(Node n, String attribute, double absent) {
        if (!n.hasAttribute(attribute)) {
            return absent;
        }
        Attribute a = n.attribute(attribute);
        Object[] v = a.readValues();
        return v.length == 1 && v[0] instanceof Number x ? x.doubleValue() : absent;
    }
}
