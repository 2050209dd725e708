package org.nwbj.nwb.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.nwb.io.CachedSpecs;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.SpecException;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * An open NWB file seen as pynwb sees it for inspection: every typed object reachable from the root through hard
 * and external links (a container linked in from another file is inspected too, as pynwb reads it in), each
 * once, with the specification the file caches to tell subtypes apart.
 */
public final class InspectedFile {
    private final Hdf5File file;
    private final Path path;
    private final SpecCatalog catalog;
    private final SpecCatalog bundled = CoreSchemas.catalog();
    private final List<NeurodataObject> objects = new ArrayList<>();

    InspectedFile(Hdf5File file, Path path) {
        this.file = file;
        this.path = path;
        SpecCatalog c;
        try {
            c = CachedSpecs.catalog(file);
        } catch (SpecException | Hdf5Exception e) { // an unreadable cached spec: judge types by ours
            c = bundled;
        }
        this.catalog = c;
        walk(file.root(), "", new HashSet<>());
    }

    /** {@return the file's path on disk} */
    public Path path() {
        return path;
    }

    /** {@return the open HDF5 file} */
    public Hdf5File hdf5() {
        return file;
    }

    /** {@return every typed object, the root (NWBFile) first, then in link order depth first} */
    public List<NeurodataObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    /**
     * {@return the typed object at {@code path} of this file, or null}
     *
     * @param objectPath an absolute path in the file
     */
    public NeurodataObject object(String objectPath) {
        for (NeurodataObject o : objects) {
            if (o.path().equals(objectPath) && o.inMainFile()) {
                return o;
            }
        }
        return null;
    }

    /** The typed object whose header is at {@code address} in this file, or null. */
    NeurodataObject objectAt(long address) {
        for (NeurodataObject o : objects) {
            if (o.inMainFile() && o.node().address() == address) {
                return o;
            }
        }
        return null;
    }

    /** The typed object a resolved node is (matched by path and header address), or null. */
    NeurodataObject objectFor(Node n) {
        for (NeurodataObject o : objects) {
            if (o.node().address() == n.address() && o.path().equals(n.path())) {
                return o;
            }
        }
        return null;
    }

    private void walk(Node node, String fileKey, Set<String> seen) {
        if (!seen.add(fileKey + ":" + node.address())) {
            return;
        }
        String[] type = declaredType(node);
        if (type != null) {
            objects.add(new NeurodataObject(this, node, type[0], type[1], fileKey.isEmpty()));
        }
        if (!(node instanceof Group g)) {
            return;
        }
        for (Link l : g.links()) {
            if (l instanceof Link.Soft || node.path().equals("/") && l.name().equals("specifications")) {
                continue;
            }
            Node child;
            try {
                child = g.get(l.name());
            } catch (Hdf5Exception e) { // a dangling external link: the validator reports it
                continue;
            }
            String key = l instanceof Link.External e ? e.file() + "!" : fileKey;
            if (child instanceof Group || child instanceof Dataset) {
                walk(child, key, seen);
            }
        }
    }

    /** The (namespace, type) a node's attributes declare, or null. */
    static String[] declaredType(Node node) {
        String type = text(node, "neurodata_type");
        if (type == null) {
            type = text(node, "data_type");
        }
        String ns = text(node, "namespace");
        return type == null ? null : new String[] {ns, type};
    }

    private static String text(Node node, String name) {
        try {
            Attribute a = node.attribute(name);
            if (a == null) {
                return null;
            }
            Object[] v = a.readValues();
            return v.length == 1 && v[0] instanceof String s ? s : null;
        } catch (Hdf5Exception e) {
            return null;
        }
    }

    /** True when {@code type} (of {@code namespace}) is {@code ancestor} or inherits from it. */
    boolean isA(String namespace, String type, String ancestor) {
        if (type.equals(ancestor)) {
            return true;
        }
        for (SpecCatalog c : new SpecCatalog[] {catalog, bundled}) {
            try {
                String ns = namespace != null && c.hasType(namespace, type) ? namespace : c.namespaceOf(type);
                return c.isA(ns, type, ancestor);
            } catch (SpecException e) {
                // not known to this catalog: try the next
            }
        }
        return false;
    }

    /** The full spec of a type, or null when neither the file's nor nwbj's specification knows it. */
    StorageSpec spec(String namespace, String type) {
        for (SpecCatalog c : new SpecCatalog[] {catalog, bundled}) {
            try {
                String ns = namespace != null && c.hasType(namespace, type) ? namespace : c.namespaceOf(type);
                return c.resolve(ns, type);
            } catch (SpecException e) {
                // not known to this catalog: try the next
            }
        }
        return null;
    }
}
