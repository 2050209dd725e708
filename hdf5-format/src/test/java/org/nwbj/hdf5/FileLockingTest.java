package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.LockProbe;

/** File locking like the C library's: one writer, or any number of readers, per file. */
class FileLockingTest {
    @TempDir
    Path dir;

    @BeforeEach
    void lockingIsOn() {
        String env = System.getenv("HDF5_USE_FILE_LOCKING");
        assumeTrue(env == null || !(env.equalsIgnoreCase("FALSE") || env.equals("0")),
                "skipped: HDF5_USE_FILE_LOCKING=" + env + " turns locking off");
    }

    private Path written(String name) {
        Path p = dir.resolve(name);
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("x", new long[] {1, 2, 3});
        }
        return p;
    }

    @Test
    void aSecondWriterIsRefused() {
        Path p = dir.resolve("w.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            assertThatThrownBy(() -> Hdf5Writer.create(p)).isInstanceOf(Hdf5FileLockedException.class)
                    .hasMessageContaining("cannot open " + p + " for writing: it is locked (this process has it "
                            + "open for writing)")
                    .hasMessageContaining("HDF5_USE_FILE_LOCKING=FALSE");
            w.root().createGroup("still-writable");
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.root().link("still-writable")).isNotNull();
        }
    }

    @Test
    void aReaderIsRefusedWhileTheWriterHasTheFileAndOpensAfterwards() {
        Path p = dir.resolve("r.h5");
        Hdf5Writer w = Hdf5Writer.create(p);
        w.root().createGroup("g");
        w.flush();
        assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class)
                .hasMessageContaining("for reading: it is locked (this process has it open for writing)");
        w.close();
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.root().link("g")).isNotNull();
        }
    }

    @Test
    void readersShareAndAWriterWaitsForAllOfThem() throws IOException {
        Path p = written("shared.h5");
        Hdf5File a = Hdf5File.open(p);
        Hdf5File b = Hdf5File.open(p);
        a.close();
        assertThatThrownBy(() -> Hdf5Writer.create(p)).isInstanceOf(Hdf5FileLockedException.class)
                .hasMessageContaining("this process has it open for reading");
        assertThat(Files.size(p)).as("a refused writer does not truncate").isGreaterThan(0);
        assertThat(((Dataset) b.get("/x")).readLongs()).containsExactly(1, 2, 3);
        b.close();
        Hdf5Writer.create(p).close();
    }

    @Test
    void lockingCanBeTurnedOff() {
        Path p = written("off.h5");
        OpenOptions off = OpenOptions.defaults().withFileLocking(false);
        try (Hdf5Writer w = Hdf5Writer.create(p, off)) {
            w.root().createGroup("g");
            w.flush();
            try (Hdf5File f = Hdf5File.open(p, off)) {
                assertThat(f.root().link("g")).isNotNull();
            }
            // a locking opener does not see the unlocked writer either: nothing holds a lock
            Hdf5File.open(p).close();
        }
    }

    @Test
    void aLockTakenOutsideNwbjInThisJvmGivesTheSameClearError() throws IOException {
        Path p = written("foreign.h5");
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock l = ch.lock()) {
            assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class)
                    .hasMessageContaining("this process holds a lock on it");
        }
        Hdf5File.open(p).close();
    }

    @Test
    void anotherJvmIsRefusedWhileThisOneWritesUnlessTheEnvironmentTurnsLockingOff() throws Exception {
        Path p = dir.resolve("cross.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createGroup("g");
            w.flush();
            assertThat(probe(p, null)).startsWith("locked: cannot open " + p + " for reading: it is locked "
                    + "(another process has it open for writing)");
            assertThat(probe(p, "FALSE")).isEqualTo("opened 1");
        }
        assertThat(probe(p, null)).isEqualTo("opened 1");
    }

    private static String probe(Path p, String env) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), p.toString())
                .redirectErrorStream(true);
        pb.environment().remove("HDF5_USE_FILE_LOCKING");
        if (env != null) {
            pb.environment().put("HDF5_USE_FILE_LOCKING", env);
        }
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
