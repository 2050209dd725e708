package org.nwbj.nwb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.links.LinkRules;
import org.nwbj.nwb.io.CachedSpecs;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.LinkSpec;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.SpecException;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * NWB's knowledge of links for {@link org.nwbj.hdf5.links.LinkInspector}: a link inside an NWB container must
 * reach what the container's spec places there (a dataset or a group, and a neurodata type that is the expected
 * one or inherits from it); an NWB file is identified by its {@code identifier} (which pynwb's shallow copy keeps),
 * an object by its {@code object_id}. The specs are those the linking file caches, else NWB core 2.7.0.
 */
public final class NwbLinkRules implements LinkRules {
    private final Map<Path, SpecCatalog> catalogs = new HashMap<>();
    private SpecCatalog core;

    @Override
    public String checkTarget(Hdf5File linkingFile, String linkPath, Node target) {
        String[] parts = linkPath.substring(1).split("/");
        // the nearest enclosing object with a neurodata_type, and the path below it
        Node typed = null;
        int below = 0;
        for (int i = parts.length - 1; i >= 0 && typed == null; i--) {
            String p = "/" + String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
            Node n;
            try {
                n = linkingFile.get(i == 0 ? "/" : p);
            } catch (Hdf5Exception e) {
                return null;
            }
            if (type(n) != null) {
                typed = n;
                below = i;
            }
        }
        if (typed == null) {
            return null; // not inside an NWB container
        }
        SpecCatalog catalog = catalog(linkingFile);
        String ns = namespace(typed, catalog);
        try {
            StorageSpec spec = catalog.resolve(ns, type(typed));
            for (int i = below; i < parts.length && spec != null; i++) {
                List<Object> found = children(spec, parts[i], catalog, ns);
                if (found.isEmpty()) {
                    return null; // the spec does not place it (an extension, or free-form)
                }
                if (i == parts.length - 1) {
                    return judge(found, target, catalog, ns, linkPath);
                }
                spec = found.get(0) instanceof StorageSpec s ? catalog.effective(ns, s) : null;
            }
        } catch (SpecException e) {
            return null; // a type the specs do not know: nothing to expect
        }
        return null;
    }

    /** The specs a child named {@code name} may follow: the one with that name, else the unnamed typed ones. */
    private static List<Object> children(StorageSpec parent, String name, SpecCatalog catalog, String ns) {
        List<Object> out = new ArrayList<>();
        if (!(parent instanceof GroupSpec g)) {
            return out;
        }
        if (g.group(name) != null) {
            out.add(g.group(name));
        } else if (g.dataset(name) != null) {
            out.add(g.dataset(name));
        } else if (g.link(name) != null) {
            out.add(g.link(name));
        } else {
            for (GroupSpec c : g.groups()) {
                if (c.name() == null && c.dataType() != null) {
                    out.add(c);
                }
            }
            for (DatasetSpec c : g.datasets()) {
                if (c.name() == null && c.dataType() != null) {
                    out.add(c);
                }
            }
            for (LinkSpec c : g.links()) {
                if (c.name() == null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Null when {@code target} fits one of the specs, else what was expected and found. */
    private static String judge(List<Object> specs, Node target, SpecCatalog catalog, String ns, String linkPath) {
        String found = type(target);
        boolean isGroup = target instanceof Group;
        List<String> expected = new ArrayList<>();
        for (Object s : specs) {
            String want;
            boolean wantGroup;
            if (s instanceof LinkSpec l) {
                want = l.targetType();
                wantGroup = catalog.resolve(ns, want) instanceof GroupSpec;
            } else {
                want = ((StorageSpec) s).dataType();
                wantGroup = s instanceof GroupSpec;
            }
            String kind = wantGroup ? "group" : "dataset";
            expected.add(want == null ? kind : kind + " " + want);
            if (wantGroup != isGroup) {
                continue;
            }
            if (want == null || found != null && isA(catalog, ns, found, want)) {
                return null;
            }
        }
        return linkPath + " should reach " + String.join(" or ", expected) + ", found "
                + (isGroup ? "group" : target instanceof Dataset ? "dataset" : "datatype")
                + (found == null ? " without neurodata_type" : " " + found);
    }

    private static boolean isA(SpecCatalog catalog, String ns, String type, String ancestor) {
        try {
            return catalog.isA(ns, type, ancestor);
        } catch (SpecException e) {
            try {
                return catalog.isA(type, ancestor);
            } catch (SpecException again) {
                return false; // a type of an extension the specs do not hold
            }
        }
    }

    private static String namespace(Node n, SpecCatalog catalog) {
        String ns = text(n, "namespace");
        if (ns != null) {
            for (Namespace x : catalog.namespaces()) {
                if (x.name().equals(ns)) {
                    return ns;
                }
            }
        }
        return catalog.namespaceOf(type(n));
    }

    private SpecCatalog catalog(Hdf5File file) {
        Path key = file.path();
        SpecCatalog c = key == null ? null : catalogs.get(key);
        if (c == null) {
            try {
                List<Namespace> cached = CachedSpecs.load(file);
                c = cached.isEmpty() ? core() : SpecCatalog.of(cached);
            } catch (RuntimeException e) {
                c = core(); // unreadable cached specs: judge by the core
            }
            if (key != null) {
                catalogs.put(key, c);
            }
        }
        return c;
    }

    private SpecCatalog core() {
        if (core == null) {
            core = CoreSchemas.catalog();
        }
        return core;
    }

    @Override
    public String fileIdentity(Hdf5File file) {
        try {
            Group root = file.root();
            if (!"NWBFile".equals(type(root))) {
                return null;
            }
            Object[] v = ((Dataset) root.get("identifier")).readValues();
            return v.length == 0 || v[0] == null ? null : v[0].toString();
        } catch (Hdf5Exception | ClassCastException e) {
            return null;
        }
    }

    @Override
    public String objectIdentity(Node target) {
        return text(target, "object_id");
    }

    private static String type(Node n) {
        return text(n, "neurodata_type");
    }

    private static String text(Node n, String attribute) {
        try {
            if (!n.hasAttribute(attribute)) {
                return null;
            }
            Object[] v = n.attribute(attribute).readValues();
            return v.length == 0 || v[0] == null ? null : v[0].toString();
        } catch (Hdf5Exception e) {
            return null;
        }
    }
}
