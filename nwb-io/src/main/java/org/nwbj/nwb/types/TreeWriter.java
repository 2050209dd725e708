package org.nwbj.nwb.types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.NodeWriter;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NwbException;
import org.nwbj.nwb.internal.DatasetCopy;
import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.BasicType;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.SpecWriter;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Writes a tree of {@link TypedObject}s as pynwb lays it out, driven by the specs: fields to attributes, datasets,
 * groups and links by {@link FieldNames}; the spec's fixed and default values where a field is unset; the type
 * attributes; an object met a second time as a soft link to its first place; object references filled in once
 * every object has its address; the namespaces' specs cached under {@code /specifications}.
 */
final class TreeWriter {
    static final StringType VLEN_ASCII = new StringType(16, true, StringType.Charset.ASCII,
            StringType.Padding.NULLTERM);
    private static final long BLOCK_BYTES = 1 << 20;

    private final NWBFile file;
    private final List<Namespace> namespaces = new ArrayList<>();
    private final SpecCatalog catalog;
    private final Map<TypedObject, NodeWriter> placed = new IdentityHashMap<>();
    private final Map<TypedObject, String> paths = new IdentityHashMap<>();
    /** Work that needs every object's address: references, soft links to objects placed later. */
    private final List<Runnable> afterPlacing = new ArrayList<>();
    /** Objects linked to at the place they were read from, which must be written there. */
    private final List<TypedObject> elsewhere = new ArrayList<>();

    TreeWriter(NWBFile file, List<Namespace> extensions) {
        this.file = file;
        Map<String, Namespace> all = new LinkedHashMap<>();
        List<Namespace> base = file.catalog != null ? new ArrayList<>(file.catalog.namespaces()) : CoreSchemas.load();
        for (Namespace ns : base) {
            all.put(ns.name(), ns);
        }
        for (Namespace ns : extensions) {
            all.put(ns.name(), ns);
        }
        namespaces.addAll(all.values());
        this.catalog = SpecCatalog.of(namespaces);
    }

    void write(Path path) {
        try (Hdf5Writer w = Hdf5Writer.create(path)) {
            GroupWriter root = w.root();
            placed.put(file, root);
            paths.put(file, "/");
            if (file.get("nwb_version") == null) {
                file.set("nwb_version", CoreSchemas.CORE_VERSION);
            }
            fill(root, "/", file, spec(file));
            GroupWriter specs = root.createGroup("specifications");
            for (Namespace ns : namespaces) {
                ns = cachedForm(ns);
                GroupWriter version = specs.createGroup(ns.name()).createGroup(ns.version());
                for (Map.Entry<String, String> e : SpecWriter.toCachedJson(ns).entrySet()) {
                    version.createDataset(e.getKey(), e.getValue());
                }
            }
            for (TypedObject c : elsewhere) {
                if (!placed.containsKey(c)) {
                    throw new NwbException(c + " is linked to from the file but not in it (a container of another "
                            + "file, or removed from its place): add it to the NWBFile");
                }
            }
            w.flush();
            for (Runnable r : afterPlacing) {
                r.run();
            }
            root.setAttribute(".specloc", DataTypes.objectReference(), specs.reference());
            w.flush();
        }
    }

    /**
     * A namespace as hdmf caches it: an included namespace without the selection of its types (pynwb's
     * validator looks the file's types up in the extension's namespace, so it must see them all).
     */
    private static Namespace cachedForm(Namespace ns) {
        List<Namespace.SchemaRef> refs = new ArrayList<>();
        for (Namespace.SchemaRef r : ns.schema()) {
            refs.add(r instanceof Namespace.NamespaceRef n ? new Namespace.NamespaceRef(n.namespace(),
                    java.util.Collections.emptyList()) : r);
        }
        return new Namespace(ns.name(), ns.version(), ns.doc(), ns.fullName(), ns.authors(), ns.contacts(), refs,
                ns.sources());
    }

    private StorageSpec spec(TypedObject o) {
        String type = o.neurodataType();
        if (type == null) {
            return null;
        }
        String ns = o.namespace() != null && catalog.hasType(o.namespace(), type) ? o.namespace() : null;
        if (ns == null) {
            try {
                ns = catalog.namespaceOf(type);
            } catch (RuntimeException unknown) {
                return null;
            }
        }
        return catalog.resolve(ns, type);
    }

