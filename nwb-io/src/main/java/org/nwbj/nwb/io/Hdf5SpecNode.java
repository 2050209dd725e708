package org.nwbj.nwb.io;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;
import org.nwbj.nwb.schema.BasicType;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.SpecNode;
import org.nwbj.nwb.schema.StoredType;

/**
 * A {@link SpecNode} view of an object in an open HDF5 file, for validating it against NWB specs. Attributes are
 * read in full; dataset values only when small (large data is judged by dtype and shape alone). Soft and external
 * links appear as links; external links are followed into the files they name when those can be opened.
 */
public final class Hdf5SpecNode implements SpecNode {
    /** Datasets with more elements than this have no value (numbers); text and references are read further. */
    static final long MAX_VALUE_ELEMENTS = 4096;
    static final long MAX_TEXT_ELEMENTS = 1 << 16;

    private final Tree tree;
    private final String path;
    private final Node node; // null for a link
    private final Link link; // null for a group or dataset
    private Map<String, Attribute> attributes;
    private List<SpecNode> children;

    private Hdf5SpecNode(Tree tree, String path, Node node, Link link) {
        this.tree = tree;
        this.path = path;
        this.node = node;
        this.link = link;
    }

    /**
     * {@return the root group of a file; the file must stay open while the view is used}
     *
     * @param file an open file
     */
    public static Hdf5SpecNode root(Hdf5File file) {
        Objects.requireNonNull(file, "file");
        return new Tree(file).root();
    }

    @Override
    public String name() {
        return path.equals("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Kind kind() {
        return link != null ? Kind.LINK : node instanceof Dataset ? Kind.DATASET : Kind.GROUP;
    }

    @Override
    public synchronized Map<String, Attribute> attributes() {
        if (attributes == null) {
            Map<String, Attribute> m = new LinkedHashMap<>();
            if (node != null) {
                for (org.nwbj.hdf5.Attribute a : node.attributes()) {
                    m.put(a.name(), new Attribute(a.name(), storedType(a.type()), shape(a.space()),
                            attributeValue(a)));
                }
            }
            attributes = Collections.unmodifiableMap(m);
        }
        return attributes;
    }

    @Override
    public StoredType dtype() {
        return node instanceof Dataset d ? storedType(d.type()) : null;
    }

    @Override
    public long[] shape() {
        return node instanceof Dataset d ? shape(d.space()) : null;
    }

    @Override
    public Object value() {
        if (!(node instanceof Dataset d) || d.space().kind() == Dataspace.Kind.NULL) {
            return null;
        }
        long n = d.space().elementCount();
        DataType t = d.type();
        boolean textOrRef = t instanceof StringType || t instanceof ReferenceType;
        if (n > (textOrRef ? MAX_TEXT_ELEMENTS : MAX_VALUE_ELEMENTS)) {
            return null;
        }
        return value(d.readValues(), d.space());
    }

    @Override
    public synchronized List<SpecNode> children() {
        if (children == null) {
            List<SpecNode> out = new ArrayList<>();
            if (node instanceof Group g) {
                for (Link l : g.links()) {
                    String childPath = child(path, l.name());
                    if (l instanceof Link.Hard h) {
                        Node n = tree.file.nodeAt(h.address(), childPath);
                        if (n instanceof Group || n instanceof Dataset) { // named datatypes are not NWB objects
                            out.add(new Hdf5SpecNode(tree, childPath, n, null));
                        }
                    } else {
                        out.add(new Hdf5SpecNode(tree, childPath, null, l));
                    }
                }
            }
            children = Collections.unmodifiableList(out);
        }
        return children;
    }

    @Override
    public SpecNode linkTarget() {
        try {
            if (link instanceof Link.Soft s) {
                String target = s.target().startsWith("/") ? s.target() : child(parent(path), s.target());
                return tree.at(target);
            }
            if (link instanceof Link.External e) {
                Hdf5File other = tree.file.externalFile(e.file());
                return tree.external(other).at(e.target());
            }
        } catch (Hdf5Exception e) {
            // dangling: missing object or file; the validator reports it
        }
        return null;
    }

    @Override
    public SpecNode dereference(Object reference) {
        if (!(reference instanceof ObjectReference r)) {
            return null;
        }
        try {
            String p = tree.pathOf(r.address());
            Node n = tree.file.nodeAt(r.address(), p == null ? "<object at " + r.address() + ">" : p);
            return n instanceof Group || n instanceof Dataset ? new Hdf5SpecNode(tree, n.path(), n, null) : null;
        } catch (Hdf5Exception e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "Hdf5SpecNode[" + path + "]";
    }

    private static Object attributeValue(org.nwbj.hdf5.Attribute a) {
        if (a.space().kind() == Dataspace.Kind.NULL) {
            return null;
        }
        try {
            return value(a.readValues(), a.space());
        } catch (Hdf5Exception e) {
            return null; // unreadable values are judged by dtype and shape alone
        }
    }

    /** A scalar's single element, else the elements in C order as a list; enum values become their numbers. */
    private static Object value(Object[] values, Dataspace space) {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(v instanceof EnumValue e ? (Object) e.value() : v);
        }
        if (space.kind() == Dataspace.Kind.SCALAR) {
            return out.isEmpty() ? null : out.get(0);
        }
        return out;
    }

    private static long[] shape(Dataspace space) {
        return space.kind() == Dataspace.Kind.SIMPLE ? space.dims().clone() : new long[0];
    }

    /** How the validator sees an HDF5 type; h5py's TRUE/FALSE enum is a boolean. */
    static StoredType storedType(DataType t) {
        if (t instanceof IntegerType i) {
            return StoredType.of(integer(i.size(), i.signed()));
        }
        if (t instanceof FloatType f) {
            return StoredType.of(f.size() <= 4 ? BasicType.FLOAT32 : BasicType.FLOAT64);
        }
        if (t instanceof StringType s) {
            return StoredType.of(s.charset() == StringType.Charset.ASCII ? BasicType.ASCII : BasicType.TEXT);
        }
        if (t instanceof EnumType e) {
            if (e.members().size() == 2 && names(e).containsAll(Arrays.asList("FALSE", "TRUE"))) {
                return StoredType.of(BasicType.BOOL);
            }
            return storedType(e.base());
        }
        if (t instanceof ReferenceType r) {
            return new StoredType.Ref(r.kind() == ReferenceType.Kind.OBJECT ? Dtype.RefType.OBJECT
                    : Dtype.RefType.REGION);
        }
        if (t instanceof CompoundType c) {
            List<StoredType.Field> fields = new ArrayList<>();
            for (CompoundType.Member m : c.members()) {
                fields.add(new StoredType.Field(m.name(), storedType(m.type())));
            }
            return new StoredType.Compound(fields);
        }
        if (t instanceof ArrayType a) {
            return storedType(a.base());
        }
        if (t instanceof VlenType v) {
            return storedType(v.base());
        }
        // opaque, bitfield and time types have no NWB dtype; unsigned bytes match none but uint8
        return StoredType.of(BasicType.UINT8);
    }

    private static List<String> names(EnumType e) {
        List<String> out = new ArrayList<>();
        for (EnumType.Member m : e.members()) {
            out.add(m.name());
        }
        return out;
    }

    private static BasicType integer(int size, boolean signed) {
        switch (size) {
            case 1: return signed ? BasicType.INT8 : BasicType.UINT8;
            case 2: return signed ? BasicType.INT16 : BasicType.UINT16;
            case 4: return signed ? BasicType.INT32 : BasicType.UINT32;
            default: return signed ? BasicType.INT64 : BasicType.UINT64;
        }
    }

    private static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }

