package org.nwbj.nwb.schema.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import org.nwbj.nwb.schema.SpecException;

/** Turns the generic tree (maps, lists, scalars) that Jackson reads from YAML or JSON into the spec model. */
public final class SpecParser {
    private final String where;
    private TypeKeys keys;

    private SpecParser(String where) {
        this.where = where;
    }

    /** Parses the {@code namespaces} list of a namespace document; sources are attached later. */
    public static List<Namespace> parseNamespaces(Object tree, String where) {
        SpecParser p = new SpecParser(where);
        Map<String, Object> root = p.map(tree, "namespace document");
        List<Namespace> out = new ArrayList<>();
        for (Object o : p.list(root.get("namespaces"), "namespaces")) {
            out.add(p.namespace(p.map(o, "namespace")));
        }
        if (out.isEmpty()) {
            throw p.error("no namespaces");
        }
        return out;
    }

    /** Parses one schema source document (top-level {@code groups} and {@code datasets}). */
    public static SchemaSource parseSource(String name, Object tree) {
        SpecParser p = new SpecParser("source '" + name + "'");
        Map<String, Object> root = p.map(tree, "schema document");
        List<GroupSpec> groups = new ArrayList<>();
        for (Object o : p.list(root.get("groups"), "groups")) {
            groups.add(p.group(p.map(o, "group")));
        }
        List<DatasetSpec> datasets = new ArrayList<>();
        for (Object o : p.list(root.get("datasets"), "datasets")) {
            datasets.add(p.dataset(p.map(o, "dataset")));
        }
        return new SchemaSource(name, p.keys == null ? TypeKeys.NEURODATA : p.keys, groups, datasets);
    }

    /** The source name without a {@code .yaml}, {@code .yml} or {@code .json} extension. */
    public static String sourceName(String source) {
        for (String ext : new String[] {".yaml", ".yml", ".json"}) {
            if (source.endsWith(ext)) {
                return source.substring(0, source.length() - ext.length());
            }
        }
        return source;
    }

    private Namespace namespace(Map<String, Object> m) {
        String name = requiredString(m, "name");
        String version = requiredString(m, "version");
        List<Namespace.SchemaRef> refs = new ArrayList<>();
        for (Object o : list(m.get("schema"), "schema")) {
            Map<String, Object> e = map(o, "schema entry");
            List<String> types = strings(e.containsKey("data_types") ? e.get("data_types") : e.get("neurodata_types"));
            if (e.get("namespace") != null) {
                refs.add(new Namespace.NamespaceRef(string(e.get("namespace")), types));
            } else if (e.get("source") != null) {
                refs.add(new Namespace.SourceRef(sourceName(string(e.get("source"))), string(e.get("title")),
                        string(e.get("doc")), types));
            } else {
                throw error("schema entry of namespace '" + name + "' has neither source nor namespace");
            }
        }
        return new Namespace(name, version, string(m.get("doc")), string(m.get("full_name")),
                strings(m.get("author")), strings(m.get("contact")), refs, java.util.Collections.emptyMap());
    }

    private GroupSpec group(Map<String, Object> m) {
        List<DatasetSpec> datasets = new ArrayList<>();
        for (Object o : list(m.get("datasets"), "datasets")) {
            datasets.add(dataset(map(o, "dataset")));
        }
        List<GroupSpec> groups = new ArrayList<>();
        for (Object o : list(m.get("groups"), "groups")) {
            groups.add(group(map(o, "group")));
        }
        List<LinkSpec> links = new ArrayList<>();
        for (Object o : list(m.get("links"), "links")) {
            Map<String, Object> l = map(o, "link");
            links.add(new LinkSpec(string(l.get("name")), string(l.get("doc")), requiredString(l, "target_type"),
                    quantity(l)));
        }
        String[] t = typeKeys(m);
        return new GroupSpec(t[0], t[1], string(m.get("name")), string(m.get("default_name")),
                string(m.get("doc")), quantity(m), bool(m.get("linkable"), true), attributes(m), datasets, groups,
                links);
    }

    private DatasetSpec dataset(Map<String, Object> m) {
        String[] t = typeKeys(m);
        return new DatasetSpec(t[0], t[1], string(m.get("name")), string(m.get("default_name")),
                string(m.get("doc")), quantity(m), bool(m.get("linkable"), true), dtype(m.get("dtype")),
                shape(m.get("shape")), dims(m.get("dims")), value(m.get("value")), value(m.get("default_value")),
                attributes(m));
    }

