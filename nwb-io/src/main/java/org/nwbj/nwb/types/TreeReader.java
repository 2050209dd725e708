package org.nwbj.nwb.types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.VlenType;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Reads a whole NWB file into {@link TypedObject}s driven by the file's cached specs: every group, dataset and
 * attribute lands in some field, the spec's fields under pynwb's names, everything else under its own name, so the
 * typed view holds all of the file. Datasets stay in the file ({@link ArrayData}) except scalars and references.
 */
final class TreeReader {
    private static final Set<String> IDENTITY = new HashSet<>(java.util.Arrays.asList("neurodata_type", "namespace", "object_id"));

    private final Hdf5File h;
    private final Path file;
    private final SpecCatalog catalog;
    private final Map<Long, TypedObject> byAddress = new HashMap<>();
    /** Reference values to swap for the objects they point at, once every object is read. */
    private final List<Runnable> pending = new ArrayList<>();
    /** The fields of each spec met (specs of one type are one object in the catalog). */
    private final Map<StorageSpec, List<FieldNames.Field>> fieldsBySpec = new java.util.IdentityHashMap<>();
    /** Each node's attributes by name, decoded once (Node.hasAttribute and attribute decode them all per call). */
    private final Map<Node, Map<String, Attribute>> attributesByNode = new java.util.IdentityHashMap<>();

    TreeReader(Hdf5File h, Path file, SpecCatalog catalog) {
        this.h = h;
        this.file = file;
        this.catalog = catalog;
    }

