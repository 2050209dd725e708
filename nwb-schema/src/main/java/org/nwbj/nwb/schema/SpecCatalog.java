package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nwbj.nwb.schema.internal.SpecMerger;

/**
 * The types of a set of namespaces, with includes across namespaces resolved: lookup by (namespace, type),
 * inheritance queries and fully resolved specs (everything inherited merged in). Immutable and thread-safe.
 */
public final class SpecCatalog {
    /** Where a type is defined. */
    private record Definition(String namespace, StorageSpec spec) {
    }

    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final Map<String, Map<String, Definition>> visible = new LinkedHashMap<>();
    private final Map<String, StorageSpec> resolved = new ConcurrentHashMap<>();

    private SpecCatalog(Collection<Namespace> all) {
        for (Namespace ns : all) {
            if (namespaces.putIfAbsent(ns.name(), ns) != null) {
                throw new SpecException("namespace '" + ns.name() + "' given twice");
            }
        }
        for (String name : namespaces.keySet()) {
            visibleTypes(name, new HashSet<>());
        }
        for (String ns : namespaces.keySet()) {
            for (String type : visible.get(ns).keySet()) {
                ancestors(ns, type); // fails early on a missing parent or a cycle
            }
        }
    }

    /**
     * Builds a catalog; every namespace a namespace includes must be among {@code namespaces}.
     *
     * @param namespaces the namespaces
     * @return the catalog
     */
    public static SpecCatalog of(Collection<Namespace> namespaces) {
        return new SpecCatalog(namespaces);
    }

    /** {@return the namespaces of the catalog} */
    public Collection<Namespace> namespaces() {
        return Collections.unmodifiableCollection(namespaces.values());
    }

    /**
     * {@return the namespace with this name; throws if absent}
     *
     * @param name the namespace's name
     */
    public Namespace namespace(String name) {
        Namespace ns = namespaces.get(name);
        if (ns == null) {
            throw new SpecException("unknown namespace '" + name + "'; have " + namespaces.keySet());
        }
        return ns;
    }

    /**
     * Names of the types usable in a namespace: its own and those it includes.
     *
     * @param namespace the namespace's name
     * @return the type names
     */
    public Set<String> typeNames(String namespace) {
        namespace(namespace);
        return Collections.unmodifiableSet(visible.get(namespace).keySet());
    }

