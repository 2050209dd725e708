package org.nwbj.hdf5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a file and then, opened with {@link Hdf5Writer#open(Path)}, rewrites every object's header in place and
 * every chunked and contiguous dataset with its own bytes: the content must stay exactly what it was. As a command
 * ({@code ModifyTouch SRC DST}) it serves the conformance kit's roundtrip.sh, which has the C library compare.
 */
public final class ModifyTouch {
    private ModifyTouch() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ModifyTouch SRC DST");
            System.exit(2);
        }
        touch(Paths.get(args[0]), Paths.get(args[1]));
    }

    /** Copies {@code src} to {@code dst} and rewrites everything in {@code dst}; returns the objects touched. */
    public static int touch(Path src, Path dst) throws Exception {
        Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
        List<String> groups = new ArrayList<>();
        Map<String, byte[]> datasets = new LinkedHashMap<>();
        try (Hdf5File f = Hdf5File.open(dst)) {
            walk(f.root(), "", groups, datasets, new HashSet<>());
        }
        try (Hdf5Writer w = Hdf5Writer.open(dst)) {
            GroupWriter root = w.root();
            root.object().rewriteHeader();
            for (String g : groups) {
                root.group(g).object().rewriteHeader();
            }
            for (Map.Entry<String, byte[]> e : datasets.entrySet()) {
                DatasetWriter d = root.dataset(e.getKey());
                d.object().rewriteHeader();
                if (e.getValue() != null) {
                    try {
                        d.writeBytes(Selection.all(d.dims()), e.getValue());
                    } catch (Hdf5UnsupportedException ignored) {
                        // compact and other layouts the writer does not write in place: header only
                    }
                }
            }
        }
        return 1 + groups.size() + datasets.size();
    }

    private static void walk(Group g, String path, List<String> groups, Map<String, byte[]> datasets,
            Set<Long> seen) {
        for (Link l : g.links()) {
            if (!(l instanceof Link.Hard)) {
                continue;
            }
            String p = path.isEmpty() ? l.name() : path + "/" + l.name();
            Node n = g.get(l.name());
            if (!seen.add(n.address())) {
                continue;
            }
            if (n instanceof Group child) {
                groups.add(p);
                walk(child, p, groups, datasets, seen);
            } else if (n instanceof Dataset d) {
                byte[] bytes = null;
                if (d.space().kind() != Dataspace.Kind.NULL) {
                    try {
                        bytes = d.readBytes();
                    } catch (Hdf5UnsupportedException ignored) {
                        // virtual datasets
                    }
                }
                datasets.put(p, bytes);
            }
        }
    }
}
