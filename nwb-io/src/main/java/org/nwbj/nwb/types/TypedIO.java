package org.nwbj.nwb.types;

import java.nio.file.Path;
import java.util.List;

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

    /** Reads an NWB file; the result keeps the file open for lazy reads of its datasets until closed. */
    public static NWBFile read(Path path) {
        return read(path, OpenOptions.defaults());
    }

    /** As {@link #read(Path)}, with a driver, read limits and a link policy. */
    public static NWBFile read(Path path, OpenOptions options) {
        Hdf5File h = Hdf5File.open(path, options);
        try {
            TypedObject root = new TreeReader(h, path, CachedSpecs.catalog(h)).readRoot();
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
     * The typed view of an open file, without taking it over: closing the result does not close {@code file}.
     */
    public static NWBFile view(Hdf5File file) {
        TypedObject root = new TreeReader(file, file.path(), CachedSpecs.catalog(file)).readRoot();
        if (!(root instanceof NWBFile f)) {
            throw new NwbException(file.path() + " is not an NWB file: its root has neurodata_type "
                    + root.neurodataType());
        }
        return f;
    }

    /** Writes {@code file} (replacing {@code path}), caching the specs of its namespaces as pynwb does. */
    public static void write(NWBFile file, Path path) {
        new TreeWriter(file, java.util.Collections.emptyList()).write(path);
    }

    /**
     * Writes {@code file} with the types of extension namespaces (from {@link #loadExtension}); their specs are
     * cached in the file beside core's, as pynwb caches the namespaces it loaded.
     */
    public static void write(NWBFile file, Path path, List<Namespace> extensions) {
        new TreeWriter(file, extensions).write(path);
    }

    /** Loads an extension's namespace YAML (ndx-*.namespace.yaml and the schema files beside it). */
    public static List<Namespace> loadExtension(Path namespaceYaml) {
        return SpecLoader.loadYaml(namespaceYaml);
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
