package org.nwbj.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.NamedDatatype;
import org.nwbj.hdf5.Node;

/**
 * Visits every link reachable from the root, depth first, links of each group in name byte order; each object is
 * described once, at the first path that reaches it.
 */
final class Walker {
    /** One visited link: an object (first visit), a hard link to an earlier one, or a soft/external link. */
    record Entry(String path, Node node, String hardTarget, Link link) {
    }

    record Counts(int groups, int datasets, int datatypes, int softLinks, int externalLinks) {
    }

    private final Hdf5File file;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, String> firstPath = new HashMap<>();

    private Walker(Hdf5File file) {
        this.file = file;
    }

    static Walker walk(Hdf5File file) {
        Walker w = new Walker(file);
        Group root = file.root();
        w.firstPath.put(root.address(), "/");
        w.entries.add(new Entry("/", root, null, null));
        w.visit(root);
        return w;
    }

    private void visit(Group g) {
        for (Link l : g.links()) {
            String path = g.path().equals("/") ? "/" + l.name() : g.path() + "/" + l.name();
            if (l instanceof Link.Hard h) {
                String first = firstPath.get(h.address());
                if (first != null) {
                    entries.add(new Entry(path, null, first, l));
                    continue;
                }
                firstPath.put(h.address(), path);
                Node n = file.nodeAt(h.address(), path);
                entries.add(new Entry(path, n, null, l));
                if (n instanceof Group child) {
                    visit(child);
                }
            } else {
                entries.add(new Entry(path, null, null, l));
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The first path of the object at this address, or null when no link reaches it. */
    String pathOf(long address) {
        return firstPath.get(address);
    }

    static Counts count(Hdf5File f) {
        int g = 0;
        int d = 0;
        int t = 0;
        int s = 0;
        int e = 0;
        for (Entry en : walk(f).entries()) {
            if (en.node() instanceof Group) {
                g++;
            } else if (en.node() instanceof Dataset) {
                d++;
            } else if (en.node() instanceof NamedDatatype) {
                t++;
            } else if (en.link() instanceof Link.Soft) {
                s++;
            } else if (en.link() instanceof Link.External) {
                e++;
            }
        }
        return new Counts(g, d, t, s, e);
    }
}
