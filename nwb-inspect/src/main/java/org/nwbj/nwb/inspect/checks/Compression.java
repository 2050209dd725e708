package org.nwbj.nwb.inspect.checks;

import java.util.ArrayList;
import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.nwb.inspect.NeurodataObject;

/** Sizes and compression of a container's array datasets, as h5py reports them to nwbinspector. */
final class Compression {
    /** Filters h5py names as a dataset's {@code compression}: deflate, szip and lzf (others read as none). */
    private static final int DEFLATE = 1;
    private static final int SZIP = 4;
    private static final int LZF = 32000;

    private Compression() {
    }

    /** The container's untyped array datasets (its h5py dataset fields), {@code data} first. */
    static List<Dataset> arrayFields(NeurodataObject o) {
        List<Dataset> out = new ArrayList<>();
        if (!(o.node() instanceof Group g)) {
            return out;
        }
        List<String> names = new ArrayList<>();
        names.add("data");
        for (Link l : g.links()) {
            if (!names.contains(l.name())) {
                names.add(l.name());
            }
        }
        for (String n : names) {
            Dataset d = o.dataset(n);
            if (d != null && NeurodataObject.attributeOf(d, "neurodata_type") == null
                    && NeurodataObject.attributeOf(d, "data_type") == null
                    && d.space().kind() == Dataspace.Kind.SIMPLE && !(d.type() instanceof ReferenceType)
                    && !(d.type() instanceof CompoundType)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Elements times element size: the bytes the data would take uncompressed. */
    static double dataBytes(Dataset d) {
        return (double) d.space().elementCount() * d.type().size();
    }

    static boolean isCompressed(Dataset d) {
        for (org.nwbj.hdf5.FilterInfo f : d.filters()) {
            if (f.id() == DEFLATE || f.id() == SZIP || f.id() == LZF) {
                return true;
            }
        }
        return false;
    }
}