    /** Writes an object's fields into its group (or, for a dataset type, onto its dataset). */
    private void fill(NodeWriter n, String path, TypedObject o, StorageSpec spec) {
        if (o.neurodataType() != null) {
            n.setAttribute("namespace", o.namespace() != null ? o.namespace() : namespaceOf(o.neurodataType()));
            n.setAttribute("neurodata_type", o.neurodataType());
            if (o.objectId() != null) {
                n.setAttribute("object_id", o.objectId());
            }
        }
        Map<String, FieldNames.Field> byName = new LinkedHashMap<>();
        if (spec != null) {
            for (FieldNames.Field f : FieldNames.of(spec)) {
                byName.put(f.name(), f);
            }
        }
        for (Map.Entry<String, Object> e : o.fields().entrySet()) {
            String name = e.getKey();
            Object v = e.getValue();
            FieldNames.Field f = byName.get(name);
            if (n == placed.get(file) && (name.equals("specifications") || name.equals(".specloc"))) {
                continue; // written anew from the namespaces
            }
            if (f == null) {
                unnamed(n, path, o, name, v);
                continue;
            }
            switch (f.kind()) {
                case ATTRIBUTE -> attribute(n, f.attribute(), v, o.storedTypes.get(name), (AttributeSpec) f.spec());
                case DATA, DATASET_ATTRIBUTE -> { }
                case DATASET -> {
                    if (v instanceof TypedObject t) {
                        child((GroupWriter) n, path, t, f.member());
                    } else {
                        DatasetWriter d = dataset((GroupWriter) n, f.member(), v, o.storedTypes.get(name),
                                ((DatasetSpec) f.spec()).dtype());
                        datasetAttributes(d, o, f.member(), byName);
                    }
                }
                case GROUP -> group((GroupWriter) n, path, f, v);
                case LINK -> link((GroupWriter) n, f.member(), v);
                case MANY -> members((GroupWriter) n, path, v);
                default -> { }
            }
        }
        // pynwb writes required groups even when empty, and attributes the spec fixes or defaults
        for (FieldNames.Field f : byName.values()) {
            if (o.get(f.name()) != null) {
                continue;
            }
            if (f.kind() == FieldNames.Kind.ATTRIBUTE) {
                AttributeSpec a = (AttributeSpec) f.spec();
                Object fixed = a.value() != null ? a.value() : a.required() ? a.defaultValue() : null;
                if (fixed != null) {
                    attribute(n, a.name(), fixed, null, a);
                }
            } else if (f.kind() == FieldNames.Kind.GROUP && f.spec() instanceof GroupSpec g && g.dataType() == null
                    && g.quantity().isRequired() && n instanceof GroupWriter gw && !gw.has(f.member())) {
                fill(gw.createGroup(f.member()), TreeReader.childPath(path, f.member()), TypedObject.group(
                        f.member()), g);
            }
        }
    }

    private String namespaceOf(String type) {
        try {
            return catalog.namespaceOf(type);
        } catch (RuntimeException unknown) {
            return "core";
        }
    }

    /** A field the spec does not name: by its value (an attribute unless it was read from a dataset). */
    private void unnamed(NodeWriter n, String path, TypedObject o, String name, Object v) {
        if (v instanceof TypedObject t && n instanceof GroupWriter g) {
            if (t.neurodataType() == null && !placed.containsKey(t)) {
                GroupWriter c = g.createGroup(name);
                placed.put(t, c);
                paths.put(t, TreeReader.childPath(path, name));
                fill(c, TreeReader.childPath(path, name), t, null);
            } else {
                child(g, path, t, name);
            }
        } else if (v instanceof Map<?, ?> && n instanceof GroupWriter g) {
            GroupWriter c = g.createGroup(name);
            members(c, TreeReader.childPath(path, name), v);
        } else if (v instanceof org.nwbj.hdf5.Link) {
            return; // a dangling link read from a file
        } else if (o.sourceOf(name) != null || v instanceof ArrayData) {
            if (n instanceof GroupWriter g) {
                dataset(g, name, v, o.storedTypes.get(name), null);
            }
        } else if (!name.contains("_") || !o.fields().containsKey(name.substring(0, name.lastIndexOf('_')))
                || o.sourceOf(name.substring(0, name.lastIndexOf('_'))) == null) {
            attribute(n, name, v, o.storedTypes.get(name), null);
        }
    }

