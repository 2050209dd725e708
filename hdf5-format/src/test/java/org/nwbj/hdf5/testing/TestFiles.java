package org.nwbj.hdf5.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates test resources (the shared folder: {@link org.nwbj.testing.SharedFolder}). */
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

    /** Where {@code needle} first occurs in {@code hay}, or -1 (to find a signature in a file's bytes). */
    public static int indexOf(byte[] hay, byte[] needle) {
        return FilePatches.indexOf(hay, needle, 0);
    }
}
