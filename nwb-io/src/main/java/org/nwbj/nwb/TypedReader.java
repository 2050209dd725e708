package org.nwbj.nwb;

import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;
import org.nwbj.nwb.internal.IsoTimes;

/**
 * Reads the typed containers beyond acquisition into an {@link NWBFile}, and series subtypes as their classes.
 * Lenient on purpose: whatever does not fit a typed class (a table column of an unusual type, a container reached
 * through a link, a region into a table not read) is left out of the typed view and stays available, like
 * everything else, through {@link NWBFile#contents()}.
 */
final class TypedReader {
    private final Hdf5File h;
    private final Path path;
    /** Typed containers read so far by object header address, for references and regions to resolve to. */
    private final Map<Long, Object> byAddress = new HashMap<>();

    private TypedReader(Hdf5File h, Path path) {
        this.h = h;
        this.path = path;
    }

    static void read(Hdf5File h, Path path, NWBFile f) {
        new TypedReader(h, path).readAll(f);
    }

    private void readAll(NWBFile f) {
        NwbContainer root = new NwbContainer("/", "/", null, h.root(), new NwbSource(h), false);
        NwbContainer general = hardGroup(root, "general");
        if (general != null) {
            NwbContainer devices = hardGroup(general, "devices");
            for (NwbContainer c : typed(devices, "Device")) {
                Device d = new Device(c.name());
                if (c.text("description") != null) {
                    d.setDescription(c.text("description"));
                }
                if (c.text("manufacturer") != null) {
                    d.setManufacturer(c.text("manufacturer"));
                }
                d.readId(c.objectId());
                f.addDevice(d);
                byAddress.put(c.node.address(), d);
            }
            NwbContainer ecephys = hardGroup(general, "extracellular_ephys");
            for (NwbContainer c : typed(ecephys, "ElectrodeGroup")) {
                NwbLink l = c.links().isEmpty() ? null : c.links().get(0);
                Device d = l == null || l.isExternal() ? null : f.devices().get(l.target().substring(
                        l.target().lastIndexOf('/') + 1));
                if (d != null && c.text("description") != null && c.text("location") != null) {
                    ElectrodeGroup g = new ElectrodeGroup(c.name(), c.text("description"), c.text("location"), d);
                    g.readId(c.objectId());
                    f.addElectrodeGroup(g);
                    byAddress.put(c.node.address(), g);
                }
            }
            NwbContainer electrodes = ecephys == null ? null : hardGroup(ecephys, "electrodes");
            if (electrodes != null && electrodes.isA("DynamicTable")) {
                DynamicTable t = table(electrodes);
                if (t != null) {
                    f.setElectrodes(t);
                }
            }
            NwbContainer subject = hardGroup(general, "subject");
            if (subject != null && subject.isA("Subject")) {
                f.setSubject(subject(subject));
            }
        }
        NwbContainer intervals = hardGroup(root, "intervals");
        for (NwbContainer c : typed(intervals, "TimeIntervals")) {
            if (table(c) instanceof TimeIntervals t) {
                f.addIntervals(t);
            }
        }
        // acquisition was read as plain TimeSeries: subtypes with a typed class become that class (before the
        // processing modules, which may hold the same series through soft links)
        NwbContainer acquisition = hardGroup(root, "acquisition");
        if (acquisition != null) {
            for (TimeSeries ts : new ArrayList<>(f.acquisition().values())) {
                NwbObject o = acquisition.member(ts.name());
                if (o instanceof NwbContainer c && c.link() == null) {
                    TimeSeries typed = specialize(ts, c);
                    if (typed != ts) {
                        f.replaceAcquisition(typed);
                    }
                }
            }
        }
        NwbContainer processing = hardGroup(root, "processing");
        for (NwbContainer c : typed(processing, "ProcessingModule")) {
            ProcessingModule m = new ProcessingModule(c.name(), text(c, "description", "no description"));
            m.readId(c.objectId());
            for (Object o : dataObjects(c)) {
                if (o instanceof TimeSeries ts) {
                    m.add(ts);
                } else if (o instanceof DataInterfaceGroup d) {
                    m.add(d);
                } else {
                    m.add((DynamicTable) o);
                }
            }
            for (TimeSeries ts : linkedAcquisition(c, f)) {
                m.add(ts);
            }
            f.addProcessingModule(m);
        }
        for (Object o : dataObjects(hardGroup(root, "analysis"))) {
            if (o instanceof TimeSeries ts) {
                f.addAnalysis(ts);
            } else if (o instanceof DynamicTable t) {
                f.addAnalysis(t);
            }
        }
        for (Object o : dataObjects(hardGroup(root, "scratch"))) {
            if (o instanceof TimeSeries ts) {
                f.addScratch(ts);
            } else if (o instanceof DynamicTable t) {
                f.addScratch(t);
            }
        }
        NwbContainer stimulus = hardGroup(root, "stimulus");
        if (stimulus != null) {
            for (Object o : dataObjects(hardGroup(stimulus, "presentation"))) {
                if (o instanceof TimeSeries ts) {
                    f.addStimulus(ts);
                }
            }
            for (Object o : dataObjects(hardGroup(stimulus, "templates"))) {
                if (o instanceof TimeSeries ts) {
                    f.addStimulusTemplate(ts);
                }
            }
        }
    }

