package org.nwbj.nwb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.schema.SpecNode;
import org.nwbj.testing.SharedFolder;

/**
 * Every object of every single-file conformance corpus file, seen through {@link Hdf5SpecNode}: all types, shapes,
 * attribute and small dataset values must come out without errors, since the validator reads them all.
 */
class CorpusWalkTest {
    private static final int MAX_DEPTH = 8;

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(SharedFolder.require("conformance/corpus"))) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".h5") && !n.contains("family") && !n.startsWith("split"))
                    .sorted().collect(Collectors.toList());
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyObjectCanBeDescribed(String name) {
        Path p = SharedFolder.require("conformance/corpus").resolve(name);
        int seen = 0;
        try (Hdf5File f = Hdf5File.open(p)) {
            Deque<SpecNode> todo = new ArrayDeque<>();
            todo.add(Hdf5SpecNode.root(f));
            while (!todo.isEmpty()) {
                SpecNode n = todo.poll();
                seen++;
                assertThat(n.attributes()).isNotNull();
                if (n.kind() == SpecNode.Kind.DATASET) {
                    assertThat(n.dtype()).as(n.path()).isNotNull();
                    assertThat(n.shape()).as(n.path()).isNotNull();
                    try {
                        n.value();
                    } catch (Hdf5Exception e) {
                        // data the reader rejects (a missing external file, an unsupported filter) is allowed
                    }
                } else if (n.kind() == SpecNode.Kind.LINK) {
                    n.linkTarget(); // null when dangling, never an exception
                }
                // hard links may form cycles (a group linking to its ancestor): stop a few levels down
                if (n.path().split("/").length <= MAX_DEPTH) {
                    todo.addAll(n.children());
                }
            }
        }
        assertThat(seen).isPositive();
    }
}
