package org.nwbj.nwb.inspect;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared reference folder: system property {@code nwbj.shared}, else {@code ../shared} beside the project
 * root (the directory holding {@code mvnw}). Absent: the calling test is skipped, or fails when {@code CI=true}.
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path require(String sub) {
        Path shared = locate();
        Path p = shared == null ? null : shared.resolve(sub);
        if (p == null || !Files.isDirectory(p)) {
            String msg = "shared reference folder " + (p == null ? "(not found)" : p) + " is absent; set -Dnwbj.shared";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " (mandatory when CI=true)");
            }
            assumeTrue(false, msg + "; skipping");
        }
        return p;
    }

    private static Path locate() {
        String prop = System.getProperty("nwbj.shared");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw")) && d.getParent() != null) {
                return d.getParent().resolve("shared");
            }
        }
        return null;
    }
}
