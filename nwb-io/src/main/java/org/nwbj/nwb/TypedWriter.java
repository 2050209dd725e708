package org.nwbj.nwb;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.NodeWriter;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.nwb.internal.IsoTimes;

/**
 * Writes the typed containers beyond acquisition (general, processing, analysis, stimulus, intervals, scratch) as
 * pynwb does. Object references (a table's column index, a region's table, the electrodes' groups) need the
 * addresses of their targets, which exist only once the file is flushed: they are recorded while writing and
 * filled in by {@link #resolveReferences()} after the first flush.
 */
final class TypedWriter {
    private final SeriesWriter seriesWriter;
    private final Map<Object, NodeWriter> written = new IdentityHashMap<>();
    private final List<PendingReference> references = new ArrayList<>();

    /** An attribute (or, with a null attribute name, a dataset's values) of object references to containers. */
    private record PendingReference(NodeWriter owner, String attribute, Object[] targets, boolean scalar) {
    }

    /**
     * How NwbWriter writes the TimeSeries part of a series (group, type attributes as {@link
     * TimeSeries#writtenType()}, data, timestamps or rate) at {@code parentPath + "/" + name}; returns the series'
     * group, or null when it was written as a link.
     */
    interface SeriesWriter {
        GroupWriter write(GroupWriter parent, String parentPath, TimeSeries ts);
    }

    TypedWriter(SeriesWriter seriesWriter) {
        this.seriesWriter = seriesWriter;
    }

    /**
     * Checks, before anything is written, what would otherwise fail after the file exists: links between
     * containers must stay inside the file. Returns the series beyond acquisition for NwbWriter's own checks.
     */
    static List<TimeSeries> check(NWBFile file) {
        List<TimeSeries> series = new ArrayList<>(file.stimulus().values());
        series.addAll(file.stimulusTemplates().values());
        List<Object> others = new ArrayList<>(file.analysis().values());
        others.addAll(file.scratch().values());
        for (ProcessingModule m : file.processing().values()) {
            others.addAll(m.dataInterfaces().values());
        }
        for (Object o : others) {
            if (o instanceof TimeSeries ts) {
                series.add(ts);
            } else if (o instanceof DataInterfaceGroup d) {
                series.addAll(d.series().values());
            }
        }
        for (ElectrodeGroup eg : file.electrodeGroups().values()) {
            if (file.devices().get(eg.device().name()) != eg.device()) {
                throw new NwbException("electrode group " + eg.name() + " uses device " + eg.device().name()
                        + ", which the file does not hold: add it with addDevice");
            }
        }
        List<TimeSeries> all = new ArrayList<>(series);
        all.addAll(file.acquisition().values());
        for (TimeSeries ts : all) {
            if (ts instanceof ElectricalSeries es && es.electrodes() != file.electrodes()) {
                throw new NwbException("ElectricalSeries " + es.name() + " refers to an electrodes table the file "
                        + "does not hold: set it with setElectrodes");
            }
        }
        if (file.electrodes() != null) {
            for (DynamicTable.Column c : file.electrodes().columns()) {
                if (c.values() instanceof Object[] targets && !(c.values() instanceof String[])) {
                    for (Object t : targets) {
                        if (t instanceof ElectrodeGroup eg && file.electrodeGroups().get(eg.name()) != eg) {
                            throw new NwbException("the electrodes table refers to electrode group " + eg.name()
                                    + ", which the file does not hold: add it with addElectrodeGroup");
                        }
                    }
                }
            }
        }
        return series;
    }

    /** A container already in the file (when adding to one): references to it point at {@code where}. */
    void existing(Object container, NodeWriter where) {
        written.put(container, where);
    }

    /** Writes a series (a subtype with its own members); returns its group, or null when it was linked. */
    GroupWriter timeSeries(GroupWriter parent, String parentPath, TimeSeries ts) {
        GroupWriter g = seriesWriter.write(parent, parentPath, ts);
        if (g != null) {
            written.put(ts, g);
            seriesMembers(g, ts);
        }
        return g;
    }

    /**
     * The members of a series after its data and time (written by {@link SeriesWriter}): sync and control for every
     * series, then the subtype's own.
     */
    private void seriesMembers(GroupWriter g, TimeSeries ts) {
        if (!ts.sync().isEmpty()) {
            GroupWriter s = g.createGroup("sync");
            for (Map.Entry<String, Object> e : ts.sync().entrySet()) {
                s.createDataset(e.getKey(), e.getValue());
            }
        }
        byte[] control = ts.control();
        if (control != null) {
            g.createDataset("control", DatasetOptions.of(DataTypes.UINT8, control.length)).writeAll(control);
            String[] descriptions = ts.controlDescription();
            g.createDataset("control_description", DatasetOptions.of(DataTypes.UTF8, descriptions.length))
                    .writeAll(descriptions);
        }
        if (ts instanceof ElectricalSeries es) {
            if (es.filtering() != null) {
                g.setAttribute("filtering", es.filtering());
            }
            region(g, "electrodes", "the electrodes that generated this electrical series", es.electrodeRows(),
                    es.electrodes(), es.electrodeObjectId());
        } else if (ts instanceof ImageSeries is) {
            if (is.externalFiles() != null) {
                DatasetWriter ef = g.createDataset("external_file", DatasetOptions.of(DataTypes.UTF8,
                        is.externalFiles().length));
                ef.writeAll(is.externalFiles());
                ef.setAttribute("starting_frame", is.startingFrames());
            }
            if (is.format() != null) {
                g.createDataset("format", is.format());
            }
        } else if (ts instanceof SpatialSeries ss && ss.referenceFrame() != null) {
            g.createDataset("reference_frame", ss.referenceFrame());
        }
    }

