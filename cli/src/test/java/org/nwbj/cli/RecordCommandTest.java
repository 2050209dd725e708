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
