package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine's rooms (docs/architecture.md): the read side does not depend on the writer's sub-packages. */
class EngineRoomsTest {

    private static final Path ENGINE = Paths.get("src/main/java/org/nwbj/hdf5/internal/engine");

    @Test
    void readSideImportsNoWriteRoom() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(ENGINE)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String src = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String room : new String[] {"write", "modify", "copy"}) {
                    if (src.contains("org.nwbj.hdf5.internal.engine." + room + ".")) {
                        offenders.add(f.getFileName() + " -> engine." + room);
                    }
                }
            }
        }
        assertThat(offenders).as("read-side engine classes using a write room").isEmpty();
    }

    @Test
    void roomsExistWithTheirAnchors() {
        // Guards the scan above against a moved tree (an empty directory would pass it vacuously).
        assertThat(ENGINE.resolve("FileContext.java")).exists();
        assertThat(ENGINE.resolve("write/WritableFile.java")).exists();
        assertThat(ENGINE.resolve("modify/ExistingFile.java")).exists();
        assertThat(ENGINE.resolve("copy/FileCopier.java")).exists();
    }
}
