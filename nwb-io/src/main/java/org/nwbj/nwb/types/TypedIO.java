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
            String stat = options.driver() == OpenOptions.Driver.SINGLE && !options.swmrRead() ? statKey(path) : null;
            TypedObject root = new TreeReader(h, path, catalogOf(h, stat)).readRoot();
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
     * Appends rows to the DynamicTable (Units, trials, electrodes, ...) at {@code tablePath} of an existing file, in
     * place: each row gives a value for every column (an array or list for a ragged column, whose VectorIndex is
     * extended; a TypedObject read from the file for a reference column) and optionally its {@code id} (else the
     * next free one). Columns pynwb stored with fixed dimensions are rewritten growable, keeping their attributes.
     *
     * <pre>{@code
     * TypedIO.appendRows(path, "/units", List.of(Map.of("spike_times", new double[] {0.1, 0.5})));
     * }</pre>
     *
     * @param path the NWB file, closed
     * @param tablePath the table's absolute path, e.g. {@code /units} or {@code /intervals/trials}
     * @param rows the rows to add, column name -> value
     */
    public static void appendRows(Path path, String tablePath, List<? extends Map<String, ?>> rows) {
        TableAppender.append(path, tablePath, rows);
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

    /**
     * Spec digests of files by their identity and modification (see {@link #statKey}): re-opening an unchanged file
     * skips decoding its cached specs to digest them, which costs as much as reading a small file's tree.
     */
    private static final Map<String, String> DIGESTS = new LinkedHashMap<String, String>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    };

    /** The catalog of a file's cached specs, parsed once per distinct set of specs. */
    static SpecCatalog catalogOf(Hdf5File h) {
        return catalogOf(h, null);
    }

    /**
     * As {@link #catalogOf(Hdf5File)}; {@code stat} (or null) names the file's identity and modification, to reuse
     * its spec digest from an earlier open of the unchanged file.
     */
    static SpecCatalog catalogOf(Hdf5File h, String stat) {
        String key;
        synchronized (DIGESTS) {
            key = stat == null ? null : DIGESTS.get(stat);
        }
        if (key == null) {
            key = specDigest(h);
            if (key != null && stat != null) {
                synchronized (DIGESTS) {
                    DIGESTS.put(stat, key);
                }
            }
        }
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

    /**
     * {@return the real path, file key (inode), size and modification time of a local file, or null} A file rewritten
     * or modified in place changes at least one of them (the time has nanosecond resolution where the OS keeps it).
     */
    private static String statKey(Path path) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(path,
                    java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            return path.toRealPath() + "\u0000" + a.fileKey() + "\u0000" + a.size() + "\u0000"
                    + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.io.IOException | RuntimeException unknown) {
            return null;
        }
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
