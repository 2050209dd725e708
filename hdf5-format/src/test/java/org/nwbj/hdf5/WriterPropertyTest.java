package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.nwbj.hdf5.testing.RandomTrees;

/** Random trees written with Hdf5Writer read back equal with nwbj's reader. */
class WriterPropertyTest {
    @Property(tries = 60)
    void randomTree_readsBackEqual(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("nwbj-tree");
        Path file = dir.resolve("tree.h5");
        try {
            RandomTrees.Expected exp = RandomTrees.write(seed, file);
            assertReadsBack(file, exp, "seed " + seed);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    static void assertReadsBack(Path file, RandomTrees.Expected exp, String what) {
        try (Hdf5File f = Hdf5File.open(file)) {
            for (String g : exp.groups) {
                assertThat(f.get(g)).as(what + ": " + g).isInstanceOf(Group.class);
            }
            for (Map.Entry<String, Object[]> e : exp.values.entrySet()) {
                String key = e.getKey();
                int at = key.indexOf('@');
                Object[] actual;
                long[] dims;
                org.nwbj.hdf5.type.DataType type;
                if (at < 0) {
                    Dataset d = (Dataset) f.get(key);
                    actual = d.readValues();
                    dims = d.space().dims();
                    type = d.type();
                } else {
                    Node n = f.get(key.substring(0, at));
                    Attribute a = null;
                    for (Attribute x : n.attributes()) {
                        if (x.name().equals(key.substring(at + 1))) {
                            a = x;
                        }
                    }
                    assertThat(a).as(what + ": " + key).isNotNull();
                    actual = a.readValues();
                    dims = a.space().dims();
                    type = a.type();
                }
                assertThat(type).as(what + ": type of " + key).isEqualTo(exp.types.get(key));
                assertThat(dims).as(what + ": dims of " + key).isEqualTo(exp.dims.get(key));
                WriterTypesTest.assertEqual(what + ": " + key, actual, e.getValue());
            }
            for (Map.Entry<String, Link> e : exp.links.entrySet()) {
                String path = e.getKey();
                int slash = path.lastIndexOf('/');
                Group parent = (Group) f.get(slash == 0 ? "/" : path.substring(0, slash));
                Link l = parent.link(path.substring(slash + 1));
                if (e.getValue() instanceof Link.Soft s) {
                    assertThat(l).as(what + ": " + path).isInstanceOfSatisfying(Link.Soft.class,
                            x -> assertThat(x.target()).isEqualTo(s.target()));
                } else {
                    Link.External x = (Link.External) e.getValue();
                    assertThat(l).as(what + ": " + path).isInstanceOfSatisfying(Link.External.class,
                            y -> assertThat(y.file() + y.target()).isEqualTo(x.file() + x.target()));
                }
            }
            for (Map.Entry<String, String> e : exp.hardTargets.entrySet()) {
                assertThat(f.get(e.getKey()).address()).as(what + ": " + e.getKey())
                        .isEqualTo(f.get(e.getValue()).address());
            }
        }
    }
}
