package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.SharedFolder;

/**
 * Re-runs src/test/scripts/make_core_schemas.py on the official YAML and checks that it reproduces the committed
 * resources byte for byte, so the resources are what the README says they are. Needs /usr/bin/python3 with PyYAML.
 */
class GeneratorReproducesResourcesTest {
    private static final Path PYTHON = Paths.get("/usr/bin/python3");
    private static final Path RESOURCES = Paths.get("src/main/resources/org/nwbj/nwb/schema");

    @Test
    void generatorOutputEqualsCommittedResources(@TempDir Path out) throws Exception {
        Path schemas = SharedFolder.require("schemas");
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3; skipping");
        Process p = new ProcessBuilder(PYTHON.toString(), "src/test/scripts/make_core_schemas.py",
                schemas.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        assumeTrue(!log.contains("No module named 'yaml'"), "PyYAML missing; skipping");
        assertThat(rc).as(log).isZero();
        List<Path> committed = files(RESOURCES);
        assertThat(committed).hasSize(19);
        assertThat(files(out)).containsExactlyElementsOf(committed);
        for (Path rel : committed) {
            assertThat(Files.readString(out.resolve(rel))).as(rel.toString())
                    .isEqualTo(Files.readString(RESOURCES.resolve(rel)));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
