package org.nwbj.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.NamedDatatype;
import org.nwbj.hdf5.Node;

/**
 * Visits every link reachable from a group, depth first, links of each group in name byte order; each object is
 * described once, at the first path that reaches it, and every later hard link to it names that path (so hard
 * links that form a loop are reported, never followed, as h5ls's "same as"). Iterative: a deep tree needs no
 * deep Java stack.
 */
final class Walker {
    /** One visited link: an object (first visit), a hard link to an earlier one, or a soft/external link. */
    record Entry(String path, Node node, String hardTarget, Link link) {
    }

    record Counts(int groups, int datasets, int datatypes, int softLinks, int externalLinks) {
    }

    private final Hdf5File file;
    private final Map<Long, String> firstPath = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    private Walker(Hdf5File file) {
        this.file = file;
    }

    /** Every entry from the root, the root first. */
    static Walker walk(Hdf5File file) {
        Walker w = new Walker(file);
        w.visit(file.root(), w.entries::add);
        return w;
    }

    /** Streams the entries under {@code start} (itself first) to {@code sink} as they are found. */
    static void walk(Hdf5File file, Group start, Consumer<Entry> sink) {
        new Walker(file).visit(start, sink);
    }

    private record Frame(Group group, Iterator<Link> links) {
    }

    private void visit(Group start, Consumer<Entry> sink) {
        firstPath.put(start.address(), start.path());
        sink.accept(new Entry(start.path(), start, null, null));
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(start, start.links().iterator()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.links().hasNext()) {
                stack.pop();
                continue;
            }
            Link l = top.links().next();
            Group g = top.group();
            String path = g.path().equals("/") ? "/" + l.name() : g.path() + "/" + l.name();
            if (l instanceof Link.Hard h) {
                String first = firstPath.get(h.address());
                if (first != null) {
                    sink.accept(new Entry(path, null, first, l));
                    continue;
                }
                firstPath.put(h.address(), path);
                Node n = file.nodeAt(h.address(), path);
                sink.accept(new Entry(path, n, null, l));
                if (n instanceof Group child) {
                    stack.push(new Frame(child, child.links().iterator()));
                }
            } else {
                sink.accept(new Entry(path, null, null, l));
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
