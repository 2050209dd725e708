package org.nwbj.hdf5.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;

/** Files nwbj writes get the mode of any new file (0666 less the umask), not a temporary file's owner-only 0600. */
class NewFileModeTest {
    @TempDir
    Path dir;

    private Set<PosixFilePermission> defaultMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX system");
        return Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
    }

    @Test
    void createBeside_makesAUniqueFileWithTheDefaultMode() throws IOException {
        Set<PosixFilePermission> expected = defaultMode();
        Path target = dir.resolve("out.h5");
        Path a = FileStorage.createBeside(target);
        Path b = FileStorage.createBeside(target);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(a.getFileName().toString()).startsWith("out.h5.").endsWith(".tmp");
        assertThat(Files.getPosixFilePermissions(a)).isEqualTo(expected);
    }

    @Test
    void copyTo_andNewFiles_getTheDefaultMode() throws IOException {
        Set<PosixFilePermission> expected = defaultMode();
        Path src = dir.resolve("src.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src)) {
            w.root().createDataset("x", new long[] {1, 2, 3});
        }
        assertThat(Files.getPosixFilePermissions(src)).isEqualTo(expected);
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(dir.resolve("copy.h5"));
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("copy.h5"))).isEqualTo(expected);
    }
}
