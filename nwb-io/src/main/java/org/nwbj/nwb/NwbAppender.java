package org.nwbj.nwb;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Node;

/** Adds containers to existing NWB files through {@link ExistingFile}. */
final class NwbAppender {
    private NwbAppender() {
    }

    static void addAcquisition(Path path, TimeSeries... series) {
        // every check reads the file before it is opened for writing: a refused append leaves it untouched
        Set<String> names = new HashSet<>();
        try (Hdf5File h = Hdf5File.open(path)) {
            if (!"NWBFile".equals(text(h.root(), "neurodata_type"))) {
                throw new NwbException(path + " is not an NWB file: its root has neurodata_type "
                        + text(h.root(), "neurodata_type"));
            }
            if (h.root().link("acquisition") == null) {
                throw new NwbException(path + " has no /acquisition group");
            }
            org.nwbj.hdf5.Group acq = (org.nwbj.hdf5.Group) h.get("/acquisition");
            for (TimeSeries ts : series) {
                if (acq.link(ts.name()) != null || !names.add(ts.name())) {
                    throw new NwbException("/acquisition of " + path + " already has " + ts.name());
                }
                if (ts instanceof ElectricalSeries es) {
                    // the series' table must be the file's own (read from it: same object_id)
                    Node table = h.root().link("general") == null ? null : findTable(h);
                    String id = table == null ? null : text(table, "object_id");
                    if (id == null || !id.equals(es.electrodes().objectId())) {
                        throw new NwbException("ElectricalSeries " + ts.name() + " must refer to the electrodes "
                                + "table of " + path + " (read it with NwbIO.read and use its electrodes())");
                    }
                }
                NwbWriter.check(ts, path);
            }
        }
        try (Hdf5Writer w = ExistingFile.open(path)) {
            GroupWriter acquisition = ExistingFile.group(w, "/acquisition");
            // series are written as NwbWriter writes them into a new file (links, copies, soft links to a second
            // place of the same series)
            NwbWriter.Session session = new NwbWriter.Session(path, NwbWriteOptions.defaults());
            TypedWriter typed = new TypedWriter(session::writeTimeSeries);
            for (TimeSeries ts : series) {
                if (ts instanceof ElectricalSeries es) {
                    typed.existing(es.electrodes(), ExistingFile.group(w, ELECTRODES));
                }
            }
            for (TimeSeries ts : Arrays.asList(series)) {
                typed.timeSeries(acquisition, "/acquisition", ts);
            }
            w.flush();
            typed.resolveReferences();
        }
    }

    private static final String ELECTRODES = "/general/extracellular_ephys/electrodes";

    private static Node findTable(Hdf5File h) {
        try {
            return h.get(ELECTRODES);
        } catch (org.nwbj.hdf5.Hdf5NotFoundException absent) {
            return null;
        }
    }

    private static String text(Node n, String attribute) {
        if (!n.hasAttribute(attribute)) {
            return null;
        }
        Object[] v = n.attribute(attribute).readValues();
        return v.length == 1 && v[0] instanceof String s ? s : null;
    }
}