    private static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i <= 0 ? "/" : path.substring(0, i);
    }

    /** State shared by the nodes of one file: the file, and object paths by address for dereferencing. */
    private static final class Tree {
        final Hdf5File file;
        private final Map<Hdf5File, Tree> externals;
        private Map<Long, String> pathsByAddress;

        Tree(Hdf5File file) {
            this(file, new HashMap<>());
        }

        private Tree(Hdf5File file, Map<Hdf5File, Tree> externals) {
            this.file = file;
            this.externals = externals;
            externals.put(file, this);
        }

        Hdf5SpecNode root() {
            return new Hdf5SpecNode(this, "/", file.root(), null);
        }

        /** The object at an absolute path with its own path kept (links along the way followed). */
        SpecNode at(String absolute) {
            Node n = file.get(absolute);
            String p = absolute.length() > 1 && absolute.endsWith("/") ? absolute.substring(0, absolute.length() - 1)
                    : absolute;
            return n instanceof Group || n instanceof Dataset ? new Hdf5SpecNode(this, p, n, null) : null;
        }

        synchronized Tree external(Hdf5File other) {
            Tree t = externals.get(other);
            return t != null ? t : new Tree(other, externals);
        }

        /** The first path (breadth first, hard links only) of the object at an address, or null. */
        synchronized String pathOf(long address) {
            if (pathsByAddress == null) {
                Map<Long, String> m = new HashMap<>();
                Group root = file.root();
                m.put(root.address(), "/");
                Deque<Group> todo = new ArrayDeque<>();
                todo.add(root);
                while (!todo.isEmpty()) {
                    Group g = todo.poll();
                    for (Link l : g.links()) {
                        if (l instanceof Link.Hard h && !m.containsKey(h.address())) {
                            String p = child(g.path(), l.name());
                            m.put(h.address(), p);
                            Node n = file.nodeAt(h.address(), p);
                            if (n instanceof Group child) {
                                todo.add(child);
                            }
                        }
                    }
                }
                pathsByAddress = m;
            }
            return pathsByAddress.get(address);
        }
    }
}
