package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;

/** {@code nwbj record}: the rows it appends, read back by nwbj and by h5py. */
class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordsBlocksOfTheSignalAndALastPartialBlock() {
        Path p = dir.resolve("rec.h5");
        CliRun r = CliRun.of("record", "--rows", "25", "--block", "10", "--interval", "0", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("recorded 25 rows in 3 blocks");
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = f.dataset("/data");
            assertThat(d.space().dims()).containsExactly(25, 4);
            assertThat(d.space().maxDims()[0]).isEqualTo(-1);
            assertThat(d.chunkDims()).containsExactly(10, 4);
            assertThat(d.filters()).extracting(org.nwbj.hdf5.FilterInfo::id).contains(1);
            long[] v = d.readLongs();
            for (int i = 0; i < v.length; i++) {
                assertThat(v[i]).as("element %d", i).isEqualTo(i);
            }
        }
    }

    @Test
    void refusesABlockOfNoRows() {
        CliRun r = CliRun.of("record", "--block", "0", dir.resolve("x.h5").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--block at least 1");
    }

    @Test
    @Tag("interop")
    void h5pyReadsTheRecording() throws Exception {
        Path p = dir.resolve("rec.h5");
        assertThat(CliRun.of("record", "--rows", "1000", "--block", "64", "--interval", "0", "-q", p.toString())
                .exit()).isZero();
        String out = h5py(String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    d = f['data']",
                "    assert d.dtype == np.int64 and d.shape == (1000, 4), (d.dtype, d.shape)",
                "    assert d.maxshape == (None, 4) and d.chunks == (64, 4) and d.compression == 'gzip'",
                "    r = np.arange(1000, dtype='i8')[:, None]",
                "    assert (d[:] == 4 * r + np.arange(4)).all()",
                "print('OK')"), p);
        assertThat(out).isEqualTo("OK");
    }

    @Test
    void swmrRecordingsOpenNormallyOnceFinished() throws Exception {
        Path p = dir.resolve("swmr.h5");
        CliRun r = CliRun.of("record", "--swmr", "--rows", "30", "--block", "7", "--interval", "0", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("recorded 30 rows in 5 blocks").contains("in SWMR mode");
        byte[] head = java.nio.file.Files.readAllBytes(p);
        assertThat(head[11]).as("the superblock's consistency flags, cleared on close").isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            long[] v = f.dataset("/data").readLongs();
            assertThat(v).hasSize(120);
            for (int i = 0; i < v.length; i++) {
                assertThat(v[i]).as("element %d", i).isEqualTo(i);
            }
        }
    }

    /**
     * {@code record --swmr} runs on a thread of this JVM while an h5py reader in another process opens the file
     * with {@code swmr=True} (retrying until the recorder has created it) and refreshes in a loop: every row it
     * sees is 4r + c, counts never go backwards, and it sees all rows at the end.
     */
    @Test
    @Tag("interop")
    void h5pyFollowsASwmrRecording() throws Exception {
        Path p = dir.resolve("live.h5");
        h5py("pass", p); // skips without h5py
        String reader = String.join("\n",
                "import sys, time, h5py, numpy as np",
                "deadline = time.time() + 300",
                "while True:",
                "    try:",
                "        f = h5py.File(sys.argv[1], 'r', libver='latest', swmr=True)",
                "        d = f['data']",
                "        break",
                "    except (OSError, KeyError):",
                "        assert time.time() < deadline, 'never opened'",
                "        time.sleep(0.01)",
                "seen, counts = 0, set()",
                "while seen < 2000:",
                "    assert time.time() < deadline, 'rows seen: %d' % seen",
                "    d.refresh()",
                "    n = d.shape[0]",
                "    assert n >= seen, 'went back from %d to %d rows' % (seen, n)",
                "    v = d[:n]",
                "    assert (v == 4 * np.arange(n, dtype='i8')[:, None] + np.arange(4)).all(), 'rows up to %d' % n",
                "    seen = n",
                "    counts.add(n)",
                "f.close()",
                "print('SEEN', len(counts))");
        Path python = java.nio.file.Paths.get("/usr/bin/python3");
        Process py = new ProcessBuilder(python.toString(), "-c", reader, p.toString()).redirectErrorStream(true)
                .start();
        CliRun[] rec = new CliRun[1];
        Thread t = new Thread(() -> rec[0] = CliRun.of("record", "--swmr", "--rows", "2000", "--block", "25",
                "--interval", "5", "-q", p.toString()));
        try {
            t.start();
            String out = new String(py.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .trim();
            assertThat(py.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            t.join();
            assertThat(rec[0].exit()).as(rec[0].toString()).isZero();
            assertThat(py.exitValue()).as(out).isZero();
            assertThat(out).startsWith("SEEN");
        } finally {
            py.destroy();
            t.join();
        }
        assertThat(h5py(String.join("\n", "import sys, h5py",
                "with h5py.File(sys.argv[1], 'r') as f:", "    print(f['data'].shape)"), p)).isEqualTo("(2000, 4)");
    }

    /** Runs an h5py script on {@code file}: skipped without /usr/bin/python3 and h5py, failed so under CI. */
    private static String h5py(String script, Path file) throws Exception {
        Path python = java.nio.file.Paths.get("/usr/bin/python3");
        boolean have = java.nio.file.Files.isExecutable(python)
                && new ProcessBuilder(python.toString(), "-c", "import h5py").start().waitFor() == 0;
        if (!have && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but /usr/bin/python3 with h5py is missing");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(have, "skipped: /usr/bin/python3 with h5py is not installed");
        Process p = new ProcessBuilder(python.toString(), "-c", script, file.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
