package org.nwbj.nwb.types;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.nwb.NwbException;
import org.nwbj.nwb.io.CachedSpecs;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.SpecLoader;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Reads and writes whole NWB files as the typed classes of this package, driven by the schema: every type of NWB
 * core and hdmf-common as its class, extension types as their nearest ancestor's class with all their fields,
 * anything else as a {@link TypedObject}; nothing of the file is left out.
 *
 * <pre>{@code
 * try (NWBFile nwb = TypedIO.read(Paths.get("session.nwb"))) {
 *     double[] spikes = nwb.units().spikeTimes(0);
 *     ImageSegmentation seg = (ImageSegmentation) nwb.processing().get("ophys").dataInterfaces().get("seg");
 * }
 * }</pre>
 */
public final class TypedIO {
    private static volatile SpecCatalog core;

    private TypedIO() {
    }

    /**
     * Reads an NWB file; the result keeps the file open for lazy reads of its datasets until closed.
     *
     * @param path the NWB file
     * @return the typed root; close it when done
     */
    public static NWBFile read(Path path) {
        return read(path, OpenOptions.defaults());
    }

    /**
     * As {@link #read(Path)}, with a driver, read limits and a link policy.
     *
     * @param path the NWB file
     * @param options driver, limits and link policy
     * @return the typed root; close it when done
     */
    public static NWBFile read(Path path, OpenOptions options) {
        Hdf5File h = Hdf5File.open(path, options);
        try {
            TypedObject root = new TreeReader(h, path, catalogOf(h)).readRoot();
            if (!(root instanceof NWBFile f)) {
                throw new NwbException(path + " is not an NWB file: its root has neurodata_type "
                        + root.neurodataType());
            }
            f.source = h;
            return f;
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
    }

    /**
     * {@return the typed view of an open file, without taking it over: closing the result does not close {@code file}}
     *
     * @param file the open file
     */
    public static NWBFile view(Hdf5File file) {
        TypedObject root = new TreeReader(file, file.path(), catalogOf(file)).readRoot();
        if (!(root instanceof NWBFile f)) {
            throw new NwbException(file.path() + " is not an NWB file: its root has neurodata_type "
                    + root.neurodataType());
        }
        return f;
    }

    /**
     * Writes {@code file} (replacing {@code path}), caching the specs of its namespaces as pynwb does.
     *
     * @param file the typed root
     * @param path the file to write
     */
    public static void write(NWBFile file, Path path) {
        new TreeWriter(file, java.util.Collections.emptyList()).write(path);
    }

    /**
     * Writes {@code file} with the types of extension namespaces (from {@link #loadExtension}); their specs are
     * cached in the file beside core's, as pynwb caches the namespaces it loaded.
     *
     * @param file the typed root
     * @param path the file to write
     * @param extensions the extension namespaces used
     */
    public static void write(NWBFile file, Path path, List<Namespace> extensions) {
        new TreeWriter(file, extensions).write(path);
    }

    /**
     * Loads an extension's namespace YAML (ndx-*.namespace.yaml and the schema files beside it).
     *
     * @param namespaceYaml the namespace YAML file
     * @return the namespaces it defines
     */
    public static List<Namespace> loadExtension(Path namespaceYaml) {
        return SpecLoader.loadYaml(namespaceYaml);
    }

    /** Catalogs of cached specs by a digest of their text: files pynwb writes mostly cache the same specs. */
    private static final Map<String, SpecCatalog> CACHED = new LinkedHashMap<String, SpecCatalog>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SpecCatalog> eldest) {
            return size() > 8;
        }
    };

    /** The catalog of a file's cached specs, parsed once per distinct set of specs. */
    static SpecCatalog catalogOf(Hdf5File h) {
        String key = specDigest(h);
        if (key == null) {
            return CachedSpecs.catalog(h);
        }
        synchronized (CACHED) {
            SpecCatalog c = CACHED.get(key);
            if (c != null) {
                return c;
            }
        }
        SpecCatalog c = CachedSpecs.catalog(h);
        synchronized (CACHED) {
            CACHED.put(key, c);
        }
        return c;
    }

    /** SHA-256 over the paths and texts of /specifications, or null when the file caches none. */
    private static String specDigest(Hdf5File h) {
        try {
            if (h.root().link("specifications") == null || !(h.root().get("specifications") instanceof Group g)) {
                return null;
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            digest(g, md);
            StringBuilder b = new StringBuilder();
            for (byte x : md.digest()) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException | RuntimeException unreadable) {
            return null; // CachedSpecs reports what is wrong
        }
    }

    private static void digest(Group g, MessageDigest md) {
        for (Link l : g.links()) {
            Node n = g.get(l.name());
            md.update((n.path() + "\u0000").getBytes(StandardCharsets.UTF_8));
            if (n instanceof Group c) {
                digest(c, md);
            } else if (n instanceof Dataset d) {
                for (Object v : d.readValues()) {
                    md.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    static SpecCatalog coreCatalog() {
        SpecCatalog c = core;
        if (c == null) {
            c = CoreSchemas.catalog();
            core = c;
        }
        return c;
    }

    /** The resolved spec of an object's type (from the file's specs when read, else core's). */
    static StorageSpec specOf(TypedObject o) {
        SpecCatalog c = o.catalog != null ? o.catalog : coreCatalog();
        String type = o.neurodataType();
        String ns = o.namespace() != null && c.hasType(o.namespace(), type) ? o.namespace() : c.namespaceOf(type);
        return c.resolve(ns, type);
    }
}
