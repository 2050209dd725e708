package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An h5py SWMR writer (libver='latest', {@code swmr_mode = True}) in another process appends blocks to three
 * chunked deflate datasets, flushing after each block, while nwbj reads the file with {@link OpenOptions#swmr()}
 * and refreshes in a loop. The two processes meet only through lines on the writer's stdin/stdout (no sleeps as
 * synchronisation): the writer waits for nwbj to open the file before writing and to finish before closing.
 */
@Tag("interop")
class SwmrReadInteropTest {
    private static final int DATASETS = 3;
    private static final int BLOCKS = 60;
    /** Not a multiple of the chunk rows: partial chunks are rewritten by later blocks. */
    private static final int BLOCK_ROWS = 7;

    @TempDir
    Path dir;

    /** Element [r][c] of dataset d{i} is 4r + c + 1000000 i. */
    static final String WRITER = String.join("\n",
            "import sys, time, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'w', libver='latest')",
            "ds = [f.create_dataset('d%d' % i, shape=(0, 4), maxshape=(None, 4), chunks=(16, 4), dtype='i8',",
            "                       compression='gzip') for i in range(" + DATASETS + ")]",
            "f.swmr_mode = True",
            "print('READY', flush=True)",
            "sys.stdin.readline()",
            "n = 0",
            "for k in range(" + BLOCKS + "):",
            "    for i, d in enumerate(ds):",
            "        r = np.arange(n, n + " + BLOCK_ROWS + ", dtype='i8')[:, None]",
            "        d.resize((n + " + BLOCK_ROWS + ", 4))",
            "        d[n:] = 4 * r + np.arange(4, dtype='i8')[None, :] + 1000000 * i",
            "        d.flush()",
            "    n += " + BLOCK_ROWS,
            "    time.sleep(0.01)  # pacing only, so that the reader sees states in between",
            "print('DONE', flush=True)",
            "sys.stdin.readline()",
            "f.close()");

    @Test
    void nwbjFollowsAnH5pySwmrWriter() throws Exception {
        Path p = dir.resolve("live.h5");
        Path script = dir.resolve("writer.py");
        java.nio.file.Files.writeString(script, WRITER);
        WriterInteropTest.python("pass", p); // skips (or fails under CI) without h5py
        Process w = new ProcessBuilder(WriterInteropTest.PYTHON.toString(), script.toString(), p.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(w.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = w.getOutputStream()) {
            assertThat(out.readLine()).isEqualTo("READY");
            long total = (long) BLOCKS * BLOCK_ROWS;
            long[] seen = new long[DATASETS];
            int refreshes = 0;
            java.util.Set<Long> distinctCounts = new java.util.HashSet<>();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset[] ds = new Dataset[DATASETS];
                for (int i = 0; i < DATASETS; i++) {
                    ds[i] = f.dataset("/d" + i);
                    assertThat(ds[i].space().dims()).containsExactly(0, 4);
                }
                in.write("go\n".getBytes(StandardCharsets.US_ASCII));
                in.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!allSeen(seen, total)) {
                    assertThat(System.nanoTime()).as("rows seen by the deadline: %s", java.util.Arrays.toString(seen))
                            .isLessThan(deadline);
                    for (int i = 0; i < DATASETS; i++) {
                        ds[i].refresh();
                        long rows = ds[i].space().dims()[0];
                        assertThat(rows).as("d%d rows never go backwards", i).isGreaterThanOrEqualTo(seen[i]);
                        assertThat(rows).isLessThanOrEqualTo(total);
                        checkRows(ds[i].readLongs(), rows, i);
                        seen[i] = rows;
                        distinctCounts.add(rows);
                    }
                    refreshes++;
                }
                assertThat(out.readLine()).isEqualTo("DONE");
                for (int i = 0; i < DATASETS; i++) {
                    ds[i].refresh();
                    assertThat(ds[i].space().dims()).containsExactly(total, 4);
                    checkRows(ds[i].readLongs(), total, i);
                }
            }
            in.write("bye\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(w.exitValue()).isZero();
            System.out.println("SWMR read: " + refreshes + " refresh rounds, " + distinctCounts.size()
                    + " distinct row counts seen");
        } finally {
            w.destroy();
        }
    }

    private static boolean allSeen(long[] seen, long total) {
        for (long s : seen) {
            if (s < total) {
                return false;
            }
        }
        return true;
    }

    private static void checkRows(long[] v, long rows, int dataset) {
        assertThat(v).hasSize((int) (rows * 4));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 4; c++) {
                long want = 4L * r + c + 1_000_000L * dataset;
                if (v[r * 4 + c] != want) {
                    throw new AssertionError("d" + dataset + "[" + r + "][" + c + "] = " + v[r * 4 + c]
                            + ", written " + want + " (rows visible: " + rows + ")");
                }
            }
        }
    }
}
