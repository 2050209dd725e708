package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Random sequences of modifications (groups added and unlinked, attributes set and deleted, rows appended and cut,
 * flushes, close and reopen) on an existing file, ours (default or latest format) or the C library's, end in the
 * state a simple model predicts, read back with our reader; a latest-format file's extensible array stays one.
 */
class ModifyPropertyTest {
    private static final int WIDTH = 4;

    /** The expected state: group paths with their attributes, and the rows of /grow. */
    private static final class Model {
        final Map<String, Map<String, Long>> groups = new TreeMap<>();
        final List<long[]> rows = new ArrayList<>();
    }

    @Property(tries = 300)
    void modificationsEndInTheModelledState(@ForAll @IntRange(min = 0, max = 2) int source,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 1_000_000) Integer> ops) throws Exception {
        Path dir = Files.createTempDirectory("modprop");
        Path p = dir.resolve("m.h5");
        try {
            Model m = new Model();
            m.groups.put("/", new TreeMap<>());
            DatasetOptions grow = DatasetOptions.of(DataTypes.INT64, 0, WIDTH).maxDims(Dataspace.UNLIMITED, WIDTH)
                    .chunks(3, WIDTH).deflate(1);
            boolean latest = source == 2;
            if (source == 0) {
                Files.copy(TestFiles.corpus("sb0_offsets4.h5"), p, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
                    w.root().setAttribute("start", 1L);
                    if (latest) {
                        w.root().createDataset("grow", grow); // an extensible array index
                    }
                }
                m.groups.get("/").put("start", 1L);
            }
            Hdf5Writer w = Hdf5Writer.open(p);
            if (!latest) {
                w.root().createDataset("grow", grow);
            }
            int serial = 0;
            for (int v : ops) {
                int op = v % 8;
                int arg = v / 8;
                List<String> paths = new ArrayList<>(m.groups.keySet());
                String path = paths.get(arg % paths.size());
                GroupWriter g = path.equals("/") ? w.root() : w.root().group(path.substring(1));
                switch (op) {
                    case 0 -> {
                        String name = "g" + serial++;
                        g.createGroup(name);
                        m.groups.put((path.equals("/") ? "/" : path + "/") + name, new TreeMap<>());
                    }
                    case 1 -> {
                        String name = "a" + (arg % 5);
                        g.setAttribute(name, (long) arg);
                        m.groups.get(path).put(name, (long) arg);
                    }
                    case 2 -> {
                        String name = "a" + (arg % 5);
                        g.deleteAttribute(name);
                        m.groups.get(path).remove(name);
                    }
                    case 3 -> {
                        if (!path.equals("/")) { // unlink a group with everything under it
                            String parent = path.substring(0, path.lastIndexOf('/'));
                            GroupWriter pg = parent.isEmpty() ? w.root() : w.root().group(parent.substring(1));
                            pg.deleteLink(path.substring(path.lastIndexOf('/') + 1));
                            m.groups.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "/"));
                        }
                    }
                    case 4 -> {
                        DatasetWriter d = w.root().dataset("grow");
                        int n = 1 + arg % 7;
                        long from = m.rows.size();
                        long[] values = new long[n * WIDTH];
                        for (int i = 0; i < n; i++) {
                            long[] row = new long[WIDTH];
                            for (int c = 0; c < WIDTH; c++) {
                                row[c] = (long) arg * 100 + i * WIDTH + c;
                                values[i * WIDTH + c] = row[c];
                            }
                            m.rows.add(row);
                        }
                        d.resize(from + n, WIDTH);
                        d.write(Selection.rows(d.dims(), from, n), values);
                    }
                    case 5 -> {
                        int keep = m.rows.isEmpty() ? 0 : arg % (m.rows.size() + 1);
                        w.root().dataset("grow").resize(keep, WIDTH);
                        m.rows.subList(keep, m.rows.size()).clear();
                    }
                    case 6 -> w.flush();
                    default -> {
                        w.close();
                        w = Hdf5Writer.open(p);
                    }
                }
            }
            w.close();
            if (latest) {
                assertThat(ModifyTest.indexType(p, "/grow")).isEqualTo(ModifyTest.EXTENSIBLE_ARRAY);
            }
            try (Hdf5File f = Hdf5File.open(p)) {
                for (Map.Entry<String, Map<String, Long>> e : m.groups.entrySet()) {
                    Node n = f.get(e.getKey());
                    Map<String, Long> attrs = new TreeMap<>();
                    for (Attribute a : n.attributes()) {
                        if (a.name().matches("a\\d|start")) { // the C library's file has attributes of its own
                            attrs.put(a.name(), (Long) a.readValues()[0]);
                        }
                    }
                    assertThat(attrs).as(e.getKey()).isEqualTo(e.getValue());
                    List<String> groups = new ArrayList<>();
                    for (Link l : ((Group) n).links()) {
                        if (l.name().matches("g\\d+") && f.get((e.getKey().equals("/") ? "/" : e.getKey() + "/") + l.name()) instanceof Group) {
                            groups.add((e.getKey().equals("/") ? "/" : e.getKey() + "/") + l.name());
                        }
                    }
                    for (String child : groups) {
                        assertThat(m.groups).as("unexpected group").containsKey(child);
                    }
                }
                Dataset d = (Dataset) f.get("/grow");
                assertThat(d.space().dims()).containsExactly(m.rows.size(), WIDTH);
                long[] all = d.readLongs();
                for (int r = 0; r < m.rows.size(); r++) {
                    for (int c = 0; c < WIDTH; c++) {
                        assertThat(all[r * WIDTH + c]).isEqualTo(m.rows.get(r)[c]);
                    }
                }
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}
