package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.testing.CrashWorkload;
import org.nwbj.hdf5.testing.FailingStorage;
import org.nwbj.hdf5.testing.RecordingStorage;

/**
 * A full disk or a failing device at any write: the writer throws an Hdf5IoException that names what it was
 * writing, refuses further changes after a failed flush, and the file keeps its last flushed state.
 */
class WriteFailureTest {
    private static final int STEPS = 12;

    @TempDir
    Path dir;

    /** What a run of the workload over a failing storage did. */
    private record Outcome(Hdf5IoException error, int lastFlush, byte[] file) {
    }

    private static Outcome run(Function<Storage, Storage> failing) {
        RecordingStorage disk = new RecordingStorage();
        int lastFlush = -1;
        Hdf5IoException error = null;
        Hdf5Writer w = Hdf5Writer.create(failing.apply(disk));
        try {
            CrashWorkload work = new CrashWorkload(w);
            for (int k = 0; k < STEPS; k++) {
                work.step(k);
                w.flush();
                lastFlush = k;
            }
        } catch (Hdf5IoException e) {
            error = e;
        }
        try {
            w.close();
        } catch (Hdf5IoException e) {
            // a failed data write leaves the writer usable, so close flushes again, and fails again
            assertThat(e.getMessage()).startsWith("cannot write ");
        }
        return new Outcome(error, lastFlush, disk.snapshot());
    }

    private static int totalWrites() {
        FailingStorage[] counting = new FailingStorage[1];
        run(s -> counting[0] = FailingStorage.failingWrite(s, Long.MAX_VALUE));
        return (int) counting[0].writes();
    }

    private static void assertKeepsLastFlush(Outcome o, String cause, String what) {
        assertThat(o.error()).as(what).isNotNull();
        assertThat(o.error().getMessage()).as(what)
                .matches("cannot write (the superblock|the object header of /.*|the new object header of /.*"
                        + "|the continuation block of the object header of /.*|raw data of the dataset /.*"
                        + "|the chunk index of the dataset /data|global heap collections.*|variable-length strings.*"
                        + "|the dense link storage of the group /)"
                        + " \\(\\d+ bytes at \\d+\\) to recording storage: .*" + cause + ".*");
        if (o.lastFlush() >= 0) {
            try (Hdf5File f = Hdf5File.open(new MemoryStorage(o.file(), what))) {
                assertThat(CrashWorkload.check(f, o.lastFlush())).as(what).isNull();
            }
        }
    }

    @Test
    void failingWriteAtEveryPointKeepsTheLastFlush() {
        int total = totalWrites();
        assertThat(total).isGreaterThan(50);
        int flushedBeforeFailure = 0;
        for (int k = 1; k <= total; k++) {
            long failing = k;
            Outcome o = run(s -> FailingStorage.failingWrite(s, failing));
            assertKeepsLastFlush(o, FailingStorage.DEVICE_ERROR, "write " + k + " of " + total + " failing");
            if (o.lastFlush() >= 0) {
                flushedBeforeFailure++;
            }
        }
        assertThat(flushedBeforeFailure).isGreaterThan(total / 2);
    }

    @Test
    void diskFullAtManySizesKeepsTheLastFlush() {
        RecordingStorage whole = new RecordingStorage();
        try (Hdf5Writer w = Hdf5Writer.create(whole)) {
            CrashWorkload work = new CrashWorkload(w);
            for (int k = 0; k < STEPS; k++) {
                work.step(k);
                w.flush();
            }
        }
        long size = whole.size();
        for (int i = 1; i < 200; i++) {
            long limit = size * i / 200;
            Outcome o = run(s -> FailingStorage.diskFullAfter(s, limit));
            assertKeepsLastFlush(o, FailingStorage.DISK_FULL, "disk full at " + limit + " of " + size + " bytes");
        }
    }

    @Test
    void afterAFailedFlushTheWriterRefusesChangesAndCloses() {
        Path p = dir.resolve("full.h5");
        RecordingStorage probe = new RecordingStorage();
        Hdf5Writer first = Hdf5Writer.create(probe);
        new CrashWorkload(first).step(0);
        first.flush();
        // full a little after the first flush: the second fails while writing the new attribute's heap data
        Hdf5Writer w = Hdf5Writer.create(FailingStorage.diskFullAfter(FileStorage.openReadWrite(p, true),
                probe.size() + 200));
        CrashWorkload work = new CrashWorkload(w);
        work.step(0);
        w.flush();
        GroupWriter g = w.root().createGroup("more");
        g.setAttribute("text", "x".repeat(5000));
        assertThatThrownBy(w::flush).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining(FailingStorage.DISK_FULL).hasMessageContaining(p.toString());
        assertThatThrownBy(() -> w.root().createGroup("other")).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("refuses changes after a failed flush")
                .hasMessageContaining("the file holds its last flushed state");
        w.close(); // closes without another attempt
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(CrashWorkload.check(f, 0)).isNull();
            assertThat(f.root().link("more")).isNull();
        }
    }
}