    private List<AttributeSpec> attributes(Map<String, Object> m) {
        List<AttributeSpec> out = new ArrayList<>();
        for (Object o : list(m.get("attributes"), "attributes")) {
            Map<String, Object> a = map(o, "attribute");
            out.add(new AttributeSpec(requiredString(a, "name"), string(a.get("doc")), dtype(a.get("dtype")),
                    shape(a.get("shape")), dims(a.get("dims")), value(a.get("value")),
                    value(a.get("default_value")), bool(a.get("required"), true)));
        }
        return out;
    }

    private String[] typeKeys(Map<String, Object> m) {
        for (TypeKeys k : TypeKeys.values()) {
            if (m.containsKey(k.defKey()) || m.containsKey(k.incKey())) {
                if (keys == null) {
                    keys = k;
                }
                return new String[] {string(m.get(k.defKey())), string(m.get(k.incKey()))};
            }
        }
        return new String[2];
    }

    private Quantity quantity(Map<String, Object> m) {
        try {
            return Quantity.parse(m.get("quantity"));
        } catch (SpecException e) {
            throw error(e.getMessage());
        }
    }

    private Dtype dtype(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Map<?, ?>) {
            Map<String, Object> m = map(o, "dtype");
            Object target = m.get("target_type");
            if (target == null) {
                throw error("reference dtype without target_type: " + o);
            }
            return new Dtype.Reference(string(target), Dtype.RefType.parse(string(m.get("reftype"))));
        }
        if (o instanceof List<?> l) {
            List<Dtype.Field> fields = new ArrayList<>();
            for (Object f : l) {
                Map<String, Object> fm = map(f, "compound dtype field");
                fields.add(new Dtype.Field(requiredString(fm, "name"), string(fm.get("doc")),
                        requiredDtype(fm.get("dtype"))));
            }
            return new Dtype.Compound(fields);
        }
        try {
            return new Dtype.Simple(string(o));
        } catch (SpecException e) {
            throw error(e.getMessage());
        }
    }

    private Dtype requiredDtype(Object o) {
        Dtype d = dtype(o);
        if (d == null) {
            throw error("compound field without dtype");
        }
        return d;
    }

    private Shape shape(Object o) {
        if (o == null) {
            return null;
        }
        List<Object> l = list(o, "shape");
        List<List<Integer>> alternatives = new ArrayList<>();
        if (!l.isEmpty() && l.get(0) instanceof List<?>) {
            for (Object a : l) {
                alternatives.add(shapeDims(list(a, "shape")));
            }
        } else {
            alternatives.add(shapeDims(l));
        }
        return new Shape(alternatives);
    }

    private List<Integer> shapeDims(List<Object> l) {
        List<Integer> out = new ArrayList<>();
        for (Object d : l) {
            if (d == null) {
                out.add(null);
            } else if (d instanceof Number n) {
                out.add(n.intValue());
            } else {
                throw error("shape entry is not a number: " + d);
            }
        }
        return out;
    }

    private Dims dims(Object o) {
        if (o == null) {
            return null;
        }
        List<Object> l = list(o, "dims");
        List<List<String>> alternatives = new ArrayList<>();
        if (!l.isEmpty() && l.get(0) instanceof List<?>) {
            for (Object a : l) {
                alternatives.add(strings(a));
            }
        } else {
            alternatives.add(strings(l));
        }
        return new Dims(alternatives);
    }

    /** Normalises a value: integers become Long, other numbers Double; lists are copied element by element. */
    public static Object value(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (o instanceof Float || o instanceof Double || o instanceof BigDecimal) {
            return ((Number) o).doubleValue();
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object e : l) {
                out.add(value(e));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw error(what + " is not a mapping: " + o);
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, String what) {
        if (o == null) {
            return Lists.of();
        }
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw error(what + " is not a list: " + o);
    }

    private List<String> strings(Object o) {
        if (o == null) {
            return Lists.of();
        }
        if (!(o instanceof List<?>)) {
            return Lists.of(string(o));
        }
        List<String> out = new ArrayList<>();
        for (Object e : (List<?>) o) {
            out.add(string(e));
        }
        return out;
    }

    private static String string(Object o) {
        if (o instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return o == null ? null : o.toString();
    }

    private String requiredString(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw error("missing '" + key + "' in " + new LinkedHashMap<>(m).keySet());
        }
        return string(v);
    }

    private static boolean bool(Object o, boolean dflt) {
        if (o == null) {
            return dflt;
        }
        return o instanceof Boolean b ? b : Boolean.parseBoolean(o.toString());
    }

    private SpecException error(String message) {
        return new SpecException(where + ": " + message);
    }
}
