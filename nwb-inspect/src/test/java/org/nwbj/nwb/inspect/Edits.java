package org.nwbj.nwb.inspect;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.NodeWriter;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/** Edits of an NWB file opened for modification, for building files that violate one check each. */
final class Edits {
    private final Hdf5File source;
    private final GroupWriter root;

    Edits(Hdf5File source, GroupWriter root) {
        this.source = source;
        this.root = root;
    }

    Hdf5File source() {
        return source;
    }

    GroupWriter root() {
        return root;
    }

    GroupWriter group(String path) {
        return root.group(path.substring(1));
    }

    /** Replaces a dataset by one holding {@code values} (double[], long[] or String[]; dims default 1-D), keeping its attributes. */
    DatasetWriter replace(String path, Object values, long... dims) {
        List<Attribute> attrs = source.get(path).attributes();
        GroupWriter parent = parent(path);
        String name = name(path);
        parent.deleteLink(name);
        DatasetWriter d = create(parent, name, values, dims);
        for (Attribute a : attrs) {
            copy(a, d);
        }
        return d;
    }

    /** Writes new values over a dataset's (same shape), so references to it stay valid. */
    void overwrite(String path, Object values) {
        root.dataset(path.substring(1)).writeAll(values);
    }

    /** Replaces a dataset by an uncompressed chunked float64 one of these dimensions with no chunk written. */
    DatasetWriter replaceUnwritten(String path, long... dims) {
        List<Attribute> attrs = source.get(path).attributes();
        GroupWriter parent = parent(path);
        String name = name(path);
        parent.deleteLink(name);
        DatasetWriter d = parent.createDataset(name, DatasetOptions.of(DataTypes.FLOAT64, dims)
                .chunks(chunk(dims)));
        for (Attribute a : attrs) {
            copy(a, d);
        }
        return d;
    }

    /** One row of the dimensions, at most 2^20 elements along the first. */
    private static long[] chunk(long[] dims) {
        long[] c = dims.clone();
        c[0] = dims.length == 1 ? Math.min(dims[0], 1 << 20) : 1;
        return c;
    }

    static DatasetWriter create(GroupWriter parent, String name, Object values, long... dims) {
        if (values instanceof String s) {
            return parent.createDataset(name, s);
        }
        if (values instanceof Double x) {
            return parent.createDataset(name, x);
        }
        DataType t = values instanceof double[] ? DataTypes.FLOAT64 : values instanceof long[] ? DataTypes.INT64
                : DataTypes.UTF8;
        long n = java.lang.reflect.Array.getLength(values);
        DatasetWriter d = parent.createDataset(name, DatasetOptions.of(t, dims.length == 0 ? new long[] {n} : dims));
        d.writeAll(values);
        return d;
    }

    static void copy(Attribute a, NodeWriter to) {
        to.setAttribute(a.name(), a.type(), a.space().dims(), a.space().rank() == 0 ? a.readValues()[0]
                : a.readValues());
    }

    void delete(String path) {
        parent(path).deleteLink(name(path));
    }

    /** Moves a link to a new name in the same group. */
    void rename(String path, String newName) {
        GroupWriter parent = parent(path);
        NodeWriter target = path.equals("/") ? root : isGroup(path) ? root.group(path.substring(1))
                : root.dataset(path.substring(1));
        parent.createHardLink(newName, target);
        parent.deleteLink(name(path));
    }

    private boolean isGroup(String path) {
        return source.get(path) instanceof org.nwbj.hdf5.Group;
    }

    /** Adds a typed group with the attributes pynwb needs to read it. */
    GroupWriter typedGroup(String parentPath, String name, String namespace, String type) {
        GroupWriter g = (parentPath.equals("/") ? root : group(parentPath)).createGroup(name);
        g.setAttribute("neurodata_type", type);
        g.setAttribute("namespace", namespace);
        g.setAttribute("object_id", UUID.nameUUIDFromBytes((parentPath + "/" + name).getBytes(StandardCharsets.UTF_8))
                .toString());
        return g;
    }

    /** Writes object references to the objects at {@code targets} (as stored addresses) into a new dataset. */
    static DatasetWriter references(GroupWriter parent, String name, Hdf5File source, String... targets) {
        DatasetWriter d = parent.createDataset(name, DatasetOptions.of(DataTypes.objectReference(), targets.length));
        ByteBuffer b = ByteBuffer.allocate(8 * targets.length).order(ByteOrder.LITTLE_ENDIAN);
        for (String t : targets) {
            b.putLong(source.get(t).address());
        }
        d.writeBytes(Selection.all(new long[] {targets.length}), b.array());
        return d;
    }

    private GroupWriter parent(String path) {
        String p = NeurodataObject.parentOf(path);
        return p.equals("/") ? root : root.group(p.substring(1));
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static double[] fill(int n, double v) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, v);
        return d;
    }

    static List<String> list(String... s) {
        return new ArrayList<>(java.util.Arrays.asList(s));
    }

    static Dataset dataset(Hdf5File f, String path) {
        return (Dataset) f.get(path);
    }
}
