package org.nwbj.nwb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.nwb.ArrayData;
import org.nwbj.testing.SharedFolder;

/**
 * The typed view of every NWB file of the kit (current and older versions) loses nothing: every group and dataset
 * of the file (reached by hard links, outside the cached specifications) is an object or a field of the view.
 */
class TypedViewCoversFileTest {
    static List<Path> kitFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] {"conformance/nwb", "conformance/nwb-backcompat"}) {
            try (Stream<Path> s = Files.list(SharedFolder.require(dir))) {
                s.filter(p -> p.toString().endsWith(".nwb")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("kitFiles")
    void everyObjectOfTheFileIsInTheTypedView(Path file) {
        try (NWBFile nwb = TypedIO.read(file); Hdf5File h = Hdf5File.open(file)) {
            Map<Long, String> inFile = new java.util.TreeMap<>();
            walk(h.root(), inFile);
            Set<Long> seen = new HashSet<>();
            collect(nwb, h, seen, Collections.newSetFromMap(new IdentityHashMap<>()));
            Set<String> missing = new TreeSet<>();
            inFile.forEach((address, path) -> {
                if (!seen.contains(address)) {
                    missing.add(path);
                }
            });
            assertThat(missing).as("objects of " + file.getFileName() + " not in the typed view").isEmpty();
        }
    }

    private static void walk(Group g, Map<Long, String> out) {
        if (out.putIfAbsent(g.address(), g.path()) != null) {
            return;
        }
        for (Link l : g.links()) {
            if (!(l instanceof Link.Hard) || g.path().equals("/") && l.name().equals("specifications")) {
                continue;
            }
            Node n = g.get(l.name());
            if (n instanceof Group c) {
                walk(c, out);
            } else if (n instanceof Dataset) {
                out.putIfAbsent(n.address(), n.path());
            }
        }
    }

    private static void collect(Object v, Hdf5File h, Set<Long> seen, Set<Object> visited) {
        if (v instanceof TypedObject o) {
            if (!visited.add(o)) {
                return;
            }
            address(h, o.path(), seen);
            for (Map.Entry<String, Object> e : o.fields().entrySet()) {
                address(h, o.sourceOf(e.getKey()), seen);
                collect(e.getValue(), h, seen, visited);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Object x : m.values()) {
                collect(x, h, seen, visited);
            }
        } else if (v instanceof Object[] a) {
            for (Object x : a) {
                collect(x, h, seen, visited);
            }
        } else if (v instanceof ArrayData.Stored st) {
            seen.add(st.dataset().address());
        }
    }

    private static void address(Hdf5File h, String path, Set<Long> seen) {
        if (path != null && !path.equals("?")) {
            try {
                seen.add(h.get(path).address());
            } catch (RuntimeException elsewhere) {
                // a path of another file (external link)
            }
        }
    }
}
