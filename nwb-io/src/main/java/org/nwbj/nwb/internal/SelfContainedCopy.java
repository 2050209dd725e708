package org.nwbj.nwb.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.NodeWriter;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.StringType;

/**
 * Copies an HDF5 file into one that links to no other file: every external link, to a dataset or a group, is
 * replaced by a copy of its target (and soft links met inside other files by their targets), datasets streamed
 * block by block. Soft links of the source file itself stay soft links: their targets are copied to the same
 * paths. An object reached twice is copied once and hard-linked the second time.
 */
public final class SelfContainedCopy {
    private final long blockBytes;
    private final int deflate;
    private final Function<String, long[]> chunks;
    private final Map<Path, Hdf5File> files = new HashMap<>();
    /** Copied objects by "real path of their file#address". */
    private final Map<String, NodeWriter> copied = new HashMap<>();
    private final List<Runnable> afterFlush = new ArrayList<>();

    private SelfContainedCopy(long blockBytes, int deflate, Function<String, long[]> chunks) {
        this.blockBytes = blockBytes;
        this.deflate = deflate;
        this.chunks = chunks;
    }

    /**
     * Writes the copy of {@code source} to {@code target} (replacing it). {@code deflate}: -1 keeps the stored
     * filters, -2 stores uncompressed, 0..9 recompresses datasets of at least
     * {@link org.nwbj.nwb.ExportOptions#RECOMPRESS_MIN_BYTES}; {@code chunks} gives new chunks by dataset path
     * (null: keep).
     */
    public static void copy(Path source, Path target, long blockBytes, int deflate,
            Function<String, long[]> chunks) {
        SelfContainedCopy c = new SelfContainedCopy(blockBytes, deflate, chunks);
        // written beside the target and moved into place: the target may be one of the files read
        Path tmp = org.nwbj.hdf5.storage.FileStorage.createBeside(target);
        boolean done = false;
        try {
            c.run(source, tmp);
            List<String> left = LinkScan.externalLinks(tmp);
            if (!left.isEmpty()) {
                throw new Hdf5Exception("the export of " + source + " still links to other files: " + left);
            }
            for (Hdf5File f : c.files.values()) {
                f.close();
            }
            c.files.clear();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (IOException e) {
            throw new Hdf5IoException("cannot move the export into place at " + target, e);
        } finally {
            for (Hdf5File f : c.files.values()) {
                f.close();
            }
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the copy failed already; that error is the one to report
                }
            }
        }
    }

    private void run(Path source, Path target) {
        Hdf5File root = open(source);
        try (Hdf5Writer w = Hdf5Writer.create(target)) {
            copied.put(key(source, root.root().address()), w.root());
            copyGroup(root, source, root.root(), w.root(), "/", true);
            w.flush();
            for (Runnable r : afterFlush) {
                r.run();
            }
        }
    }

    private Hdf5File open(Path p) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new Hdf5IoException("cannot resolve " + p, e);
        }
        Hdf5File f = files.get(real);
        if (f == null) {
            f = Hdf5File.open(real);
            files.put(real, f);
        }
        return f;
    }

    private Path pathOf(Hdf5File f) {
        for (Map.Entry<Path, Hdf5File> e : files.entrySet()) {
            if (e.getValue() == f) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("file not opened by the copier");
    }

    private static String key(Path file, long address) {
        return file + "#" + address;
    }

    /** An object and the file it lives in. */
    private record Found(Hdf5File file, Node node) {
    }

    private void copyGroup(Hdf5File f, Path fpath, Group src, GroupWriter dst, String dstPath, boolean inSource) {
        copyAttributes(f, fpath, src, dst);
        List<Link> links = src.tracksCreationOrder() ? src.linksInCreationOrder() : src.links();
        for (Link l : links) {
            String childPath = dstPath.endsWith("/") ? dstPath + l.name() : dstPath + "/" + l.name();
            if (l instanceof Link.Soft s && inSource) {
                // the target is copied to the same path of the export, so the link still leads to it
                dst.createSoftLink(l.name(), s.target());
                continue;
            }
            Found found;
            if (l instanceof Link.Hard) {
                found = new Found(f, src.get(l.name()));
            } else if (l instanceof Link.Soft s) {
                found = resolve(f, s.target().startsWith("/") ? s.target()
                        : join(src.path(), s.target()), 0);
            } else {
                Link.External e = (Link.External) l;
                found = resolve(open(f.findExternal(e.file())), e.target(), 0);
            }
            Path where = pathOf(found.file());
            boolean stillSource = inSource && l instanceof Link.Hard;
            place(found, where, dst, l.name(), childPath, stillSource);
        }
    }

    private void place(Found found, Path where, GroupWriter dst, String name, String dstPath, boolean inSource) {
        Node n = found.node();
        String k = key(where, n.address());
        NodeWriter done = copied.get(k);
        if (done != null) {
            dst.createHardLink(name, done);
            return;
        }
        if (n instanceof Group g) {
            GroupWriter gw = g.tracksCreationOrder() ? dst.createGroupTrackingOrder(name) : dst.createGroup(name);
            copied.put(k, gw);
            copyGroup(found.file(), where, g, gw, dstPath, inSource);
        } else if (n instanceof Dataset d) {
            DatasetOptions o = DatasetCopy.optionsOf(d, chunks.apply(dstPath), compressionFor(d));
            DatasetWriter dw;
            if (ElementReferences.holdsObjectReferences(d.type())) {
                String why = ElementReferences.whyNotCopyable(d.type(), true);
                if (why != null) {
                    throw new Hdf5UnsupportedException("exporting " + dstPath + " of type " + d.type() + ": " + why
                            + " are not copied yet");
                }
                dw = dst.createDataset(name, o);
                // the referenced objects have their new addresses only once the export is flushed
                DatasetWriter target = dw;
                afterFlush.add(() -> DatasetCopy.copyValues(d, target, o, blockBytes, bytes ->
                        ElementReferences.remap(d.type(), bytes, a -> newAddress(where, a, dstPath))));
            } else {
                dw = DatasetCopy.copy(d, dst, name, o, blockBytes);
            }
            copied.put(k, dw);
            copyAttributes(found.file(), where, d, dw);
        } else {
            throw new Hdf5UnsupportedException("exporting the committed datatype " + dstPath + " (not supported "
                    + "yet)");
        }
    }

    private int compressionFor(Dataset d) {
        if (deflate < 0) {
            return deflate;
        }
        Dataspace s = d.space();
        boolean big = s.kind() == Dataspace.Kind.SIMPLE && s.elementCount() * d.type().size()
                >= org.nwbj.nwb.ExportOptions.RECOMPRESS_MIN_BYTES;
        boolean fixed = !(d.type() instanceof StringType st && st.isVariable());
        return big && fixed ? deflate : -1;
    }

    /** Follows {@code absPath} from the root of {@code f} link by link, into other files where links lead. */
    private Found resolve(Hdf5File f, String absPath, int depth) {
        if (depth > Hdf5File.MAX_LINK_TRAVERSALS) {
            throw new Hdf5Exception("more than " + Hdf5File.MAX_LINK_TRAVERSALS + " links followed resolving "
                    + absPath + ": a loop?");
        }
        Node n = f.root();
        Hdf5File file = f;
        String walked = "";
        for (String part : absPath.split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if (!(n instanceof Group g)) {
                throw new Hdf5NotFoundException(absPath + ": " + walked + " is not a group");
            }
            Link l = g.link(part);
            if (l == null) {
                throw new Hdf5NotFoundException(absPath + ": no " + part + " in " + (walked.isEmpty() ? "/" : walked)
                        + " of " + pathOf(file));
            }
            walked = walked + "/" + part;
            if (l instanceof Link.Hard) {
                n = g.get(part);
            } else if (l instanceof Link.Soft s) {
                Found r = resolve(file, s.target().startsWith("/") ? s.target() : join(g.path(), s.target()),
                        depth + 1);
                file = r.file();
                n = r.node();
            } else {
                Link.External e = (Link.External) l;
                Found r = resolve(open(file.findExternal(e.file())), e.target(), depth + 1);
                file = r.file();
                n = r.node();
            }
        }
        return new Found(file, n);
    }

    private static String join(String dir, String rel) {
        return dir.endsWith("/") ? dir + rel : dir + "/" + rel;
    }

    private void copyAttributes(Hdf5File f, Path fpath, Node src, NodeWriter dst) {
        for (Attribute a : src.attributes()) {
            DataType t = a.type();
            Dataspace space = a.space();
            if (ElementReferences.holdsObjectReferences(t)) {
                String why = ElementReferences.whyNotCopyable(t, true);
                if (why != null) {
                    throw new Hdf5UnsupportedException("exporting attribute " + a.name() + " of type " + t + ": "
                            + why + " are not copied yet");
                }
                byte[] raw = a.readRaw();
                // the targets' new addresses exist only once the copy is flushed
                afterFlush.add(() -> dst.setAttribute(a.name(), t, space, ElementReferences.remap(t, raw,
                        x -> newAddress(fpath, x, a.name()))));
            } else if (t instanceof StringType st && st.isVariable()) {
                Object[] v = a.readValues();
                if (space.kind() == Dataspace.Kind.SCALAR) {
                    dst.setAttribute(a.name(), t, v.length == 0 ? "" : String.valueOf(v[0]));
                } else if (space.rank() == 1) {
                    String[] s = new String[v.length];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = String.valueOf(v[i]);
                    }
                    dst.setAttribute(a.name(), t, s);
                } else {
                    throw new Hdf5UnsupportedException("exporting the " + space.rank() + "-D string attribute "
                            + a.name());
                }
            } else if (ElementReferences.whyNotCopyable(t, true) != null) {
                throw new Hdf5UnsupportedException("exporting attribute " + a.name() + " of type " + t + ": "
                        + ElementReferences.whyNotCopyable(t, true) + " are not copied yet");
            } else {
                dst.setAttribute(a.name(), t, space, a.readRaw());
            }
        }
    }

    /** Where the object at {@code address} of {@code file} is in the export (it must have been copied). */
    private long newAddress(Path file, long address, String what) {
        NodeWriter w = copied.get(key(file, address));
        if (w == null) {
            throw new Hdf5UnsupportedException(what + " refers to the object at " + address + " of " + file
                    + ", which the export did not copy");
        }
        return w.address();
    }
}