    TypedObject readRoot() {
        TypedObject root = object(h.root(), "/", "root", null, true);
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).run();
        }
        return root;
    }

    /** The typed object of a group or dataset (an untyped group with {@code inline} as its spec). */
    private TypedObject object(Node n, String path, String name, StorageSpec inline, boolean cache) {
        TypedObject known = cache ? byAddress.get(n.address()) : null;
        if (known != null) {
            return known;
        }
        String type = text(n, "neurodata_type");
        String ns = text(n, "namespace");
        boolean dataset = n instanceof Dataset;
        TypedObject o = create(type, ns, name, dataset);
        o.readIdentity(type, ns, text(n, "object_id"));
        o.path = path;
        o.catalog = catalog;
        if (cache) {
            byAddress.put(n.address(), o);
        }
        StorageSpec spec = inline;
        if (type != null) {
            String where = ns != null && catalog.hasType(ns, type) ? ns : namespaceOf(type);
            spec = where == null ? null : catalog.resolve(where, type);
        }
        fill(o, n, spec, cache);
        return o;
    }

    private String namespaceOf(String type) {
        try {
            return catalog.namespaceOf(type);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** An instance of the type's class, or of its nearest ancestor's for types without one (extensions). */
    private TypedObject create(String type, String ns, String name, boolean dataset) {
        if (type != null) {
            TypedObject o = CoreTypes.create(type, name);
            if (o != null) {
                return o;
            }
            String where = ns != null && catalog.hasType(ns, type) ? ns : namespaceOf(type);
            if (where != null) {
                for (String ancestor : catalog.ancestors(where, type)) {
                    o = CoreTypes.create(ancestor, name);
                    if (o != null) {
                        return o;
                    }
                }
            }
        }
        return new TypedObject(name, type, ns, dataset);
    }

    private void fill(TypedObject o, Node n, StorageSpec spec, boolean cache) {
        List<FieldNames.Field> fields = spec == null ? java.util.Collections.emptyList()
                : fieldsBySpec.computeIfAbsent(spec, FieldNames::of);
        Set<String> attributesDone = new HashSet<>(IDENTITY);
        Set<String> membersDone = new HashSet<>();
        Group g = n instanceof Group gr ? gr : null;
        List<FieldNames.Field> many = new ArrayList<>();
        for (FieldNames.Field f : fields) {
            switch (f.kind()) {
                case ATTRIBUTE -> {
                    Attribute a = attributes(n).get(f.attribute());
                    if (a != null) {
                        attribute(o, f.name(), a);
                        attributesDone.add(f.attribute());
                    }
                }
                case DATA -> {
                    if (n instanceof Dataset d) {
                        datasetValue(o, "data", d);
                    }
                }
                case DATASET_ATTRIBUTE -> {
                    Node d = g == null || g.link(f.member()) == null ? null : node(g, f.member());
                    Attribute a = d instanceof Dataset ? attributes(d).get(f.attribute()) : null;
                    if (a != null && text(d, "neurodata_type") == null) {
                        attribute(o, f.name(), a);
                    }
                }
                case MANY -> many.add(f);
                default -> {
                    if (g != null && g.link(f.member()) != null) {
                        member(o, g, f.member(), f.name(), f, cache, fields);
                        membersDone.add(f.member());
                    }
                }
            }
        }
        for (Attribute a : attributes(n).values()) {
            if (!attributesDone.contains(a.name())) {
                attribute(o, o.fields().containsKey(a.name()) ? a.name() + "_attribute" : a.name(), a);
            }
        }
        if (g == null) {
            return;
        }
        for (Link l : g.links()) {
            if (membersDone.contains(l.name())) {
                continue;
            }
            member(o, g, l.name(), null, null, cache, fields);
            Object v = o.get(l.name());
            // a typed member the spec collects in a map goes there (the first map whose types it belongs to)
            if (v instanceof TypedObject t && t.neurodataType() != null) {
                for (FieldNames.Field f : many) {
                    if (f.types().stream().anyMatch(t::isA)) {
                        o.set(l.name(), null);
                        o.members(f.name()).put(l.name(), t);
                        break;
                    }
                }
            }
        }
    }

    /** Reads member {@code name} of {@code g} into field {@code field} (null: the member's name). */
    private void member(TypedObject o, Group g, String name, String field, FieldNames.Field f, boolean cache,
            List<FieldNames.Field> fields) {
        String key = field != null ? field : name;
        Link l = g.link(name);
        Node n = node(g, name);
        if (n == null) {
            o.putRead(key, l); // a link that leads nowhere is kept as the link
            return;
        }
        String path = childPath(o.path, name);
        boolean nowCache = cache && !(l instanceof Link.External);
        String objectName = name;
        if (l instanceof Link.Soft s) {
            path = s.target();
            objectName = path.substring(path.lastIndexOf('/') + 1);
        } else if (l instanceof Link.External) {
            path = n.path();
        }
        if (n instanceof Dataset d && text(d, "neurodata_type") == null) {
            datasetValue(o, key, d);
            o.sources.put(key, path);
            for (Attribute a : attributes(d).values()) {
                boolean named = fields.stream().anyMatch(x -> x.kind() == FieldNames.Kind.DATASET_ATTRIBUTE
                        && x.member().equals(name) && x.attribute().equals(a.name()));
                if (!named) {
                    attribute(o, name + "_" + a.name(), a);
                }
            }
            return;
        }
        if (n instanceof Group mg && text(mg, "neurodata_type") == null) {
            if (f != null && f.isCollection()) {
                Map<String, TypedObject> members = new LinkedHashMap<>();
                TypedObject holder = TypedObject.group(name);
                holder.path = path;
                holder.catalog = catalog;
                fill(holder, mg, (GroupSpec) f.spec(), nowCache);
                for (Map.Entry<String, Object> e : holder.fields().entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> members.put((String) k, (TypedObject) v));
                    } else if (e.getValue() instanceof TypedObject t) {
                        members.put(e.getKey(), t);
                    } else {
                        holder = null; // something else in it: keep the group as a group
                        break;
                    }
                }
                if (holder != null) {
                    o.putRead(key, members);
                    o.sources.put(key, path);
                    return;
                }
            }
            StorageSpec inline = f != null && f.spec() instanceof GroupSpec gs && gs.dataType() == null ? gs : null;
            o.putRead(key, object(mg, path, objectName, inline, nowCache));
            return;
        }
        o.putRead(key, object(n, path, objectName, null, nowCache));
    }

    private Node node(Group g, String name) {
        try {
            return g.get(name);
        } catch (Hdf5Exception dangling) {
            return null;
        }
    }

    private void datasetValue(TypedObject o, String key, Dataset d) {
        o.storedTypes.put(key, d.type());
        if (holdsReferences(d.type())) {
            Object[] v = d.readValues();
            Object value = d.space().kind() == Dataspace.Kind.SCALAR && v.length == 1 ? v[0] : v;
            o.putRead(key, value);
            pending.add(() -> o.putRead(key, resolve(value)));
        } else if (d.space().kind() == Dataspace.Kind.SCALAR && !d.path().startsWith("/specifications/")) {
            o.putRead(key, d.readValues()[0]);
        } else {
            o.putRead(key, new ArrayData.Stored(file, d.path(), d));
        }
    }

    private void attribute(TypedObject o, String key, Attribute a) {
        Object[] v = a.readValues();
        Object value = a.space().kind() == Dataspace.Kind.SCALAR && v.length == 1 ? v[0] : v;
        o.storedTypes.put(key, a.type());
        o.putRead(key, value);
        if (holdsReferences(a.type())) {
            pending.add(() -> o.putRead(key, resolve(value)));
        }
    }

    /** Object references replaced by the objects they point at (compounds and arrays element by element). */
    private Object resolve(Object v) {
        if (v instanceof ObjectReference r) {
            TypedObject t = byAddress.get(r.address());
            if (t == null && r.address() > 0) {
                try {
                    Node n = h.nodeAt(r.address(), "?");
                    t = object(n, null, "referenced", null, true);
                } catch (Hdf5Exception unreadable) {
                    return r;
                }
            }
            return t != null ? t : r;
        }
        if (v instanceof Object[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = resolve(a[i]);
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, resolve(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(resolve(x)));
            return out;
        }
        return v;
    }

    static boolean holdsReferences(DataType t) {
        if (t instanceof ReferenceType r) {
            return r.kind() == ReferenceType.Kind.OBJECT;
        }
        if (t instanceof CompoundType c) {
            return c.members().stream().anyMatch(m -> holdsReferences(m.type()));
        }
        if (t instanceof ArrayType a) {
            return holdsReferences(a.base());
        }
        return t instanceof VlenType v && holdsReferences(v.base());
    }

    private Map<String, Attribute> attributes(Node n) {
        Map<String, Attribute> known = attributesByNode.get(n);
        if (known == null) {
            known = new LinkedHashMap<>();
            for (Attribute a : n.attributes()) {
                known.put(a.name(), a);
            }
            attributesByNode.put(n, known);
        }
        return known;
    }

    private String text(Node n, String attribute) {
        Attribute a = attributes(n).get(attribute);
        if (a == null) {
            return null;
        }
        Object[] v = a.readValues();
        return v.length == 1 && v[0] instanceof String s ? s : null;
    }

    static String childPath(String parent, String name) {
        return parent == null ? null : parent.equals("/") ? "/" + name : parent + "/" + name;
    }
}
