package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.testing.CrashWorkload;
import org.nwbj.hdf5.testing.RecordingStorage;

/**
 * Crash consistency without killing anything: every prefix of the writes of every flush (what a kill between two
 * writes leaves) must be a file holding at least the previous flush's state; nwbj checks all of them, h5py (the
 * C library, which also refuses addresses past the end of allocation) a file per prefix of each flush.
 */
class CrashPrefixTest {
    private static final int STEPS = 24;

    @TempDir
    Path dir;

    /** Runs the workload; for each flush k >= 1, hands every prefix image and the flush it must hold to sink. */
    private static int forEachPrefix(PrefixSink sink) throws Exception {
        RecordingStorage s = new RecordingStorage();
        int images = 0;
        try (Hdf5Writer w = Hdf5Writer.create(s)) {
            CrashWorkload work = new CrashWorkload(w);
            work.step(0);
            w.flush();
            for (int k = 1; k < STEPS; k++) {
                work.step(k);
                byte[] before = s.snapshot(); // flush k-1's state plus step k's raw data
                s.log.clear();
                s.recording = true;
                w.flush();
                s.recording = false;
                assertThat(s.log).as("flush %d writes", k).isNotEmpty();
                for (int n = 0; n <= s.log.size(); n++) {
                    sink.accept(s.prefix(before, n), n == s.log.size() ? k : k - 1, k, n);
                    images++;
                }
            }
        }
        return images;
    }

    interface PrefixSink {
        void accept(byte[] image, int mustHold, int flush, int writes) throws Exception;
    }

    @Test
    void everyPrefixOfEveryFlushHoldsThePreviousFlush() throws Exception {
        int images = forEachPrefix((image, mustHold, flush, writes) -> {
            try (Hdf5File f = Hdf5File.open(new MemoryStorage(image, "flush " + flush + " after " + writes
                    + " writes"))) {
                assertThat(CrashWorkload.check(f, mustHold)).as("flush %d cut after %d writes", flush, writes)
                        .isNull();
            }
        });
        assertThat(images).isGreaterThan(3 * STEPS);
        System.out.println("crash prefixes checked by nwbj: " + images + " (" + (STEPS - 1) + " flushes)");
    }

    /**
     * Before the superblock a flush writes only to space the published state does not use (past its end or
     * released blocks, never a published object header); after it, only in-place header rewrites.
     */
    @Test
    void publishedHeadersAreRewrittenInPlaceOnlyAfterTheSuperblock() throws Exception {
        RecordingStorage s = new RecordingStorage();
        try (Hdf5Writer w = Hdf5Writer.create(s)) {
            CrashWorkload work = new CrashWorkload(w);
            work.step(0);
            s.recording = true;
            w.flush();
            s.recording = false;
            // object headers never move: the first chunks written so far are the published headers
            java.util.Set<Long> headers = new java.util.HashSet<>();
            collectHeaders(s.log, headers);
            int continuations = 0;
            for (int k = 1; k < STEPS; k++) {
                work.step(k);
                // the root's links go dense past 8; a growing attribute keeps its header growing
                w.root().setAttribute("growing", new long[16 * k]);
                s.log.clear();
                s.recording = true;
                w.flush();
                s.recording = false;
                int superblock = -1;
                for (int i = 0; i < s.log.size(); i++) {
                    RecordingStorage.Write wr = s.log.get(i);
                    if (wr.position() == 0) {
                        assertThat(superblock).as("one superblock write in flush %d", k).isEqualTo(-1);
                        superblock = i;
                    } else if (superblock < 0) {
                        assertThat(headers).as("in-place write at %d before the superblock in flush %d",
                                wr.position(), k).doesNotContain(wr.position());
                    } else {
                        assertThat(headers).as("fresh write at %d after the superblock in flush %d",
                                wr.position(), k).contains(wr.position());
                    }
                }
                assertThat(superblock).isGreaterThanOrEqualTo(0);
                for (RecordingStorage.Write wr : s.log) {
                    if (new String(wr.bytes(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OCHK")) {
                        continuations++;
                    }
                }
                collectHeaders(s.log, headers);
            }
            assertThat(continuations).as("the root's growing header spills into continuation blocks")
                    .isGreaterThan(0);
        }
    }

    private static void collectHeaders(List<RecordingStorage.Write> log, java.util.Set<Long> headers) {
        for (RecordingStorage.Write wr : log) {
            if (wr.bytes().length >= 4 && new String(wr.bytes(), 0, 4,
                    java.nio.charset.StandardCharsets.ISO_8859_1).equals("OHDR")) {
                headers.add(wr.position());
            }
        }
    }

    @Tag("interop")
    @Test
    void h5pyOpensEveryPrefixWithThePreviousFlush() throws Exception {
        List<String> args = new ArrayList<>();
        forEachPrefix((image, mustHold, flush, writes) -> {
            Path p = dir.resolve("flush" + flush + "-" + writes + ".h5");
            Files.write(p, image);
            args.add(p + ":" + mustHold);
        });
        List<String> lines = CrashWorkload.h5pyCheck(args);
        assertThat(lines).hasSize(args.size());
        assertThat(lines).allSatisfy(l -> assertThat(l).endsWith(" ok"));
    }
}
