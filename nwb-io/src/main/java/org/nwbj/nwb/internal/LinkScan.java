package org.nwbj.nwb.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;

/** Lists the links of a file without following soft or external ones. */
public final class LinkScan {
    private LinkScan() {
    }

    /** Every external link of the file, as "path -> file:object". */
    public static List<String> externalLinks(Path file) {
        List<String> out = new ArrayList<>();
        for (String l : links(file)) {
            if (l.endsWith("(external)")) {
                out.add(l.substring(0, l.length() - " (external)".length()));
            }
        }
        return out;
    }

    /** Every soft and external link of the file: "path -> target (soft)" or "path -> file:object (external)". */
    public static List<String> links(Path file) {
        try (Hdf5File f = Hdf5File.open(file)) {
            return links(f);
        }
    }

    /** As {@link #links(Path)} for an open file. */
    public static List<String> links(Hdf5File f) {
        List<String> out = new ArrayList<>();
        walk(f.root(), "", out, new HashSet<>());
        return out;
    }

    private static void walk(Group g, String path, List<String> out, Set<Long> seen) {
        if (!seen.add(g.address())) {
            return;
        }
        for (Link l : g.links()) {
            String p = path + "/" + l.name();
            if (l instanceof Link.Soft s) {
                out.add(p + " -> " + s.target() + " (soft)");
            } else if (l instanceof Link.External e) {
                out.add(p + " -> " + e.file() + ":" + e.target() + " (external)");
            } else {
                Node n = g.get(l.name());
                if (n instanceof Group child) {
                    walk(child, p, out, seen);
                }
            }
        }
    }
}