    /** The text fields of /general, as pynwb writes them (text as variable-length UTF-8, lists as 1-D). */
    private static void general(GroupWriter general, GeneralMetadata m) {
        for (Map.Entry<String, Object> e : m.values().entrySet()) {
            if (e.getValue() instanceof String[] a) {
                general.createDataset(e.getKey(), DatasetOptions.of(DataTypes.UTF8, a.length)).writeAll(a);
            } else {
                general.createDataset(e.getKey(), e.getValue());
            }
        }
    }

    /** Everything of {@code file} but acquisition and the root's own datasets, into the groups pynwb creates. */
    void contents(NWBFile file, GroupWriter root, GroupWriter general, GroupWriter processing, GroupWriter analysis,
            GroupWriter presentation, GroupWriter templates) {
        general(general, file.general());
        if (!file.devices().isEmpty()) {
            GroupWriter devices = general.createGroup("devices");
            for (Device d : file.devices().values()) {
                GroupWriter g = devices.createGroup(d.name());
                if (d.description() != null) {
                    g.setAttribute("description", d.description());
                }
                if (d.manufacturer() != null) {
                    g.setAttribute("manufacturer", d.manufacturer());
                }
                typeAttributes(g, "core", "Device", d.objectId());
                written.put(d, g);
            }
        }
        if (!file.electrodeGroups().isEmpty() || file.electrodes() != null) {
            GroupWriter ecephys = general.createGroup("extracellular_ephys");
            for (ElectrodeGroup eg : file.electrodeGroups().values()) {
                GroupWriter g = ecephys.createGroup(eg.name());
                g.setAttribute("description", eg.description());
                g.setAttribute("location", eg.location());
                typeAttributes(g, "core", "ElectrodeGroup", eg.objectId());
                g.createSoftLink("device", "/general/devices/" + eg.device().name());
                written.put(eg, g);
            }
            if (file.electrodes() != null) {
                table(ecephys, file.electrodes());
            }
        }
        if (file.subject() != null) {
            subject(general, file.subject());
        }
        for (ProcessingModule m : file.processing().values()) {
            GroupWriter g = processing.createGroup(m.name());
            g.setAttribute("description", m.description());
            typeAttributes(g, "core", "ProcessingModule", m.objectId());
            written.put(m, g);
            for (Object o : m.dataInterfaces().values()) {
                dataObject(g, "/processing/" + m.name(), o);
            }
        }
        for (Object o : file.analysis().values()) {
            dataObject(analysis, "/analysis", o);
        }
        for (TimeSeries ts : file.stimulus().values()) {
            timeSeries(presentation, "/stimulus/presentation", ts);
        }
        for (TimeSeries ts : file.stimulusTemplates().values()) {
            timeSeries(templates, "/stimulus/templates", ts);
        }
        if (!file.intervals().isEmpty()) {
            GroupWriter intervals = root.createGroup("intervals");
            for (TimeIntervals t : file.intervals().values()) {
                table(intervals, t);
            }
        }
        if (!file.scratch().isEmpty()) {
            GroupWriter scratch = root.createGroup("scratch");
            for (Object o : file.scratch().values()) {
                dataObject(scratch, "/scratch", o);
            }
        }
    }

    private void dataObject(GroupWriter parent, String parentPath, Object o) {
        if (o instanceof TimeSeries ts) {
            timeSeries(parent, parentPath, ts);
        } else if (o instanceof DynamicTable t) {
            table(parent, t);
        } else if (o instanceof DataInterfaceGroup d) {
            GroupWriter g = parent.createGroup(d.name());
            typeAttributes(g, "core", d.neurodataType(), d.objectId());
            written.put(d, g);
            for (TimeSeries ts : d.series().values()) {
                timeSeries(g, parentPath + "/" + d.name(), ts);
            }
        } else {
            throw new NwbException("cannot write " + o + ": not a TimeSeries or DynamicTable");
        }
    }

    private void subject(GroupWriter general, Subject s) {
        GroupWriter g = general.createGroup("subject");
        typeAttributes(g, "core", "Subject", s.objectId());
        Map<String, String> text = new LinkedHashMap<>();
        text.put("description", s.description());
        text.put("genotype", s.genotype());
        text.put("sex", s.sex());
        text.put("species", s.species());
        text.put("strain", s.strain());
        text.put("subject_id", s.subjectId());
        text.put("weight", s.weight());
        for (Map.Entry<String, String> e : text.entrySet()) {
            if (e.getValue() != null) {
                g.createDataset(e.getKey(), e.getValue());
            }
        }
        if (s.age() != null) {
            g.createDataset("age", s.age()).setAttribute("reference", "birth");
        }
        if (s.dateOfBirth() != null) {
            g.createDataset("date_of_birth", DatasetOptions.of(NwbWriter.VLEN_ASCII))
                    .writeAll(IsoTimes.format(s.dateOfBirth()));
        }
        written.put(s, g);
    }

