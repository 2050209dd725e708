package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.nwbj.hdf5.testing.TestFiles;

/**
 * Eight threads read the same open file at once (whole datasets, hyperslabs, values through the global heap,
 * attributes, group listings including dense groups and attributes), each in its own order; every result must
 * equal what one thread read from a separately opened instance.
 */
class ConcurrentReadTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 2;

    /** One read: a name and what it yields from a file, rendered as a string. */
    private record Task(String name, Function<Hdf5File, String> read) {
    }

    static Stream<Path> files() throws IOException {
        Path corpus = TestFiles.corpus("README.md").getParent();
        Path heaps = corpus.resolveSibling("heaps");
        List<Path> out = new ArrayList<>();
        for (Path dir : new Path[] {corpus, heaps}) {
            try (Stream<Path> s = Files.list(dir)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".h5"))
                        // family members and split halves only open together, through their own storages
                        .filter(p -> !p.getFileName().toString().startsWith("family_"))
                        .filter(p -> !p.getFileName().toString().startsWith("split-"))
                        .sorted().collect(Collectors.toList()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void eightThreadsReadWhatOneThreadReads(Path file) throws Exception {
        List<Task> tasks;
        Map<String, String> expected = new LinkedHashMap<>();
        try (Hdf5File f = Hdf5File.open(file)) {
            tasks = tasksOf(f);
            for (Task t : tasks) {
                expected.put(t.name(), run(t, f));
            }
        }
        assertThat(tasks).hasSizeGreaterThan(2);
        assertThat(expected.values()).filteredOn(v -> v.startsWith("error ")).hasSizeLessThan(tasks.size() / 2);
        if (Boolean.getBoolean("nwbj.printTasks")) {
            System.out.println(file.getFileName() + ": " + tasks.size() + " tasks, "
                    + expected.values().stream().filter(v -> v.startsWith("error ")).count() + " errors");
        }
        for (int round = 0; round < ROUNDS; round++) {
            // a fresh instance each round: the threads race to fill its caches
            try (Hdf5File shared = Hdf5File.open(file)) {
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                try {
                    CyclicBarrier start = new CyclicBarrier(THREADS);
                    List<Future<List<String>>> results = new ArrayList<>();
                    for (int i = 0; i < THREADS; i++) {
                        long seed = round * 1000L + i;
                        results.add(pool.submit(() -> {
                            List<Task> order = new ArrayList<>(tasks);
                            Collections.shuffle(order, new Random(seed));
                            start.await();
                            List<String> mismatches = new ArrayList<>();
                            for (Task t : order) {
                                String got = run(t, shared);
                                if (!got.equals(expected.get(t.name()))) {
                                    mismatches.add(t.name() + ": got " + abbreviate(got) + ", single-threaded "
                                            + abbreviate(expected.get(t.name())));
                                }
                            }
                            return mismatches;
                        }));
                    }
                    for (Future<List<String>> r : results) {
                        // the bound only keeps a deadlock from hanging the build
                        assertThat(r.get(5, TimeUnit.MINUTES)).as("reads of %s", file.getFileName()).isEmpty();
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** Runs a read; a format error is a result too (it must be the same error every time). */
    private static String run(Task t, Hdf5File f) {
        try {
            return t.read().apply(f);
        } catch (Hdf5Exception e) {
            return "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Node node(Hdf5File f, String path) {
        return path.equals("/") ? f.root() : f.get(path);
    }

    private static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }

    /** Tasks for every group, dataset and attribute reachable by hard links. */
    private static List<Task> tasksOf(Hdf5File f) {
        List<Task> tasks = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        walk(f, "/", tasks, seen);
        return tasks;
    }

    private static void walk(Hdf5File f, String path, List<Task> tasks, Set<Long> seen) {
        Node n;
        try {
            n = node(f, path);
        } catch (Hdf5Exception e) {
            return;
        }
        if (!seen.add(n.address())) {
            return;
        }
        tasks.add(new Task("attributes " + path, file -> attributes(node(file, path).attributes())));
        if (n instanceof Group g) {
            tasks.add(new Task("links " + path, file -> ((Group) node(file, path)).links().toString()));
            tasks.add(new Task("creation order " + path,
                    file -> ((Group) node(file, path)).linksInCreationOrder().toString()));
            List<Link> links;
            try {
                links = g.links();
            } catch (Hdf5Exception e) {
                return;
            }
            for (Link l : links) {
                if (l instanceof Link.Hard) {
                    walk(f, child(path, l.name()), tasks, seen);
                }
            }
        } else if (n instanceof Dataset d) {
            tasks.add(new Task("bytes " + path, file -> base64(((Dataset) node(file, path)).readRaw())));
            tasks.add(new Task("values " + path,
                    file -> Arrays.deepToString(((Dataset) node(file, path)).readValues())));
            Dataspace space = d.space();
            long[] dims = space.dims();
            if (space.kind() == Dataspace.Kind.SIMPLE && dims.length > 0 && Arrays.stream(dims).allMatch(x -> x > 0)) {
                int r = dims.length;
                long[] start = new long[r];
                long[] count = new long[r];
                long[] stride = new long[r];
                long[] one = new long[r];
                long[] all = new long[r];
                for (int i = 0; i < r; i++) {
                    start[i] = dims[i] / 4;
                    count[i] = Math.max(1, dims[i] / 2);
                    stride[i] = 2;
                    one[i] = 1;
                    all[i] = (dims[i] + 1) / 2;
                }
                Selection box = Selection.box(start, count);
                Selection strided = new Selection(new long[r], stride, all, one);
                tasks.add(new Task("box " + path, file -> base64(((Dataset) node(file, path)).readRaw(box))));
                tasks.add(new Task("strided " + path,
                        file -> base64(((Dataset) node(file, path)).readRaw(strided))));
            }
        }
    }

    private static String attributes(List<Attribute> attrs) {
        StringBuilder sb = new StringBuilder();
        for (Attribute a : attrs) {
            sb.append(a.name()).append('=');
            try {
                sb.append(base64(a.readRaw())).append(' ').append(Arrays.deepToString(a.readValues()));
            } catch (Hdf5Exception e) {
                sb.append("error ").append(e.getMessage());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