    /**
     * Series of acquisition that a group holds through soft links (pynwb writes a container placed a second time
     * so): the same objects, as pynwb reads them.
     */
    private static List<TimeSeries> linkedAcquisition(NwbContainer g, NWBFile f) {
        List<TimeSeries> out = new ArrayList<>();
        for (NwbContainer c : g.groups().values()) {
            NwbLink l = c.link();
            if (l != null && !l.isExternal() && l.target() != null && l.target().startsWith("/acquisition/")) {
                TimeSeries ts = f.acquisition().get(l.target().substring("/acquisition/".length()));
                if (ts != null && ts.name().equals(c.name())) {
                    out.add(ts);
                }
            }
        }
        return out;
    }

    /** TimeSeries (as their typed class where there is one), DynamicTables and series groups held by a group. */
    private List<Object> dataObjects(NwbContainer g) {
        List<Object> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (NwbContainer c : g.groups().values()) {
            if (c.link() != null || c.neurodataType() == null) {
                continue;
            }
            if (c.isA("TimeSeries") && c.member("data") != null) {
                Location place = new Location(path, c.path());
                TimeSeries ts = NwbReader.readTimeSeries(h, c.name(), (Group) c.node, place);
                out.add(specialize(ts, c));
            } else if (c.isA("DynamicTable")) {
                DynamicTable t = table(c);
                if (t != null) {
                    out.add(t);
                }
            } else if ("core".equals(c.namespace())) {
                DataInterfaceGroup d = interfaceGroup(c);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** A core group-of-series interface (Position, Fluorescence, ...) with the series it holds that fit it. */
    private DataInterfaceGroup interfaceGroup(NwbContainer c) {
        DataInterfaceGroup d;
        try {
            d = new DataInterfaceGroup(c.neurodataType(), c.name());
        } catch (IllegalArgumentException notOne) {
            return null;
        }
        d.readId(c.objectId());
        for (Object o : dataObjects(c)) {
            if (o instanceof TimeSeries ts) {
                try {
                    d.add(ts);
                } catch (IllegalArgumentException doesNotFit) {
                    // kept in contents() only
                }
            }
        }
        return d;
    }

    /** A sync dataset as the Java array it would be written from (long[], double[], String[]), else its values. */
    private static Object syncValue(NwbDataset d) {
        if (d.type() instanceof org.nwbj.hdf5.type.IntegerType) {
            return d.readLongs();
        }
        if (d.type() instanceof org.nwbj.hdf5.type.FloatType) {
            return d.readDoubles();
        }
        Object[] v = d.readValues();
        if (java.util.Arrays.stream(v).allMatch(x -> x instanceof String)) {
            return java.util.Arrays.copyOf(v, v.length, String[].class);
        }
        return v;
    }

    /** The series as ElectricalSeries, SpatialSeries or ImageSeries when its type is one, else unchanged. */
    private TimeSeries specialize(TimeSeries ts, NwbContainer c) {
        TimeSeries out = typedClass(ts, c);
        if (c.member("sync") instanceof NwbContainer sync) {
            for (NwbObject m : sync.members()) {
                if (m instanceof NwbDataset d) {
                    out.addSync(d.name(), syncValue(d));
                }
            }
        }
        if (c.member("control") instanceof NwbDataset control && c.member("control_description")
                instanceof NwbDataset descriptions && isNumber(control.type()) && isText(descriptions.type())) {
            long[] v = control.readLongs();
            byte[] b = new byte[v.length];
            for (int i = 0; i < v.length; i++) {
                b[i] = (byte) v[i];
            }
            try {
                out.setControl(b, strings(descriptions));
            } catch (IllegalArgumentException doesNotFit) {
                // left to contents()
            }
        }
        return out;
    }

    private TimeSeries typedClass(TimeSeries ts, NwbContainer c) {
        String type = c.neurodataType();
        TimeSeries out;
        if ("ElectricalSeries".equals(type) && c.member("electrodes") instanceof NwbDataset region
                && byAddress.get(referenceAddress(region.attribute("table"))) instanceof DynamicTable table) {
            try {
                ElectricalSeries es = new ElectricalSeries(ts.name(), ts.data(), table, region.readLongs());
                if (c.text("filtering") != null) {
                    es.setFiltering(c.text("filtering"));
                }
                out = es;
            } catch (IllegalArgumentException doesNotFit) {
                return ts;
            }
        } else if ("SpatialSeries".equals(type)) {
            SpatialSeries s = new SpatialSeries(ts.name(), ts.data(), ts.unit());
            if (c.member("reference_frame") instanceof NwbDataset d && d.readValues()[0] instanceof String frame) {
                s.setReferenceFrame(frame);
            }
            out = s;
        } else if ("ImageSeries".equals(type)) {
            ImageSeries s = new ImageSeries(ts.name(), ts.data(), ts.unit());
            if (c.member("external_file") instanceof NwbDataset ef && isText(ef.type())
                    && ef.attribute("starting_frame") != null) {
                s.setExternalFile(strings(ef), longs(ef.attribute("starting_frame")));
            }
            if (c.member("format") instanceof NwbDataset d && d.readValues()[0] instanceof String format) {
                s.setFormat(format);
            }
            out = s;
        } else {
            return ts;
        }
        out.setConversion(ts.conversion()).setResolution(ts.resolution()).setOffset(ts.offset())
                .setContinuity(ts.continuity()).setDescription(ts.description()).setComments(ts.comments());
        if (ts.timestamps() != null) {
            out.setTimestamps(ts.timestamps());
        } else if (ts.rate() != null) {
            out.setRate(ts.startingTime(), ts.rate());
        }
        return out.readFrom(ts.source(), ts.neurodataType(), ts.objectId());
    }

    private Subject subject(NwbContainer c) {
        Subject s = new Subject();
        s.readId(c.objectId());
        String v;
        if ((v = value(c, "subject_id")) != null) {
            s.setSubjectId(v);
        }
        if ((v = value(c, "description")) != null) {
            s.setDescription(v);
        }
        if ((v = value(c, "species")) != null) {
            s.setSpecies(v);
        }
        if ((v = value(c, "sex")) != null) {
            s.setSex(v);
        }
        if ((v = value(c, "age")) != null) {
            s.setAge(v);
        }
        if ((v = value(c, "genotype")) != null) {
            s.setGenotype(v);
        }
        if ((v = value(c, "strain")) != null) {
            s.setStrain(v);
        }
        if ((v = value(c, "weight")) != null) {
            s.setWeight(v);
        }
        if ((v = value(c, "date_of_birth")) != null) {
            try {
                s.setDateOfBirth(IsoTimes.parse(v));
            } catch (DateTimeParseException notIso) {
                // kept out of the typed view; contents() still has the text
            }
        }
        byAddress.put(c.node.address(), s);
        return s;
    }

    /** A DynamicTable (TimeIntervals for that type) with the columns the typed class can hold; null if none fits. */
    private DynamicTable table(NwbContainer c) {
        if (!(c.member("id") instanceof NwbDataset id) || id.dims().length != 1) {
            return null;
        }
        long rows = id.dims()[0];
        String description = text(c, "description", "no description");
        Object colnames = c.attribute("colnames");
        Object[] names = colnames instanceof Object[] a ? a : colnames == null ? new Object[0]
                : new Object[] {colnames};
        DynamicTable t;
        try {
            if (c.isA("TimeIntervals")) {
                if (!(c.member("start_time") instanceof NwbDataset start)
                        || !(c.member("stop_time") instanceof NwbDataset stop)) {
                    return null;
                }
                t = new TimeIntervals(c.name(), description, start.readDoubles(), stop.readDoubles());
            } else {
                t = new DynamicTable(c.name(), description, rows);
            }
            t.setIds(id.readLongs());
        } catch (IllegalArgumentException doesNotFit) {
            return null;
        }
        t.readId(c.objectId());
        for (Object n : names) {
            String name = String.valueOf(n);
            if (t.columnNames().contains(name)) {
                continue;
            }
            try {
                column(c, t, name);
            } catch (IllegalArgumentException doesNotFit) {
                // a column the typed table cannot hold: left to contents()
            }
        }
        byAddress.put(c.node.address(), t);
        return t;
    }

    private void column(NwbContainer c, DynamicTable t, String name) {
        if (!(c.member(name) instanceof NwbDataset d) || d.link() != null) {
            return;
        }
        String description = text(d, "description", "no description");
        NwbObject index = c.member(name + "_index");
        DataType type = d.type();
        if (index instanceof NwbDataset idx) {
            if (c.member(name + "_index_index") != null) {
                return; // doubly ragged
            }
            long[] ends = idx.readLongs();
            if (isText(type)) {
                t.addRaggedColumn(name, description, strings(d), ends);
            } else if (isNumber(type)) {
                t.addRaggedColumn(name, description, stored(d), ends);
            }
        } else if ("DynamicTableRegion".equals(d.neurodataType())) {
            if (byAddress.get(referenceAddress(d.attribute("table"))) instanceof DynamicTable target
                    && isNumber(type)) {
                t.addRegionColumn(name, description, d.readLongs(), target);
            }
        } else if (type instanceof ReferenceType) {
            List<Object> targets = new ArrayList<>();
            for (Object r : d.readValues()) {
                Object target = r instanceof ObjectReference o ? byAddress.get(o.address()) : null;
                if (target == null) {
                    return;
                }
                targets.add(target);
            }
            t.addReferenceColumn(name, description, targets);
        } else if (isText(type)) {
            t.addColumn(name, description, strings(d));
        } else if (isNumber(type)) {
            t.addColumn(name, description, stored(d));
        }
    }

    private ArrayData.Stored stored(NwbDataset d) {
        return new ArrayData.Stored(path, d.path(), d.dataset());
    }

    private static boolean isText(DataType t) {
        return t instanceof StringType || t instanceof VlenType v && v.base() instanceof StringType;
    }

    private static boolean isNumber(DataType t) {
        return t instanceof IntegerType || t instanceof FloatType;
    }

    private static String[] strings(NwbDataset d) {
        Object[] v = d.readValues();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = String.valueOf(v[i]);
        }
        return out;
    }

    private static long[] longs(Object attribute) {
        Object[] v = attribute instanceof Object[] a ? a : new Object[] {attribute};
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] instanceof Number n ? n.longValue() : 0;
        }
        return out;
    }

    private static long referenceAddress(Object attribute) {
        return attribute instanceof ObjectReference r ? r.address() : -1;
    }

    private static String value(NwbContainer c, String dataset) {
        if (c.member(dataset) instanceof NwbDataset d && d.dims().length == 0
                && d.readValues()[0] instanceof String s) {
            return s;
        }
        return null;
    }

    private static String text(NwbObject o, String attribute, String absent) {
        String s = o.text(attribute);
        return s == null ? absent : s;
    }

    private static NwbContainer hardGroup(NwbContainer parent, String name) {
        if (parent == null) {
            return null;
        }
        NwbObject o = parent.member(name);
        return o instanceof NwbContainer c && c.link() == null ? c : null;
    }

    /** The typed groups of {@code type} (or a subtype) in a group, reached by hard links. */
    private static List<NwbContainer> typed(NwbContainer g, String type) {
        List<NwbContainer> out = new ArrayList<>();
        if (g != null) {
            for (NwbContainer c : g.groups().values()) {
                if (c.link() == null && c.isA(type)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