    private void group(GroupWriter parent, String path, FieldNames.Field f, Object v) {
        if (v instanceof TypedObject t && t.neurodataType() != null) {
            child(parent, path, t, f.member());
            return;
        }
        String here = TreeReader.childPath(path, f.member());
        GroupWriter g = parent.createGroup(f.member());
        if (v instanceof Map<?, ?>) {
            members(g, here, v);
        } else if (v instanceof TypedObject t) {
            placed.put(t, g);
            paths.put(t, here);
            fill(g, here, t, (GroupSpec) f.spec());
        }
    }

    private void members(GroupWriter g, String path, Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                child(g, path, (TypedObject) e.getValue(), (String) e.getKey());
            }
        }
    }

    /** A typed member: written here at its first place, a soft link to it at later ones. */
    private void child(GroupWriter parent, String path, TypedObject c, String name) {
        if (placed.containsKey(c)) {
            parent.createSoftLink(name, paths.get(c));
            return;
        }
        String here = TreeReader.childPath(path, name);
        if (c.path() != null && c.path().startsWith("/") && !c.path().equals(here)) {
            // read from a file where it lives elsewhere: it is written there, here is a link to it, as it was
            parent.createSoftLink(name, c.path());
            elsewhere.add(c);
            return;
        }
        paths.put(c, here);
        if (c.isDataset()) {
            StorageSpec s = spec(c);
            DatasetWriter d = dataset(parent, name, c.get("data"), c.storedTypes.get("data"),
                    s instanceof DatasetSpec ds ? ds.dtype() : null);
            placed.put(c, d);
            fill(d, here, c, s);
        } else {
            if (c instanceof DynamicTableSupport t) {
                t.materialize();
            }
            GroupWriter g = parent.createGroup(name);
            placed.put(c, g);
            fill(g, here, c, spec(c));
        }
    }

    private void link(GroupWriter g, String name, Object v) {
        if (!(v instanceof TypedObject t)) {
            return;
        }
        if (placed.containsKey(t)) {
            g.createSoftLink(name, paths.get(t));
        } else {
            afterPlacing.add(() -> g.createSoftLink(name, target(t)));
        }
    }

    private String target(TypedObject t) {
        String p = paths.get(t);
        if (p == null) {
            throw new NwbException(t + " is linked to but not in the file: add it to the NWBFile");
        }
        return p;
    }

    private void datasetAttributes(DatasetWriter d, TypedObject o, String member,
            Map<String, FieldNames.Field> byName) {
        for (FieldNames.Field f : byName.values()) {
            if (f.kind() != FieldNames.Kind.DATASET_ATTRIBUTE || !f.member().equals(member)) {
                continue;
            }
            AttributeSpec a = (AttributeSpec) f.spec();
            Object v = o.get(f.name());
            if (v == null) {
                v = a.value() != null ? a.value() : a.defaultValue();
            }
            if (v != null) {
                attribute(d, a.name(), v, o.storedTypes.get(f.name()), a);
            }
        }
        for (Map.Entry<String, Object> e : o.fields().entrySet()) {
            String k = e.getKey();
            if (k.startsWith(member + "_") && !byName.containsKey(k) && o.sourceOf(k) == null
                    && !(e.getValue() instanceof TypedObject)) {
                attribute(d, k.substring(member.length() + 1), e.getValue(), o.storedTypes.get(k), null);
            }
        }
    }

    private DatasetWriter dataset(GroupWriter g, String name, Object v, DataType stored, Dtype dtype) {
        if (v instanceof ArrayData.InMemory m) {
            DatasetWriter d = g.createDataset(name, m.options());
            d.writeAll(m.values());
            return d;
        }
        if (v instanceof ArrayData.Stored st) {
            return DatasetCopy.copy(st.dataset(), g, name, DatasetCopy.optionsOf(st.dataset(), null, -1),
                    BLOCK_BYTES);
        }
        if (v instanceof ArrayData a) {
            throw new NwbException("dataset " + name + ": " + a.getClass().getSimpleName()
                    + " values are written by NwbIO, not by TypedIO yet");
        }
        if (v == null) {
            throw new NwbException("dataset " + name + " has no values");
        }
        boolean array = v.getClass().isArray();
        Object values = v;
        if (v instanceof Object[] a && a.length > 0 && a[0] instanceof String) {
            values = java.util.Arrays.copyOf(a, a.length, String[].class);
        }
        DataType type = stored != null ? stored : typeFor(dtype, values);
        long[] dims = array ? new long[] {java.lang.reflect.Array.getLength(v)} : new long[0];
        DatasetWriter d = g.createDataset(name, DatasetOptions.of(type, dims));
        if (TreeReader.holdsReferences(type) || containsObjects(values)) {
            Object later = values;
            afterPlacing.add(() -> d.writeAll(references(later)));
        } else {
            d.writeAll(values);
        }
        return d;
    }

    private void attribute(NodeWriter n, String name, Object v, DataType stored, AttributeSpec spec) {
        if (v instanceof ArrayData.Stored st) {
            v = st.dataset().readValues();
        } else if (v instanceof ArrayData.InMemory m) {
            v = m.values();
        }
        Object values = v;
        if (v instanceof Object[] a && a.length > 0 && a[0] instanceof String) {
            values = java.util.Arrays.copyOf(a, a.length, String[].class);
        }
        DataType type = stored != null ? stored : typeFor(spec == null ? null : spec.dtype(), values);
        if (TreeReader.holdsReferences(type) || containsObjects(values)) {
            Object later = values;
            DataType t = type;
            afterPlacing.add(() -> n.setAttribute(name, t, references(later)));
        } else {
            n.setAttribute(name, type, values);
        }
    }

    private static boolean containsObjects(Object v) {
        if (v instanceof TypedObject) {
            return true;
        }
        if (v instanceof Object[] a) {
            for (Object x : a) {
                if (containsObjects(x)) {
                    return true;
                }
            }
        }
        return v instanceof Map<?, ?> m && m.values().stream().anyMatch(TreeWriter::containsObjects);
    }

    /** Values with objects replaced by references to where they were written. */
    private Object references(Object v) {
        if (v instanceof TypedObject t) {
            NodeWriter w = placed.get(t);
            if (w == null) {
                throw new NwbException("a reference to " + t + " cannot be written: it is not in the file");
            }
            return new ObjectReference(w.address());
        }
        if (v instanceof Object[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = references(a[i]);
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, references(x)));
            return out;
        }
        return v;
    }

    /** The HDF5 type for a new value: text as the spec says (UTF-8, or ASCII for ascii and isodatetime). */
    static DataType typeFor(Dtype dtype, Object v) {
        if (dtype instanceof Dtype.Reference || v instanceof TypedObject
                || v instanceof Object[] a && a.length > 0 && a[0] instanceof TypedObject) {
            return DataTypes.objectReference();
        }
        Object e = v != null && v.getClass().isArray() && java.lang.reflect.Array.getLength(v) > 0
                ? java.lang.reflect.Array.get(v, 0) : v;
        if (e instanceof String || v instanceof String[]) {
            BasicType t = dtype instanceof Dtype.Simple s ? s.type() : BasicType.TEXT;
            return t == BasicType.ASCII || t == BasicType.ISODATETIME ? VLEN_ASCII : DataTypes.UTF8;
        }
        if (e instanceof java.time.temporal.TemporalAccessor) {
            return VLEN_ASCII;
        }
        if (e instanceof Long || e instanceof Integer || e instanceof Short || e instanceof Byte) {
            return e instanceof Long ? DataTypes.INT64 : e instanceof Integer ? DataTypes.INT32
                    : e instanceof Short ? DataTypes.INT16 : DataTypes.INT8;
        }
        if (e instanceof Float) {
            return DataTypes.FLOAT32;
        }
        if (e instanceof Number) {
            return DataTypes.FLOAT64;
        }
        if (e instanceof Boolean) {
            return DataTypes.BOOL;
        }
        if (v instanceof long[]) {
            return DataTypes.INT64;
        }
        if (v instanceof double[]) {
            return DataTypes.FLOAT64;
        }
        throw new NwbException("no HDF5 type for a value of " + (v == null ? "null" : v.getClass().getName()));
    }
}
