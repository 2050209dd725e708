package org.nwbj.nwb.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.Dims;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.LinkSpec;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.Quantity;
import org.nwbj.nwb.schema.SchemaSource;
import org.nwbj.nwb.schema.SchemaSource.TypeKeys;
import org.nwbj.nwb.schema.Shape;

/** Turns the spec model back into the generic tree (maps, lists, scalars) of the spec language. */
public final class SpecSerializer {
    private final TypeKeys keys;

    private SpecSerializer(TypeKeys keys) {
        this.keys = keys;
    }

    /** The namespace document {@code {"namespaces": [ ... ]}} holding one namespace. */
    public static Map<String, Object> namespaceDocument(Namespace ns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", ns.name());
        m.put("version", ns.version());
        put(m, "doc", ns.doc());
        put(m, "full_name", ns.fullName());
        if (!ns.authors().isEmpty()) {
            m.put("author", ns.authors());
        }
        if (!ns.contacts().isEmpty()) {
            m.put("contact", ns.contacts());
        }
        List<Object> schema = new ArrayList<>();
        for (Namespace.SchemaRef ref : ns.schema()) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (ref instanceof Namespace.NamespaceRef n) {
                e.put("namespace", n.namespace());
            } else {
                Namespace.SourceRef s = (Namespace.SourceRef) ref;
                e.put("source", s.source());
                put(e, "title", s.title());
                put(e, "doc", s.doc());
            }
            if (!ref.dataTypes().isEmpty()) {
                e.put("data_types", ref.dataTypes());
            }
            schema.add(e);
        }
        m.put("schema", schema);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("namespaces", Lists.of(m));
        return root;
    }

    /** The document of one schema source: {@code {"groups": [...], "datasets": [...]}}. */
    public static Map<String, Object> sourceDocument(SchemaSource source) {
        SpecSerializer s = new SpecSerializer(source.typeKeys());
        Map<String, Object> root = new LinkedHashMap<>();
        if (!source.groups().isEmpty()) {
            List<Object> groups = new ArrayList<>();
            source.groups().forEach(g -> groups.add(s.group(g)));
            root.put("groups", groups);
        }
        if (!source.datasets().isEmpty()) {
            List<Object> datasets = new ArrayList<>();
            source.datasets().forEach(d -> datasets.add(s.dataset(d)));
            root.put("datasets", datasets);
        }
        return root;
    }

    private Map<String, Object> group(GroupSpec g) {
        Map<String, Object> m = storageHeader(g.typeDef(), g.typeInc(), g.name(), g.defaultName(), g.doc(),
                g.quantity(), g.linkable());
        putAttributes(m, g.attributes());
        if (!g.datasets().isEmpty()) {
            List<Object> l = new ArrayList<>();
            g.datasets().forEach(d -> l.add(dataset(d)));
            m.put("datasets", l);
        }
        if (!g.groups().isEmpty()) {
            List<Object> l = new ArrayList<>();
            g.groups().forEach(c -> l.add(group(c)));
            m.put("groups", l);
        }
        if (!g.links().isEmpty()) {
            List<Object> l = new ArrayList<>();
            for (LinkSpec link : g.links()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                put(lm, "name", link.name());
                put(lm, "doc", link.doc());
                lm.put("target_type", link.targetType());
                if (!link.quantity().equals(Quantity.ONE)) {
                    lm.put("quantity", link.quantity().toSpecValue());
                }
                l.add(lm);
            }
            m.put("links", l);
        }
        return m;
    }

    private Map<String, Object> dataset(DatasetSpec d) {
        Map<String, Object> m = storageHeader(d.typeDef(), d.typeInc(), d.name(), d.defaultName(), d.doc(),
                d.quantity(), d.linkable());
        put(m, "dtype", dtype(d.dtype()));
        put(m, "shape", shape(d.shape()));
        put(m, "dims", dims(d.dims()));
        put(m, "value", d.value());
        put(m, "default_value", d.defaultValue());
        putAttributes(m, d.attributes());
        return m;
    }

    private Map<String, Object> storageHeader(String def, String inc, String name, String defaultName, String doc,
            Quantity quantity, boolean linkable) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, keys.defKey(), def);
        put(m, keys.incKey(), inc);
        put(m, "name", name);
        put(m, "default_name", defaultName);
        put(m, "doc", doc);
        if (!quantity.equals(Quantity.ONE)) {
            m.put("quantity", quantity.toSpecValue());
        }
        if (!linkable) {
            m.put("linkable", false);
        }
        return m;
    }

    private void putAttributes(Map<String, Object> m, List<AttributeSpec> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        List<Object> l = new ArrayList<>();
        for (AttributeSpec a : attributes) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            put(am, "doc", a.doc());
            put(am, "dtype", dtype(a.dtype()));
            put(am, "shape", shape(a.shape()));
            put(am, "dims", dims(a.dims()));
            put(am, "value", a.value());
            put(am, "default_value", a.defaultValue());
            if (!a.required()) {
                am.put("required", false);
            }
            l.add(am);
        }
        m.put("attributes", l);
    }

    /** The spec form of a dtype: a name, a {target_type, reftype} map or a list of fields. */
    public static Object dtype(Dtype d) {
        if (d == null) {
            return null;
        }
        if (d instanceof Dtype.Simple s) {
            return s.name();
        }
        if (d instanceof Dtype.Reference r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target_type", r.targetType());
            m.put("reftype", r.refType().specName());
            return m;
        }
        List<Object> fields = new ArrayList<>();
        for (Dtype.Field f : ((Dtype.Compound) d).fields()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            put(m, "doc", f.doc());
            m.put("dtype", dtype(f.dtype()));
            fields.add(m);
        }
        return fields;
    }

    private static Object shape(Shape s) {
        if (s == null) {
            return null;
        }
        return s.alternatives().size() == 1 ? s.alternatives().get(0) : s.alternatives();
    }

    private static Object dims(Dims d) {
        if (d == null) {
            return null;
        }
        return d.alternatives().size() == 1 ? d.alternatives().get(0) : d.alternatives();
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
