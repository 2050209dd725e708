package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/** Typed lookups, attribute value helpers and the h5py-like walk (hard-link loops visited once). */
class LookupAndWalkTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void write() {
        file = dir.resolve("tree.h5");
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            GroupWriter a = w.root().createGroup("a");
            GroupWriter b = a.createGroup("b");
            DatasetWriter d = b.createDataset("data", new double[] {1, 2, 3});
            d.setAttribute("unit", "volts");
            d.setAttribute("rate", 30000.0);
            d.setAttribute("count", 12L);
            d.setAttribute("channels", new String[] {"x", "y"});
            d.setAttribute("pair", new long[] {1, 2});
            w.root().createDataset("z", new int[] {5});
            b.createHardLink("up", a); // a loop: /a/b/up is /a
            w.root().createHardLink("alias", d);
            w.root().createSoftLink("soft", "/a/b/data");
            w.root().createExternalLink("ext", "missing.h5", "/x");
        }
    }

    @Test
    void typedLookups_findAndRefuseClearly() {
        try (Hdf5File f = Hdf5File.open(file)) {
            assertThat(f.dataset("/a/b/data").readDoubles()).containsExactly(1, 2, 3);
            assertThat(f.group("/a").dataset("b/data").path()).isEqualTo("/a/b/data");
            assertThat(f.group("/a/b").group("up").address()).isEqualTo(f.group("/a").address());
            assertThat(f.dataset("/soft").readDoubles()).containsExactly(1, 2, 3);
            assertThat(f.exists("/a/b/data")).isTrue();
            assertThat(f.exists("/a/nope")).isFalse();
            assertThatThrownBy(() -> f.dataset("/a/nope")).isInstanceOf(Hdf5NotFoundException.class)
                    .hasMessageContaining("no dataset at /a/nope");
            assertThatThrownBy(() -> f.group("/a").group("nope")).isInstanceOf(Hdf5NotFoundException.class)
                    .hasMessageContaining("/a/nope");
            assertThatThrownBy(() -> f.dataset("/a")).isInstanceOf(Hdf5Exception.class)
                    .isNotInstanceOf(Hdf5NotFoundException.class).hasMessage("/a is a group, not a dataset");
            assertThatThrownBy(() -> f.group("/z")).hasMessage("/z is a dataset, not a group");
        }
    }

    @Test
    void attributeValues_typed() {
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = f.dataset("/a/b/data");
            assertThat(d.attribute("unit").readString()).isEqualTo("volts");
            assertThat(d.attribute("rate").readDouble()).isEqualTo(30000.0);
            assertThat(d.attribute("count").readLong()).isEqualTo(12L);
            assertThat(d.attribute("count").readDouble()).isEqualTo(12.0);
            assertThat(d.attribute("channels").readStrings()).containsExactly("x", "y");
            assertThat(d.attribute("pair").readInts()).containsExactly(1, 2);
            assertThat(d.hasAttribute("unit")).isTrue();
            assertThat(d.hasAttribute("gain")).isFalse();
            assertThatThrownBy(() -> d.attribute("pair").readLong()).hasMessageContaining("2 elements");
            assertThatThrownBy(() -> d.attribute("unit").readLong()).isInstanceOf(Hdf5Exception.class);
            assertThatThrownBy(() -> d.attribute("rate").readString()).hasMessageContaining("not a string");
            assertThatThrownBy(() -> d.attribute("gain")).isInstanceOf(Hdf5NotFoundException.class);
        }
    }

    @Test
    void visit_eachObjectOnce_nameOrder_loopsEnd() {
        try (Hdf5File f = Hdf5File.open(file)) {
            List<String> paths = new ArrayList<>();
            f.visit((path, node) -> paths.add(path + (node instanceof Group ? "/" : "")));
            // h5py: a, a/b, a/b/data, z ('alias' is data again, 'up' is a again: each object once)
            assertThat(paths).containsExactly("a/", "a/b/", "a/b/data", "z");
            assertThat(f.walk().map(Node::path).collect(Collectors.toList())).containsExactly("/a", "/a/b",
                    "/a/b/data", "/z");
            List<String> inA = new ArrayList<>();
            f.group("/a").visit((path, node) -> inA.add(path));
            assertThat(inA).containsExactly("b", "b/data");
        }
    }

    @Test
    void visit_deepTree_noStackOverflow() {
        Path p = dir.resolve("deep.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root();
            for (int i = 0; i < 3000; i++) {
                g = g.createGroup("g");
            }
            g.createDataset("leaf", DatasetOptions.of(DataTypes.INT8, 1));
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.walk().count()).isEqualTo(3001);
        }
    }
}
