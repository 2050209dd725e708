package org.nwbj.nwb.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * One typed object of an inspected file (a group or dataset with a neurodata type), with the reads checks need:
 * its fields (attributes and untyped child datasets) by name, its typed children and the objects it links to.
 * Reads that fail (unreadable or dangling) answer null, as an absent field does.
 */
public final class NeurodataObject {
    private final InspectedFile file;
    private final Node node;
    private final String namespace;
    private final String type;
    private final boolean inMainFile;

    NeurodataObject(InspectedFile file, Node node, String namespace, String type, boolean inMainFile) {
        this.file = file;
        this.node = node;
        this.namespace = namespace;
        this.type = type;
        this.inMainFile = inMainFile;
    }

    /** {@return the file the object is in} */
    public InspectedFile file() {
        return file;
    }

    /** {@return the object's HDF5 group or dataset} */
    public Node node() {
        return node;
    }

    /** {@return the object's path in its file (the linked file's path for a container linked in from another file)} */
    public String path() {
        return node.path();
    }

    /** {@return the object's name: the last part of its path, {@code root} for the file} */
    public String name() {
        String p = path();
        return p.equals("/") ? "root" : p.substring(p.lastIndexOf('/') + 1);
    }

    /** {@return the neurodata type the object declares} */
    public String type() {
        return type;
    }

    /** {@return the namespace of the object's type} */
    public String namespace() {
        return namespace;
    }

    boolean inMainFile() {
        return inMainFile;
    }

    /**
     * {@return true when the object's type is {@code ancestor} or inherits from it}
     *
     * @param ancestor a type name
     */
    public boolean isA(String ancestor) {
        return file.isA(namespace, type, ancestor);
    }

    /** {@return the full spec of the object's type, or null when no loaded specification defines it} */
    public StorageSpec spec() {
        return file.spec(namespace, type);
    }

    /**
     * {@return true when the type's spec declares a field (attribute, dataset, group or link) of this name}
     *
     * @param field a field name
     */
    public boolean specDeclares(String field) {
        StorageSpec s = spec();
        if (s == null) {
            return false;
        }
        if (s.attribute(field) != null) {
            return true;
        }
        return s instanceof GroupSpec g && (g.dataset(field) != null || g.group(field) != null || g.link(field) != null);
    }

    /**
     * {@return the default a spec gives an absent attribute or dataset field, or null}
     *
     * @param field a field name
     */
    public Object specDefault(String field) {
        StorageSpec s = spec();
        if (s == null) {
            return null;
        }
        AttributeSpec a = s.attribute(field);
        if (a != null) {
            return a.defaultValue();
        }
        if (s instanceof GroupSpec g) {
            DatasetSpec d = g.dataset(field);
            return d == null ? null : d.defaultValue();
        }
        return null;
    }

    /**
     * Where nwbinspector reports this object: fixed places for the file, its subject, devices and electrode groups;
     * otherwise the group holding the object's first array field (the object itself for a group with array
     * datasets, or where a field linked from elsewhere lives); null when none (typed datasets among them).
     *
     * @return the location text
     */
    public String location() {
        if (isA("NWBFile")) {
            return "/";
        }
        if (isA("Subject")) {
            return "/general/subject";
        }
        if (isA("Device")) {
            return "/general/devices/" + name();
        }
        if (isA("ElectrodeGroup")) {
            return "/general/extracellular_ephys/" + name();
        }
        if (node instanceof Dataset) {
            return null; // a typed dataset's data is no field of it in pynwb
        }
        Group g = (Group) node;
        List<String> order = new ArrayList<>(Arrays.asList("data", "timestamps"));
        for (Link l : g.links()) {
            if (!order.contains(l.name())) {
                order.add(l.name());
            }
        }
        for (String name : order) {
            Dataset d = dataset(name);
            if (d != null && InspectedFile.declaredType(d) == null && isPlainArray(d)) {
                return parentOf(d.path());
            }
        }
        return null;
    }

    /** A dataset h5py hands to pynwb as is: an array (not a scalar) of numbers or strings. */
    private static boolean isPlainArray(Dataset d) {
        return d.space().kind() == Dataspace.Kind.SIMPLE && !(d.type() instanceof ReferenceType)
                && !(d.type() instanceof CompoundType);
    }

    static String parentOf(String p) {
        int i = p.lastIndexOf('/');
        return i <= 0 ? "/" : p.substring(0, i);
    }

    /**
     * {@return the object at a path relative to this one ({@code general/subject}), following links, or null}
     *
     * @param name a relative path
     */
    public Node child(String name) {
        int slash = name.indexOf('/');
        if (!(node instanceof Group g) || g.link(slash < 0 ? name : name.substring(0, slash)) == null) {
            return null;
        }
        try {
            return g.get(name);
        } catch (Hdf5Exception e) {
            return null;
        }
    }

    /**
     * {@return the child dataset {@code name} (following links), or null}
     *
     * @param name the dataset's name
     */
    public Dataset dataset(String name) {
        return child(name) instanceof Dataset d ? d : null;
    }

    /**
     * {@return the typed object a child link (hard, soft or external) leads to, or null}
     *
     * @param name the link's name
     */
    public NeurodataObject linked(String name) {
        Node n = child(name);
        return n == null ? null : file.objectFor(n);
    }