    /** A DynamicTable: the group with colnames, the id dataset, each column and its index. */
    void table(GroupWriter parent, DynamicTable t) {
        GroupWriter g = parent.createGroup(t.name());
        List<String> names = t.columnNames();
        g.setAttribute("colnames", names.toArray(new String[0]));
        g.setAttribute("description", t.description());
        typeAttributes(g, "TimeIntervals".equals(t.neurodataType()) ? "core" : "hdmf-common", t.neurodataType(),
                t.objectId());
        written.put(t, g);
        DatasetWriter id = g.createDataset("id", DatasetOptions.of(DataTypes.INT64, t.rows()));
        id.writeAll(t.ids());
        typeAttributes(id, "hdmf-common", "ElementIdentifiers", java.util.UUID.randomUUID().toString());
        for (DynamicTable.Column c : t.columns()) {
            DatasetWriter d;
            if (c.values() instanceof ArrayData.InMemory a) {
                d = g.createDataset(c.name(), a.options());
                d.writeAll(a.values());
            } else if (c.values() instanceof String[] s) {
                d = g.createDataset(c.name(), DatasetOptions.of(DataTypes.UTF8, s.length));
                d.writeAll(s);
            } else if (c.values() instanceof Object[] targets) {
                d = g.createDataset(c.name(), DatasetOptions.of(DataTypes.objectReference(), targets.length));
                references.add(new PendingReference(d, null, targets, false));
            } else {
                throw new NwbException("column " + c.name() + " of " + t.name() + ": only values held in memory "
                        + "can be written as table columns");
            }
            d.setAttribute("description", c.description());
            if (c.region() != null) {
                references.add(new PendingReference(d, "table", new Object[] {c.region()}, true));
                typeAttributes(d, "hdmf-common", "DynamicTableRegion", c.objectId());
            } else {
                typeAttributes(d, "hdmf-common", "VectorData", c.objectId());
            }
            if (c.ends() != null) {
                DatasetWriter index = g.createDataset(c.name() + "_index", DatasetOptions.of(indexType(c.ends()),
                        c.ends().length));
                index.writeAll(c.ends());
                index.setAttribute("description", "Index for VectorData '" + c.name() + "'");
                typeAttributes(index, "hdmf-common", "VectorIndex", c.indexObjectId());
                references.add(new PendingReference(index, "target", new Object[] {c}, true));
                written.put(c, d);
            }
        }
    }

    /** A DynamicTableRegion member of a group (e.g. an ElectricalSeries' electrodes). */
    void region(GroupWriter g, String name, String description, long[] rows, DynamicTable table, String objectId) {
        DatasetWriter d = g.createDataset(name, DatasetOptions.of(DataTypes.INT64, rows.length));
        d.writeAll(rows);
        d.setAttribute("description", description);
        typeAttributes(d, "hdmf-common", "DynamicTableRegion", objectId);
        references.add(new PendingReference(d, "table", new Object[] {table}, true));
    }

    /** Fills in the object references once the flush has given every object its address. */
    void resolveReferences() {
        for (PendingReference r : references) {
            byte[] raw = new byte[8 * r.targets().length];
            for (int i = 0; i < r.targets().length; i++) {
                NodeWriter target = written.get(r.targets()[i]);
                if (target == null) {
                    throw new NwbException("a reference to " + r.targets()[i] + " cannot be written: it is not "
                            + "in the file (add it to the NWBFile)");
                }
                long address = target.address();
                for (int b = 0; b < 8; b++) {
                    raw[8 * i + b] = (byte) (address >>> (8 * b));
                }
            }
            if (r.attribute() == null) {
                DatasetWriter d = (DatasetWriter) r.owner();
                d.writeBytes(Selection.all(d.dims()), raw);
            } else {
                r.owner().setAttribute(r.attribute(), DataTypes.objectReference(), r.scalar() ? Dataspace.scalar()
                        : Dataspace.simple(new long[] {r.targets().length}, new long[] {r.targets().length}), raw);
            }
        }
    }

    /** hdmf writes a VectorIndex in the smallest unsigned type that holds its largest end. */
    private static IntegerType indexType(long[] ends) {
        long max = ends.length == 0 ? 0 : ends[ends.length - 1];
        return max < 256 ? DataTypes.UINT8 : max < 65536 ? DataTypes.UINT16 : max < (1L << 32) ? DataTypes.UINT32
                : DataTypes.UINT64;
    }

    static void typeAttributes(NodeWriter n, String namespace, String type, String objectId) {
        n.setAttribute("namespace", namespace);
        n.setAttribute("neurodata_type", type);
        n.setAttribute("object_id", objectId);
    }
}
