package org.nwbj.cli;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;

/** How ls and info show NWB files: each typed object with its neurodata_type, series with their data's shape. */
final class NwbTypes {
    private NwbTypes() {
    }

    /** True when the root says it is an NWBFile. */
    static boolean isNwb(Hdf5File f) {
        return "NWBFile".equals(text(f.root(), "neurodata_type"));
    }

    /**
     * "TimeSeries  data int64 100x10" for a typed group with a data dataset, "VectorData  float64 4" for a typed
     * dataset, the type alone for other typed groups; null for untyped objects.
     */
    static String describe(Node n) {
        String type = text(n, "neurodata_type");
        if (type == null) {
            return null;
        }
        if (n instanceof Dataset d) {
            return type + "  " + shape(d);
        }
        if (n instanceof Group g && g.link("data") != null) {
            try {
                if (g.get("data") instanceof Dataset d) {
                    return type + "  data " + shape(d);
                }
            } catch (RuntimeException unresolved) {
                return type + "  data (unresolved link)";
            }
        }
        return type;
    }

    static String shape(Dataset d) {
        long[] dims = d.space().dims();
        StringBuilder b = new StringBuilder(TimeseriesCommand.dtype(d.type())).append(' ');
        if (dims.length == 0) {
            return b.append("scalar").toString();
        }
        for (int i = 0; i < dims.length; i++) {
            b.append(i == 0 ? "" : "x").append(dims[i]);
        }
        return b.toString();
    }

    static String text(Node n, String attribute) {
        if (!n.hasAttribute(attribute)) {
            return null;
        }
        Attribute a = n.attribute(attribute);
        Object[] v = a.readValues();
        return v.length == 1 && v[0] instanceof String s ? s : null;
    }
}
