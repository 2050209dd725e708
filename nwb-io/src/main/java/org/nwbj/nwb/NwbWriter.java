package org.nwbj.nwb;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.nwb.internal.DatasetCopy;
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
        write(file, path, NwbWriteOptions.defaults());
    }

    static void write(NWBFile file, Path path, NwbWriteOptions options) {
        create(file, path, options).close();
    }

    /** Writes the file and leaves it open for its datasets to be grown and filled. */
    static NwbFileWriter create(NWBFile file, Path path, NwbWriteOptions options) {
        return create(file, path, options, false);
    }

    /**
     * As {@link #create(NWBFile, Path, NwbWriteOptions)}; with {@code swmr}, a single file in the latest format
     * (superblock 3) that switches to SWMR writing once the file's content is written (see NwbIO.record).
     */
    static NwbFileWriter create(NWBFile file, Path path, NwbWriteOptions options, boolean swmr) {
        // checked before the file exists: a failure half-way would still leave a flushed, partial file
        for (TimeSeries ts : file.acquisition().values()) {
            check(ts, path);
        }
        for (TimeSeries ts : TypedWriter.check(file)) {
            check(ts, path);
        }
        if (swmr && options.familyMemberSize() > 0) {
            throw new NwbException("cannot record " + path + " in SWMR mode as a family: SWMR needs a single file");
        }
        Hdf5Writer w = swmr ? Hdf5Writer.create(path, true) : options.familyMemberSize() > 0
                ? Hdf5Writer.createFamily(path, options.familyMemberSize()) : Hdf5Writer.create(path);
        try {
            Session s = new Session(path, options);
            s.write(file, w);
            if (swmr) {
                w.startSwmr();
            }
            return new NwbFileWriter(w, s.datasets);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * One file being written (or appended to, by NwbAppender): where each series goes, and the datasets written
     * so far.
     */
    static final class Session {
        final Path path;
        final Path dir;
        final NwbWriteOptions options;
        /** Where each series of this file is (or will be) written; identity, as pynwb tracks containers. */
        final Map<TimeSeries, String> planned = new IdentityHashMap<>();
        final Set<TimeSeries> written = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<String, DatasetWriter> datasets = new LinkedHashMap<>();
        /** The containers beyond acquisition; it writes series through this session. */
        final TypedWriter typed = new TypedWriter(this::writeTimeSeries);

        Session(Path path, NwbWriteOptions options) {
            this.path = path;
            this.dir = path.toAbsolutePath().getParent();
            this.options = options;
        }

        void write(NWBFile file, Hdf5Writer w) {
            for (TimeSeries ts : file.acquisition().values()) {
                planned.putIfAbsent(ts, "/acquisition/" + ts.name());
            }
            GroupWriter root = w.root();
            typeAttributes(root, "NWBFile", file.objectId());
            root.setAttribute("nwb_version", CoreSchemas.CORE_VERSION);

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
            w.flush();
        }

        /**
         * Writes a series' group and TimeSeries members at {@code parentPath/name}; returns null when it writes a
         * link instead (a second place of the series, or a series of another file).
         */
        GroupWriter writeTimeSeries(GroupWriter parent, String parentPath, TimeSeries ts) {
            String here = parentPath + "/" + ts.name();
            String first = planned.get(ts);
            if (written.contains(ts) || (first != null && !first.equals(here))) {
                // a container at a second place is a soft link to the first, as pynwb writes it
                parent.createSoftLink(ts.name(), first);
                return null;
            }
            written.add(ts);
            planned.putIfAbsent(ts, here);
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

            DatasetWriter data = writeArray(g, here, "data", ts.data());
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
                DatasetWriter t = writeArray(g, here, "timestamps", ts.timestamps());
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

        /** Writes the values, or links to them (then returns null: a link carries no attributes of its own). */
        private DatasetWriter writeArray(GroupWriter g, String groupPath, String name, ArrayData a) {
            return writeArray(g, groupPath, name, a, options.linkData());
        }

        private DatasetWriter writeArray(GroupWriter g, String groupPath, String name, ArrayData a, boolean link) {
            String at = groupPath + "/" + name;
            if (a instanceof ArrayData.InMemory m) {
                DatasetWriter d = g.createDataset(name, m.options());
                d.writeAll(m.values());
                return written(at, d);
            }
            if (a instanceof ArrayData.LinkOrCopy c) {
                return writeArray(g, groupPath, name, c.data(), c.link());
            }
            if (a instanceof ArrayData.SeriesField f) {
                String target = planned.get(f.series());
                if (target != null) {
                    g.createSoftLink(name, target + "/" + f.field());
                    return null;
                }
                if (f.series().source() == null) {
                    throw new NwbException(f.series().name() + " is neither in this file nor read from one: "
                            + "add it to the file to share its " + f.field());
                }
                return writeArray(g, groupPath, name, f.target(), link);
            }
            if (a instanceof ArrayData.Blocks b) {
                return written(at, BlockWriter.write(g, name, b));
            }
            if (a instanceof ArrayData.External e) {
                if (link) {
                    g.createExternalLink(name, linkFileName(e.file(), dir), e.objectPath());
                    return null;
                }
                try (Hdf5File f = Hdf5File.open(e.file())) {
                    Node n = f.get(e.objectPath());
                    if (!(n instanceof Dataset src)) {
                        throw new NwbException(e.objectPath() + " in " + e.file() + " is not a dataset");
                    }
                    return written(at, copy(g, name, src));
                }
            }
            // data read from a file: link by default, like pynwb's link_data=True for datasets of other files
            ArrayData.Stored st = (ArrayData.Stored) a;
            if (link) {
                g.createExternalLink(name, linkFileName(st.file(), dir), st.objectPath());
                return null;
            }
            return written(at, copy(g, name, st.dataset()));
        }

        private DatasetWriter copy(GroupWriter g, String name, Dataset src) {
            return DatasetCopy.copy(src, g, name, DatasetCopy.optionsOf(src, null, -1), options.blockBytes());
        }

        private DatasetWriter written(String at, DatasetWriter d) {
            datasets.put(at, d);
            return d;
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

    private static ArrayData unwrap(ArrayData a) {
        return a instanceof ArrayData.LinkOrCopy c ? unwrap(c.data()) : a;
    }

    static void check(TimeSeries ts, Path path) {
        for (ArrayData a : new ArrayData[] {unwrap(ts.data()), unwrap(ts.timestamps())}) {
            if (a instanceof ArrayData.Stored st && new Location(st.file(), st.objectPath()).isIn(path)) {
                throw new NwbException("cannot write " + path + " while its data is read from it: write to "
                        + "another path");
            }
        }
        if (ts.timestamps() == null && ts.rate() == null) {
            throw new NwbException("TimeSeries " + ts.name() + " needs timestamps or a starting time and rate");
        }
        // values from blocks have their length only once written
        if (ts.timestamps() != null && !(unwrap(ts.data()) instanceof ArrayData.Blocks)
                && !(unwrap(ts.timestamps()) instanceof ArrayData.Blocks)) {
            long[] d = ts.data().dims();
            long[] t = ts.timestamps().dims();
            if (t.length != 1 || d.length == 0 || t[0] != d[0]) {
                throw new NwbException("TimeSeries " + ts.name() + " has timestamps of dimensions "
                        + java.util.Arrays.toString(t) + " for data of dimensions " + java.util.Arrays.toString(d)
                        + ": one timestamp per sample (first dimension) is needed");
            }
        }
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