    /**
     * {@return the typed object an object reference points to, or null}
     *
     * @param reference an object reference value
     */
    public NeurodataObject referenced(Object reference) {
        return reference instanceof ObjectReference r ? file.objectAt(r.address()) : null;
    }

    /**
     * {@return the link names of a child group (a relative path), in link order; empty when absent}
     *
     * @param group a relative path
     */
    public List<String> childNames(String group) {
        List<String> out = new ArrayList<>();
        if (child(group) instanceof Group g) {
            for (Link l : g.links()) {
                out.add(l.name());
            }
        }
        return out;
    }

    /** {@return the typed objects directly under this group (through hard links), in link order} */
    public List<NeurodataObject> children() {
        List<NeurodataObject> out = new ArrayList<>();
        if (node instanceof Group g) {
            for (Link l : g.links()) {
                if (l instanceof Link.Hard) {
                    NeurodataObject o = linked(l.name());
                    if (o != null) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@return an attribute's value: the element of a scalar, a list of an array's elements; null when absent}
     *
     * @param name the attribute's name
     */
    public Object attribute(String name) {
        return attributeOf(node, name);
    }

    /**
     * {@return an attribute of any node, read as {@link #attribute(String)} reads it}
     *
     * @param n the node
     * @param name the attribute's name
     */
    public static Object attributeOf(Node n, String name) {
        try {
            Attribute a = n.attribute(name);
            if (a == null || a.space().kind() == Dataspace.Kind.NULL) {
                return null;
            }
            Object[] v = a.readValues();
            if (a.space().kind() == Dataspace.Kind.SCALAR) {
                return v.length == 0 ? null : v[0];
            }
            return Arrays.asList(v);
        } catch (Hdf5Exception e) {
            return null;
        }
    }

    /**
     * {@return a field's value as pynwb reads it: an attribute, or a child dataset (a scalar's element, an array's
     * elements as a list); null when absent}
     *
     * @param name the field's name
     */
    public Object field(String name) {
        Object a = attribute(name);
        if (a != null) {
            return a;
        }
        Dataset d = dataset(name);
        if (d == null || InspectedFile.declaredType(d) != null) {
            return null;
        }
        try {
            Object[] v = d.readValues();
            if (d.space().kind() == Dataspace.Kind.SCALAR) {
                return v.length == 0 ? null : v[0];
            }
            return d.space().kind() == Dataspace.Kind.NULL ? null : Arrays.asList(v);
        } catch (Hdf5Exception e) {
            return null;
        }
    }

    /**
     * {@return a text field (attribute or scalar dataset); null when absent or not a single string}
     *
     * @param name the field's name
     */
    public String text(String name) {
        Object v = field(name);
        return v instanceof String s ? s : null;
    }

    /**
     * {@return a text field's strings: a scalar as one, an array's elements; empty when absent}
     *
     * @param name the field's name
     */
    public List<String> texts(String name) {
        Object v = field(name);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * {@return a numeric scalar field (attribute or dataset), or null}
     *
     * @param name the field's name
     */
    public Double number(String name) {
        Object v = field(name);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /**
     * {@return the dimensions of a child dataset (a scalar: none), or null when absent}
     *
     * @param name the dataset's name
     */
    public long[] shape(String name) {
        Dataset d = dataset(name);
        return d == null ? null : shapeOf(d);
    }

    /**
     * {@return the dimensions of a dataset (a scalar: none)}
     *
     * @param d the dataset
     */
    public static long[] shapeOf(Dataset d) {
        Dataspace s = d.space();
        return s.kind() == Dataspace.Kind.SIMPLE ? s.dims() : new long[0];
    }

    /**
     * {@return true when a dataset holds integers or floats}
     *
     * @param d the dataset
     */
    public static boolean isNumeric(Dataset d) {
        return d.type() instanceof IntegerType || d.type() instanceof FloatType;
    }

    /**
     * {@return the first {@code maxRows} rows (all rows when negative) of a numeric dataset as doubles, flattened in C
     * order; a scalar as one value; null when the dataset is not numeric or cannot be read}
     *
     * @param d the dataset
     * @param maxRows the most rows to read, negative for all
     */
    public static double[] doubles(Dataset d, long maxRows) {
        if (d == null || !isNumeric(d)) {
            return null;
        }
        try {
            Dataspace s = d.space();
            if (s.kind() != Dataspace.Kind.SIMPLE) {
                return s.kind() == Dataspace.Kind.NULL ? new double[0] : d.readDoubles();
            }
            long[] dims = s.dims();
            if (dims.length == 0 || maxRows < 0 || dims[0] <= maxRows) {
                return d.readDoubles();
            }
            return d.readDoubles(Selection.rows(dims, 0, maxRows));
        } catch (Hdf5Exception | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@return the first {@code maxRows} values of a dataset (all when negative), or null when it cannot be read}
     *
     * @param d the dataset
     * @param maxRows the most values to read, negative for all
     */
    public static Object[] values(Dataset d, long maxRows) {
        try {
            Dataspace s = d.space();
            long[] dims = s.dims();
            if (s.kind() != Dataspace.Kind.SIMPLE || dims.length == 0 || maxRows < 0 || dims[0] <= maxRows) {
                return d.readValues();
            }
            return d.readValues(Selection.rows(dims, 0, maxRows));
        } catch (Hdf5Exception | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return type + " " + path();
    }
}
