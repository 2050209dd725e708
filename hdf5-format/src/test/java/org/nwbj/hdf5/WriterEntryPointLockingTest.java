package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way of creating a file locks it: latest-format files, split pairs (both files), families, copies. */
class WriterEntryPointLockingTest {
    @TempDir
    Path dir;

    @BeforeEach
    void lockingIsOn() {
        String env = System.getenv("HDF5_USE_FILE_LOCKING");
        assumeTrue(env == null || !(env.equalsIgnoreCase("FALSE") || env.equals("0")),
                "skipped: HDF5_USE_FILE_LOCKING=" + env + " turns locking off");
    }

    @Test
    void latestFormatWriter_locksItsFile() {
        Path p = dir.resolve("latest.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            assertThatThrownBy(() -> Hdf5Writer.create(p, true)).isInstanceOf(Hdf5FileLockedException.class);
            assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            w.root().createGroup("g");
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.info().superblockVersion()).isEqualTo(3);
        }
    }

    @Test
    void splitWriter_locksBothFiles_andARefusedSecondWriterTruncatesNeither() throws Exception {
        Path base = dir.resolve("pair");
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            w.root().createDataset("x", new long[] {1, 2, 3});
            w.flush();
            long meta = Files.size(dir.resolve("pair-m.h5"));
            long raw = Files.size(dir.resolve("pair-r.h5"));
            assertThatThrownBy(() -> Hdf5Writer.createSplit(base)).isInstanceOf(Hdf5FileLockedException.class);
            assertThat(Files.size(dir.resolve("pair-m.h5"))).isEqualTo(meta);
            assertThat(Files.size(dir.resolve("pair-r.h5"))).isEqualTo(raw).isPositive();
            // the raw file alone is locked too (a writer of a single file by that name is refused)
            assertThatThrownBy(() -> Hdf5Writer.create(dir.resolve("pair-r.h5")))
                    .isInstanceOf(Hdf5FileLockedException.class);
        }
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/x")).readLongs()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void splitCopy_isRefusedWhileAWriterHasThePair() {
        Path src = dir.resolve("src.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src)) {
            w.root().createDataset("x", new long[] {4, 5});
        }
        Path base = dir.resolve("copy");
        try (Hdf5Writer w = Hdf5Writer.createSplit(base); Hdf5File f = Hdf5File.open(src)) {
            assertThatThrownBy(() -> f.copyToSplit(base, CopyOptions.defaults()))
                    .isInstanceOf(Hdf5FileLockedException.class);
        }
    }

    @Test
    void familyWriter_locksItsMembers() {
        Path pattern = dir.resolve("fam_%d.h5");
        try (Hdf5Writer w = Hdf5Writer.createFamily(pattern, 4096)) {
            w.root().createDataset("x", new long[2000]);
            w.flush();
            assertThatThrownBy(() -> Hdf5Writer.createFamily(pattern, 4096))
                    .isInstanceOf(Hdf5FileLockedException.class);
            assertThatThrownBy(() -> Hdf5Writer.create(dir.resolve("fam_1.h5")))
                    .isInstanceOf(Hdf5FileLockedException.class);
        }
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            assertThat(((Dataset) f.get("/x")).readLongs()).hasSize(2000);
        }
    }
}
