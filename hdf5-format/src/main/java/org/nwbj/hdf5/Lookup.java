package org.nwbj.hdf5;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Typed lookups and the tree walk behind {@link Hdf5File} and {@link Group}. */
final class Lookup {
    private Lookup() {
    }

    /** The object at {@code path} from {@code from}, which must be of {@code kind}. */
    static <T extends Node> T find(Group from, String path, Class<T> kind) {
        Node n;
        try {
            n = from.get(path);
        } catch (Hdf5NotFoundException e) {
            throw new Hdf5NotFoundException("no " + kindName(kind) + " at " + describe(from, path) + " ("
                    + e.getMessage() + ")");
        }
        if (!kind.isInstance(n)) {
            throw new Hdf5Exception(describe(from, path) + " is a " + kindName(n.getClass()) + ", not a "
                    + kindName(kind));
        }
        return kind.cast(n);
    }

    static boolean exists(Group from, String path) {
        try {
            from.get(path);
            return true;
        } catch (Hdf5NotFoundException e) {
            return false;
        }
    }

    private static String describe(Group from, String path) {
        return path.startsWith("/") ? path : NodeSupport.child(from.path(), path);
    }

    private static String kindName(Class<?> kind) {
        return kind == Dataset.class ? "dataset" : kind == Group.class ? "group" : "named datatype";
    }

    /**
     * Every object below {@code start} reachable through hard links, depth first, links in name order; each object
     * once (by header address), under the first path that reached it, so hard-link loops end. Soft and external
     * links are not followed (h5py's {@code visititems}).
     */
    static void visit(Group start, Hdf5File.Visitor visitor) {
        Set<Long> seen = new HashSet<>();
        seen.add(start.address());
        // preorder without recursion: a deep file cannot overflow the stack
        Deque<List<Node>> pending = new ArrayDeque<>();
        pending.push(children(start, seen));
        while (!pending.isEmpty()) {
            List<Node> level = pending.peek();
            if (level.isEmpty()) {
                pending.pop();
                continue;
            }
            Node n = level.remove(0);
            if (!seen.add(n.address())) {
                continue; // reached before under another path (or a loop back up)
            }
            visitor.visit(relative(start, n.path()), n);
            if (n instanceof Group g) {
                pending.push(children(g, seen));
            }
        }
    }

    private static List<Node> children(Group g, Set<Long> seen) {
        List<Node> out = new ArrayList<>();
        for (Link l : g.links()) {
            if (l instanceof Link.Hard h && !seen.contains(h.address())) {
                out.add(g.file().nodeAt(h.address(), NodeSupport.child(g.path(), l.name())));
            }
        }
        return out;
    }

    /** The path of a node relative to the group the walk started at (absolute from the root, as h5py gives it). */
    private static String relative(Group start, String path) {
        if (start.path().equals("/")) {
            return path.substring(1);
        }
        return path.substring(start.path().length() + 1);
    }
}