    /**
     * Names of the types a namespace itself defines, in source order.
     *
     * @param namespace the namespace's name
     * @return the type names
     */
    public List<String> definedTypes(String namespace) {
        List<String> out = new ArrayList<>();
        visible.get(namespace(namespace).name()).forEach((t, d) -> {
            if (d.namespace().equals(namespace)) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * Whether a type is usable in a namespace.
     *
     * @param namespace the namespace's name
     * @param type the type's name
     * @return true when the namespace defines or includes the type
     */
    public boolean hasType(String namespace, String type) {
        Map<String, Definition> v = visible.get(namespace);
        return v != null && v.containsKey(type);
    }

    /**
     * {@return the spec of a type as written (not merged with its ancestors)}
     *
     * @param namespace the namespace to look in
     * @param type the type's name
     */
    public StorageSpec type(String namespace, String type) {
        return definition(namespace, type).spec();
    }

    /**
     * {@return the namespace that defines a type visible in {@code namespace}}
     *
     * @param namespace the namespace to look in
     * @param type the type's name
     */
    public String definingNamespace(String namespace, String type) {
        return definition(namespace, type).namespace();
    }

    /**
     * {@return the namespace that defines {@code type}, searching all namespaces; throws if none or several different
     * namespaces define it}
     *
     * @param type the type's name
     */
    public String namespaceOf(String type) {
        String found = null;
        for (Map.Entry<String, Map<String, Definition>> e : visible.entrySet()) {
            Definition d = e.getValue().get(type);
            if (d != null) {
                if (found != null && !found.equals(d.namespace())) {
                    throw new SpecException("type '" + type + "' is defined in both '" + found + "' and '"
                            + d.namespace() + "'; name the namespace");
                }
                found = d.namespace();
            }
        }
        if (found == null) {
            throw new SpecException("unknown type '" + type + "'");
        }
        return found;
    }

    /**
     * {@return the ancestors of a type, nearest first (its parent, grandparent, ...), not including the type itself}
     *
     * @param namespace the namespace to look in
     * @param type the type's name
     */
    public List<String> ancestors(String namespace, String type) {
        List<String> out = new ArrayList<>();
        Definition d = definition(namespace, type);
        Set<String> seen = new HashSet<>();
        seen.add(type);
        while (d.spec().typeInc() != null) {
            String parent = d.spec().typeInc();
            if (!seen.add(parent)) {
                throw new SpecException("type '" + type + "' inherits from itself through '" + parent + "'");
            }
            out.add(parent);
            d = definition(d.namespace(), parent);
        }
        return out;
    }

    /**
     * {@return true when {@code type} is {@code ancestor} or inherits from it, looked up in {@code namespace}}
     *
     * @param namespace the namespace to look in
     * @param type the type's name
     * @param ancestor the possible ancestor
     */
    public boolean isA(String namespace, String type, String ancestor) {
        return type.equals(ancestor) || ancestors(namespace, type).contains(ancestor);
    }

    /**
     * {@return {@link #isA(String, String, String)} in the namespace that defines {@code type}}
     *
     * @param type the type's name
     * @param ancestor the possible ancestor
     */
    public boolean isA(String type, String ancestor) {
        return isA(namespaceOf(type), type, ancestor);
    }

    /**
     * {@return the full spec of a type: its own spec merged over everything it inherits}
     *
     * @param namespace the namespace to look in
     * @param type the type's name
     */
    public StorageSpec resolve(String namespace, String type) {
        Definition d = definition(namespace, type);
        String key = d.namespace() + "\u0000" + type;
        StorageSpec r = resolved.get(key);
        if (r == null) {
            StorageSpec own = d.spec();
            r = own.typeInc() == null ? own : SpecMerger.merge(resolve(d.namespace(), own.typeInc()), own);
            resolved.put(key, r);
        }
        return r;
    }

    /**
     * {@return the full spec of an inline spec that includes a type (such as a dataset of a group with
     * {@code neurodata_type_inc: VectorData}): the included type's resolved spec refined by the inline spec}
     * A spec that includes no type is returned as is.
     *
     * @param namespace the namespace to look in
     * @param inline the inline spec
     */
    public StorageSpec effective(String namespace, StorageSpec inline) {
        if (inline.typeDef() != null) {
            return resolve(namespace, inline.typeDef());
        }
        if (inline.typeInc() == null) {
            return inline;
        }
        return SpecMerger.merge(resolve(namespace, inline.typeInc()), inline);
    }

    private Definition definition(String namespace, String type) {
        Map<String, Definition> v = visible.get(namespace(namespace).name());
        Definition d = v.get(type);
        if (d == null) {
            throw new SpecException("type '" + type + "' is not defined in namespace '" + namespace
                    + "' or the namespaces it includes");
        }
        return d;
    }

    private Map<String, Definition> visibleTypes(String name, Set<String> inProgress) {
        Map<String, Definition> done = visible.get(name);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(name)) {
            throw new SpecException("namespace '" + name + "' includes itself");
        }
        Namespace ns = namespace(name);
        Map<String, Definition> out = new LinkedHashMap<>();
        for (Namespace.SchemaRef ref : ns.schema()) {
            Map<String, Definition> found = new LinkedHashMap<>();
            if (ref instanceof Namespace.NamespaceRef inc) {
                if (!namespaces.containsKey(inc.namespace())) {
                    throw new SpecException("namespace '" + name + "' includes '" + inc.namespace()
                            + "', which is not loaded");
                }
                found.putAll(visibleTypes(inc.namespace(), inProgress));
            } else {
                SchemaSource src = ns.sources().get(((Namespace.SourceRef) ref).source());
                if (src == null) {
                    throw new SpecException("namespace '" + name + "' lists source '"
                            + ((Namespace.SourceRef) ref).source() + "' but it is not loaded");
                }
                src.groups().forEach(g -> collect(name, g, found));
                src.datasets().forEach(d -> collect(name, d, found));
            }
            for (Map.Entry<String, Definition> e : found.entrySet()) {
                if (ref.dataTypes().isEmpty() || ref.dataTypes().contains(e.getKey())) {
                    Definition before = out.putIfAbsent(e.getKey(), e.getValue());
                    if (before != null && before != e.getValue()) {
                        throw new SpecException("type '" + e.getKey() + "' defined twice in namespace '" + name + "'");
                    }
                }
            }
        }
        inProgress.remove(name);
        visible.put(name, out);
        return out;
    }

    private static void collect(String namespace, StorageSpec spec, Map<String, Definition> out) {
        if (spec.typeDef() != null && out.put(spec.typeDef(), new Definition(namespace, spec)) != null) {
            throw new SpecException("type '" + spec.typeDef() + "' defined twice in namespace '" + namespace + "'");
        }
        if (spec instanceof GroupSpec g) {
            g.groups().forEach(c -> collect(namespace, c, out));
            g.datasets().forEach(c -> collect(namespace, c, out));
        }
    }
}
