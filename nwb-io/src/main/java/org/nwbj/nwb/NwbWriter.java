package org.nwbj.nwb;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.nwb.internal.IsoTimes;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.SpecWriter;

/** Maps containers to HDF5 objects, attribute for attribute as pynwb 2.8 writes them. */
final class NwbWriter {
    /** The spec's isodatetime dtype: hdmf stores it as variable-length ASCII text, not UTF-8. */
    static final StringType VLEN_ASCII = new StringType(16, true, StringType.Charset.ASCII,
            StringType.Padding.NULLTERM);

    private NwbWriter() {
    }

    static void write(NWBFile file, Path path) {
        // checked before the file exists: a failure half-way would still leave a flushed, partial file
        for (TimeSeries ts : file.acquisition().values()) {
            check(ts, path);
        }
        for (TimeSeries ts : TypedWriter.check(file)) {
            check(ts, path);
        }
        Path dir = path.toAbsolutePath().getParent();
        try (Hdf5Writer w = Hdf5Writer.create(path)) {
            GroupWriter root = w.root();
            typeAttributes(root, "NWBFile", file.objectId());
            root.setAttribute("nwb_version", CoreSchemas.CORE_VERSION);

            TypedWriter typed = new TypedWriter((parent, parentPath, ts) -> writeTimeSeries(parent, ts, path, dir));
            GroupWriter acquisition = root.createGroup("acquisition");
            for (TimeSeries ts : file.acquisition().values()) {
                typed.timeSeries(acquisition, "/acquisition", ts);
            }
            // pynwb always creates these, empty or not
            GroupWriter analysis = root.createGroup("analysis");
            GroupWriter general = root.createGroup("general");
            GroupWriter processing = root.createGroup("processing");
            GroupWriter stimulus = root.createGroup("stimulus");
            typed.contents(file, root, general, processing, analysis, stimulus.createGroup("presentation"),
                    stimulus.createGroup("templates"));

            root.createDataset("identifier", file.identifier());
            root.createDataset("session_description", file.sessionDescription());
            timeDataset(root, "session_start_time", file.sessionStartTime());
            timeDataset(root, "timestamps_reference_time", file.timestampsReferenceTime());
            List<OffsetDateTime> dates = file.fileCreateDate();
            String[] created = new String[dates.size()];
            for (int i = 0; i < created.length; i++) {
                created[i] = IsoTimes.format(dates.get(i));
            }
            root.createDataset("file_create_date", DatasetOptions.of(VLEN_ASCII, created.length)).writeAll(created);

            GroupWriter specs = root.createGroup("specifications");
            for (Namespace ns : CoreSchemas.load()) {
                GroupWriter version = specs.createGroup(ns.name()).createGroup(ns.version());
                for (Map.Entry<String, String> e : SpecWriter.toCachedJson(ns).entrySet()) {
                    version.createDataset(e.getKey(), e.getValue());
                }
            }
            // .specloc is an object reference to /specifications: its address exists only once flush placed it
            w.flush();
            typed.resolveReferences();
            root.setAttribute(".specloc", DataTypes.objectReference(), Dataspace.scalar(),
                    littleEndian(specs.address()));
        }
    }

    private static void typeAttributes(GroupWriter g, String type, String objectId) {
        g.setAttribute("namespace", "core");
        g.setAttribute("neurodata_type", type);
        g.setAttribute("object_id", objectId);
    }

    private static void timeDataset(GroupWriter g, String name, OffsetDateTime t) {
        g.createDataset(name, DatasetOptions.of(VLEN_ASCII)).writeAll(IsoTimes.format(t));
    }

    static void check(TimeSeries ts, Path path) {
        for (ArrayData a : new ArrayData[] {ts.data(), ts.timestamps()}) {
            if (a instanceof ArrayData.Stored st && new Location(st.file(), st.objectPath()).isIn(path)) {
                throw new NwbException("cannot write " + path + " while its data is read from it: write to "
                        + "another path");
            }
        }
        if (ts.timestamps() == null && ts.rate() == null) {
            throw new NwbException("TimeSeries " + ts.name() + " needs timestamps or a starting time and rate");
        }
        if (ts.timestamps() != null) {
            long[] d = ts.data().dims();
            long[] t = ts.timestamps().dims();
            if (t.length != 1 || d.length == 0 || t[0] != d[0]) {
                throw new NwbException("TimeSeries " + ts.name() + " has timestamps of dimensions "
                        + java.util.Arrays.toString(t) + " for data of dimensions " + java.util.Arrays.toString(d)
                        + ": one timestamp per sample (first dimension) is needed");
            }
        }
    }

    /** Writes a series' group and TimeSeries members; returns null when the series is linked from its file. */
    static GroupWriter writeTimeSeries(GroupWriter parent, TimeSeries ts, Path path, Path dir) {
        Location source = ts.source();
        if (source != null && !source.isIn(path)) {
            // a container of another file is linked, not copied (pynwb's "link whole containers")
            parent.createExternalLink(ts.name(), linkFileName(source.file(), dir), source.path());
            return null;
        }
        GroupWriter g = parent.createGroup(ts.name());
        g.setAttribute("comments", ts.comments());
        g.setAttribute("description", ts.description());
        typeAttributes(g, ts.writtenType(), ts.objectId());

        DatasetWriter data = writeArray(g, "data", ts.data(), dir);
        if (data != null) {
            data.setAttribute("conversion", ts.conversion());
            data.setAttribute("offset", ts.offset());
            data.setAttribute("resolution", ts.resolution());
            data.setAttribute("unit", ts.unit());
            if (ts.continuity() != null) {
                data.setAttribute("continuity", ts.continuity());
            }
        }
        if (ts.timestamps() != null) {
            DatasetWriter t = writeArray(g, "timestamps", ts.timestamps(), dir);
            if (t != null) {
                t.setAttribute("interval", 1L);
                t.setAttribute("unit", "seconds");
            }
        } else {
            DatasetWriter t = g.createDataset("starting_time", ts.startingTime().doubleValue());
            t.setAttribute("rate", ts.rate().doubleValue());
            t.setAttribute("unit", "seconds");
        }
        return g;
    }

    /** Writes the values, or links to them when they live in another file (then returns null: no attributes). */
    private static DatasetWriter writeArray(GroupWriter g, String name, ArrayData a, Path dir) {
        if (a instanceof ArrayData.InMemory m) {
            DatasetWriter d = g.createDataset(name, m.options());
            d.writeAll(m.values());
            return d;
        }
        if (a instanceof ArrayData.External e) {
            g.createExternalLink(name, linkFileName(e.file(), dir), e.objectPath());
            return null;
        }
        // data read from a file: link, like pynwb's default (link_data=True) for datasets of other files
        ArrayData.Stored st = (ArrayData.Stored) a;
        g.createExternalLink(name, linkFileName(st.file(), dir), st.objectPath());
        return null;
    }

    /** pynwb names linked files relative to the linking file's directory, so copied folders keep working. */
    private static String linkFileName(Path target, Path dir) {
        Path abs = target.toAbsolutePath().normalize();
        if (dir == null) {
            return abs.toString();
        }
        try {
            return dir.normalize().relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return abs.toString();
        }
    }

    private static byte[] littleEndian(long address) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (address >>> (8 * i));
        }
        return b;
    }
}
