package org.nwbj.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one way tests find the shared reference folder ({@code ../shared} beside the repository: the conformance kit,
 * the official schemas, the NWB reference stack). Compiled into every module's tests (the root pom adds this
 * directory as a test source), so no module needs another's test classes.
 *
 * <p>Where: system property {@code nwbj.shared} (surefire sets it to {@code ../shared} of the reactor root), else
 * {@code shared} beside the nearest directory holding {@code mvnw} (a run from an IDE). A test that needs a part
 * that is absent is skipped with a message, and fails when {@code CI=true}: CI never passes without the folder.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    /** The shared folder's path (whether or not it exists): for tools whose own check reports their absence. */
    public static Path root() {
        String prop = System.getProperty("nwbj.shared");
        if (prop != null && !prop.trim().isEmpty()) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw")) && d.getParent() != null) {
                return d.getParent().resolve("shared");
            }
        }
        return Paths.get("..", "shared").toAbsolutePath().normalize();
    }

    /** {@code shared/sub}: the calling test is skipped when it is absent, or fails when {@code CI=true}. */
    public static Path require(String sub) {
        Path p = root().resolve(sub);
        if (!Files.exists(p)) {
            missing(p);
        }
        return p;
    }

    /**
     * {@code shared/sub}, or null when absent, for a test that runs anyway and only adds cases from the folder; it
     * still fails when {@code CI=true}, since CI must run those cases.
     */
    public static Path optional(String sub) {
        Path p = root().resolve(sub);
        if (Files.exists(p)) {
            return p;
        }
        if (onCi()) {
            fail(message(p) + " (mandatory when CI=true)");
        }
        return null;
    }

    private static void missing(Path p) {
        if (onCi()) {
            fail(message(p) + " (mandatory when CI=true)");
        }
        assumeTrue(false, "skipped: " + message(p));
    }

    private static String message(Path p) {
        return "the shared reference folder's " + p + " is absent (set -Dnwbj.shared=DIR)";
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
