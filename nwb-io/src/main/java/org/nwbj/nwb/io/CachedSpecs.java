package org.nwbj.nwb.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.SpecException;
import org.nwbj.nwb.schema.SpecLoader;
import org.nwbj.nwb.schema.Versions;

/**
 * The specifications an NWB file caches under {@code /specifications/<namespace>/<version>/<source>}: for each
 * namespace one version, the one the file's {@code nwb_version} names for {@code core}, else the newest cached.
 */
public final class CachedSpecs {
    static final String SPECIFICATIONS = "specifications";
    static final String CORE = "core";

    private CachedSpecs() {
    }

    /**
     * {@return the cached namespaces, or an empty list when the file caches none}
     *
     * @param file an open file
     */
    public static List<Namespace> load(Hdf5File file) {
        Group root = file.root();
        Group specs = childGroup(root, SPECIFICATIONS);
        if (specs == null) {
            return Collections.emptyList();
        }
        String nwbVersion = rootText(root, "nwb_version");
        List<Namespace> out = new ArrayList<>();
        for (Link l : specs.links()) {
            Group ns = childGroup(specs, l.name());
            if (ns == null) {
                continue;
            }
            List<String> versions = new ArrayList<>();
            for (Link v : ns.links()) {
                if (childGroup(ns, v.name()) != null) {
                    versions.add(v.name());
                }
            }
            if (versions.isEmpty()) {
                continue;
            }
            String chosen = l.name().equals(CORE) && nwbVersion != null && versions.contains(nwbVersion)
                    ? nwbVersion : newest(versions);
            out.add(loadVersion(childGroup(ns, chosen), l.name() + "/" + chosen));
        }
        return out;
    }

    /**
     * {@return a catalog of the cached specs, or of nwbj's own {@link CoreSchemas} when the file caches none} A
     * namespace the cached ones include but the file lacks (say hdmf-common beside a cached extension) is taken from
     * CoreSchemas.
     *
     * @param file an open file
     */
    public static SpecCatalog catalog(Hdf5File file) {
        List<Namespace> cached = load(file);
        return cached.isEmpty() ? CoreSchemas.catalog() : SpecCatalog.of(withIncludes(cached));
    }

    /**
     * {@return the version the file's root {@code nwb_version} attribute names, or null when it has none}
     *
     * @param file an open file
     */
    public static String nwbVersion(Hdf5File file) {
        return rootText(file.root(), "nwb_version");
    }

    static List<Namespace> withIncludes(List<Namespace> cached) {
        List<Namespace> out = new ArrayList<>(cached);
        Map<String, Namespace> ours = new LinkedHashMap<>();
        for (Namespace ns : CoreSchemas.load()) {
            ours.put(ns.name(), ns);
        }
        for (int i = 0; i < out.size(); i++) { // grows while included namespaces are added
            for (Namespace.SchemaRef ref : out.get(i).schema()) {
                if (ref instanceof Namespace.NamespaceRef r && !has(out, r.namespace()) && ours.containsKey(
                        r.namespace())) {
                    out.add(ours.get(r.namespace()));
                }
            }
        }
        return out;
    }

    private static boolean has(List<Namespace> list, String name) {
        for (Namespace ns : list) {
            if (ns.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Namespace loadVersion(Group dir, String where) {
        Map<String, String> strings = new LinkedHashMap<>();
        for (Link l : dir.links()) {
            Node n = dir.get(l.name());
            if (n instanceof Dataset d) {
                strings.put(l.name(), text(d.readValues(), where + "/" + l.name()));
            }
        }
        String namespace = strings.get("namespace");
        if (namespace == null) {
            throw new SpecException("cached specification " + where + " has no 'namespace' dataset");
        }
        return SpecLoader.loadCached(namespace, strings);
    }

    private static String text(Object[] values, String where) {
        if (values.length != 1 || !(values[0] instanceof String s)) {
            throw new SpecException("cached specification " + where + " is not a single string");
        }
        return s;
    }

    /** The newest of version strings, comparing dot- or dash-separated parts numerically where they are numbers. */
    static String newest(List<String> versions) {
        String best = versions.get(0);
        for (String v : versions) {
            if (compareVersions(v, best) > 0) {
                best = v;
            }
        }
        return best;
    }

    static int compareVersions(String a, String b) {
        return Versions.compare(a, b);
    }

    private static Group childGroup(Group g, String name) {
        Link l = g.link(name);
        if (l == null) {
            return null;
        }
        Node n = g.get(name);
        return n instanceof Group c ? c : null;
    }

    private static String rootText(Group root, String name) {
        for (org.nwbj.hdf5.Attribute a : root.attributes()) {
            if (a.name().equals(name)) {
                Object[] v = a.readValues();
                return v.length == 1 && v[0] instanceof String s ? s : null;
            }
        }
        return null;
    }
}
