package org.nwbj.hdf5;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates test resources and the optional shared conformance corpus. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A file under src/test/resources/corpus. */
    public static Path corpus(String name) {
        try {
            Path dir = Path.of(TestFiles.class.getResource("/corpus/README.md").toURI()).getParent();
            return dir.resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ../shared next to the project root, or null when absent. */
    public static Path shared() {
        String prop = System.getProperty("nwbj.shared");
        Path p = prop != null ? Path.of(prop) : null;
        if (p == null || !p.toFile().isDirectory()) {
            Path here = Path.of("").toAbsolutePath();
            for (Path d = here; d != null; d = d.getParent()) {
                Path cand = d.resolve("../shared").normalize();
                if (d.resolve("mvnw").toFile().exists() && cand.toFile().isDirectory()) {
                    return cand;
                }
            }
            return null;
        }
        return p.normalize();
    }

    /** Where {@code needle} first occurs in {@code hay}, or -1 (to find a signature in a file's bytes). */
    public static int indexOf(byte[] hay, byte[] needle) {
        return FilePatches.indexOf(hay, needle, 0);
    }
}
