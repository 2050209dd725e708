package org.nwbj.nwb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Any group of an NWB file as a generic container: its type and attributes, its datasets (lazy
 * {@link NwbDataset} handles), its child groups and its soft and external links. Every NWB 2.x file opens this way
 * ({@link NwbIO#open}), whatever types it uses, extension types included: their meaning comes from the specifications
 * the file caches ({@link #spec()}, {@link #isA}).
 *
 * <p>Members reached through a link are listed with the others and also, as links, in {@link #links()}; their
 * {@link #link()} says how they were reached. The root container owns the open file: close it when done.
 */
public final class NwbContainer extends NwbObject implements AutoCloseable {
    private final boolean root;

    NwbContainer(String name, String path, NwbLink link, Group g, NwbSource source, boolean root) {
        super(name, path, link, g, source);
        this.root = root;
    }

    /** Opens the file at {@code path} and returns its root group. */
    static NwbContainer openRoot(Path path, OpenOptions options) {
        return openRoot(Hdf5File.open(path, options));
    }

    /** The root of an open file, which the container closes. */
    static NwbContainer openRoot(Hdf5File h) {
        return new NwbContainer("/", "/", null, h.root(), new NwbSource(h), true);
    }

    private Group group() {
        return (Group) node;
    }

    /** {@return the soft and external links among the members, in name order} */
    public List<NwbLink> links() {
        List<NwbLink> out = new ArrayList<>();
        for (Link l : group().links()) {
            if (l instanceof Link.Soft s) {
                out.add(new NwbLink(s.name(), childPath(s.name()), null, s.target()));
            } else if (l instanceof Link.External e) {
                out.add(new NwbLink(e.name(), childPath(e.name()), e.file(), e.target()));
            }
        }
        return out;
    }

    /**
     * {@return every member group and dataset in name order, following links; a link that leads nowhere (a missing file
     * or object) is left out here and still listed by {@link #links()}}
     */
    public List<NwbObject> members() {
        List<NwbObject> out = new ArrayList<>();
        for (Link l : group().links()) {
            NwbObject o = member(l);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** {@return the member groups by name (see {@link #members()})} */
    public Map<String, NwbContainer> groups() {
        Map<String, NwbContainer> out = new LinkedHashMap<>();
        for (NwbObject o : members()) {
            if (o instanceof NwbContainer c) {
                out.put(c.name(), c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return the member datasets by name (see {@link #members()})} */
    public Map<String, NwbDataset> datasets() {
        Map<String, NwbDataset> out = new LinkedHashMap<>();
        for (NwbObject o : members()) {
            if (o instanceof NwbDataset d) {
                out.put(d.name(), d);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@return the member group or dataset {@code name}, or null when there is none (or its link leads nowhere)}
     *
     * @param name the member's name
     */
    public NwbObject member(String name) {
        Link l = group().link(name);
        return l == null ? null : member(l);
    }

    /**
     * {@return the object at a path relative to this group, each step as {@link #member}; null when absent}
     *
     * @param relativePath a path relative to this group
     */
    public NwbObject get(String relativePath) {
        NwbObject at = this;
        for (String step : relativePath.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (!(at instanceof NwbContainer c)) {
                return null;
            }
            at = c.member(step);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /**
     * {@return the member group {@code name}; throws NwbException when absent or not a group}
     *
     * @param name the member's name
     */
    public NwbContainer group(String name) {
        NwbObject o = member(name);
        if (!(o instanceof NwbContainer c)) {
            throw new NwbException(childPath(name) + " is not a group");
        }
        return c;
    }

    /**
     * {@return the member dataset {@code name}; throws NwbException when absent or not a dataset}
     *
     * @param name the member's name
     */
    public NwbDataset dataset(String name) {
        NwbObject o = member(name);
        if (!(o instanceof NwbDataset d)) {
            throw new NwbException(childPath(name) + " is not a dataset");
        }
        return d;
    }

    /**
     * {@return the specification of this container's type with everything inherited merged in, from the file's cached
     * specs; null for an untyped group or a type the file does not define}
     */
    public StorageSpec spec() {
        String type = neurodataType();
        String ns = namespace();
        SpecCatalog catalog = source.catalog();
        if (type == null || ns == null || !catalog.hasType(ns, type)) {
            return null;
        }
        return catalog.resolve(ns, type);
    }

    /** {@return the catalog of the specifications the file caches (nwbj's core schemas when it caches none)} */
    public SpecCatalog catalog() {
        return source.catalog();
    }

    /** For the root: closes the file (and files opened through external links); no effect on other groups. */
    @Override
    public void close() {
        if (root) {
            source.file().close();
        }
    }

    private NwbObject member(Link l) {
        NwbLink how = null;
        if (l instanceof Link.Soft s) {
            how = new NwbLink(s.name(), childPath(s.name()), null, s.target());
        } else if (l instanceof Link.External e) {
            how = new NwbLink(e.name(), childPath(e.name()), e.file(), e.target());
        }
        Node n;
        try {
            n = group().get(l.name());
        } catch (Hdf5Exception dangling) {
            if (how == null) {
                throw dangling;
            }
            return null;
        }
        String p = childPath(l.name());
        if (n instanceof Group g) {
            return new NwbContainer(l.name(), p, how, g, source, false);
        } else if (n instanceof Dataset d) {
            return new NwbDataset(l.name(), p, how, d, source);
        }
        return null; // a committed datatype: not an NWB object
    }

    private String childPath(String name) {
        return path().equals("/") ? "/" + name : path() + "/" + name;
    }
}
