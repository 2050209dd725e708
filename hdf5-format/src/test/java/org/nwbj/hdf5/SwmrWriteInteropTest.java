package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.GrowingRows;

/**
 * nwbj as the SWMR writer, h5py 3.7 (HDF5 1.10) as the reader in another process: nwbj appends to three chunked
 * deflate datasets, flushing 500 times, while h5py, opened with {@code swmr=True}, refreshes in a loop and checks
 * that every row it sees is what was written and that counts never go backwards. After close the file opens in
 * h5py without SWMR and in h5dump (no h5clear needed). The processes meet through lines on stdin/stdout only.
 */
@Tag("interop")
class SwmrWriteInteropTest {
    private static final int DATASETS = 3;
    private static final int FLUSHES = 500;
    /** Not a multiple of the chunk rows: partial chunks are rewritten (into fresh space) by later blocks. */
    private static final int BLOCK_ROWS = 3;

    @TempDir
    Path dir;

    /** Element [r][c] of d{i} is 4r + c + 1000000 i; prints "OPEN", then "SEEN refreshes distinct" at the end. */
    static final String READER = String.join("\n",
            "import sys, time, h5py, numpy as np",
            "path, total, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])",
            "f = h5py.File(path, 'r', libver='latest', swmr=True)",
            "ds = [f['d%d' % i] for i in range(n)]",
            "print('OPEN', flush=True)",
            "seen = [0] * n",
            "refreshes = 0",
            "counts = set()",
            "deadline = time.time() + 300",
            "while min(seen) < total:",
            "    assert time.time() < deadline, 'rows seen by the deadline: %s' % seen",
            "    for i, d in enumerate(ds):",
            "        d.refresh()",
            "        rows = d.shape[0]",
            "        assert rows >= seen[i], 'd%d went back from %d to %d rows' % (i, seen[i], rows)",
            "        assert rows <= total, rows",
            "        v = d[:rows]",
            "        want = 4 * np.arange(rows, dtype='i8')[:, None] + np.arange(4, dtype='i8')[None, :] + 1000000 * i",
            "        bad = np.argwhere(v != want)",
            "        assert len(bad) == 0, 'd%d%s = %d, written %d (rows visible %d)' % (i, list(bad[0]),",
            "            v[tuple(bad[0])], want[tuple(bad[0])], rows)",
            "        seen[i] = rows",
            "        counts.add(rows)",
            "    refreshes += 1",
            "print('SEEN', refreshes, len(counts), flush=True)",
            "f.close()");

    static final String AFTER = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "total = " + (long) FLUSHES * BLOCK_ROWS,
            "for i in range(" + DATASETS + "):",
            "    v = f['d%d' % i][:]",
            "    want = 4 * np.arange(total, dtype='i8')[:, None] + np.arange(4, dtype='i8')[None, :] + 1000000 * i",
            "    assert v.shape == (total, 4) and (v == want).all(), 'd%d' % i",
            "print('ok')");

    @Test
    void h5pyFollowsAnNwbjSwmrWriter() throws Exception {
        Path p = dir.resolve("live.h5");
        follow(p, DATASETS, FLUSHES, BLOCK_ROWS, 16, true);
        // closed: the flags are cleared, so the C library opens the file without SWMR and without h5clear
        assertThat(WriterInteropTest.python(AFTER, p)).isEqualTo("ok");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
    }

    /**
     * One-row chunks, 10,500 of them per dataset: the in-place extensible array index passes its index block,
     * direct data blocks and secondary blocks into paged data blocks, each page rewritten in place, with deflate
     * (d0) and without (d1).
     */
    @Test
    void h5pyFollowsAnInPlaceIndexIntoPagedDataBlocks() throws Exception {
        Path p = dir.resolve("paged.h5");
        follow(p, 2, 150, 70, 1, false);
        assertThat(WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r')",
                "for i in range(2):",
                "    v = f['d%d' % i][:]",
                "    want = 4 * np.arange(10500, dtype='i8')[:, None] + np.arange(4, dtype='i8')[None, :] + 1000000 * i",
                "    assert v.shape == (10500, 4) and (v == want).all(), 'd%d' % i",
                "    assert f['d%d' % i].id.get_num_chunks() == 10500",
                "print('ok')"), p)).isEqualTo("ok");
    }

    /** Appends {@code flushes} blocks to {@code n} datasets while the h5py reader {@link #READER} follows them. */
    private static void follow(Path p, int n, int flushes, int blockRows, int chunkRows, boolean deflateAll)
            throws Exception {
        Path script = p.resolveSibling(p.getFileName() + ".reader.py");
        Files.writeString(script, READER);
        WriterInteropTest.python("pass", p); // skips (or fails under CI) without h5py
        long total = (long) flushes * blockRows;
        String line;
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter[] ds = new DatasetWriter[n];
            for (int i = 0; i < n; i++) {
                DatasetOptions o = GrowingRows.options(chunkRows);
                ds[i] = w.root().createDataset("d" + i, deflateAll || i == 0 ? o.deflate(4) : o);
            }
            w.startSwmr();
            Process r = new ProcessBuilder(WriterInteropTest.PYTHON.toString(), script.toString(), p.toString(),
                    Long.toString(total), Integer.toString(n)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(r.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("h5py opened the file with swmr=True while nwbj writes it")
                        .isEqualTo("OPEN");
                for (int k = 0; k < flushes; k++) {
                    for (int i = 0; i < n; i++) {
                        GrowingRows.append(ds[i], blockRows, 1_000_000L * i);
                    }
                    w.flush();
                }
                StringBuilder all = new StringBuilder();
                while ((line = out.readLine()) != null) {
                    all.append(line).append('\n');
                    if (line.startsWith("SEEN")) {
                        break;
                    }
                }
                assertThat(r.waitFor(300, TimeUnit.SECONDS)).isTrue();
                assertThat(r.exitValue()).as("the h5py reader: %s", all).isZero();
                assertThat(line).as(all.toString()).startsWith("SEEN");
                System.out.println("h5py SWMR reader of an nwbj SWMR writer (" + flushes + " flushes, chunks of "
                        + chunkRows + " rows): " + line);
            } finally {
                r.destroy();
            }
        }
    }
}
