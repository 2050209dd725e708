package org.nwbj.hdf5.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * A deterministic writing workload for the crash tests: step k appends rows to a chunked, deflated dataset,
 * rewrites two root attributes, creates a group (every third with a small dataset) and rewrites an attribute of
 * the previous group. {@link #check} tells whether a file holds at least what the flush after step k published.
 * As a program ({@link #main}) it is the writer JVM the kill harness kills: it flushes after every step and prints
 * "flushing K" before and "flushed K" once flush K returned.
 */
public final class CrashWorkload {
    public static final int COLS = 4;

    private final GroupWriter root;
    private final DatasetWriter data;
    private long rows;
    private GroupWriter previous;

    public CrashWorkload(Hdf5Writer w) {
        this.root = w.root();
        this.data = root.createDataset("data", GrowingRows.options(DataTypes.INT32, 256).deflate(1));
    }

    /** Rows appended by step k (varied so that appends end inside chunks and rewrite them). */
    public static long rowsIn(int k) {
        return 50 + (k * 37L) % 300;
    }

    /** Rows after steps 0..k. */
    public static long rowsAfter(int k) {
        long n = 0;
        for (int j = 0; j <= k; j++) {
            n += rowsIn(j);
        }
        return n;
    }

    public void step(int k) {
        long n = rowsIn(k);
        int[] v = new int[(int) n * COLS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (int) (rows * COLS + i);
        }
        data.resize(rows + n, COLS);
        data.write(Selection.rows(data.dims(), rows, n), v);
        rows += n;
        root.setAttribute("step", (long) k);
        root.setAttribute("state", "step " + k);
        GroupWriter g = root.createGroup("g" + k);
        g.setAttribute("index", (long) k);
        if (k % 3 == 0) {
            long[] d = new long[k + 1];
            for (int i = 0; i <= k; i++) {
                d[i] = i;
            }
            g.createDataset("d", d);
        }
        if (previous != null) {
            previous.setAttribute("next", "g" + k);
        }
        previous = g;
    }

    /**
     * Null when the file holds everything flush k published (and whatever later state it holds is whole), else
     * what is missing or wrong. Walks every object the workload wrote.
     */
    public static String check(Hdf5File f, int k) {
        Dataset d = (Dataset) f.get("/data");
        long n = d.space().dims()[0];
        if (n < rowsAfter(k)) {
            return "/data has " + n + " rows, flush " + k + " published " + rowsAfter(k);
        }
        long[] v = d.readLongs();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != i) {
                return "/data element " + i + " is " + v[i];
            }
        }
        long step = ((Number) f.root().attribute("step").readValues()[0]).longValue();
        if (step < k) {
            return "root attribute step is " + step + ", flush " + k + " published " + k;
        }
        Object state = f.root().attribute("state").readValues()[0];
        if (!("step " + step).equals(state)) {
            return "root attribute state is " + state + " with step " + step;
        }
        for (int i = 0; i <= step; i++) {
            Group g = (Group) f.get("/g" + i);
            long index = ((Number) g.attribute("index").readValues()[0]).longValue();
            if (index != i) {
                return "/g" + i + " has index " + index;
            }
            if (i % 3 == 0) {
                long[] x = ((Dataset) g.get("d")).readLongs();
                if (x.length != i + 1 || x[i] != i) {
                    return "/g" + i + "/d holds " + java.util.Arrays.toString(x);
                }
            }
            if (i < k && !("g" + (i + 1)).equals(g.attribute("next").readValues()[0])) {
                return "/g" + i + " attribute next is " + g.attribute("next").readValues()[0];
            }
        }
        return null;
    }

    /** The same check in Python for h5py: arguments FILE:K, prints "FILE ok" or "FILE open-failed|wrong ...". */
    public static final String H5PY_CHECK = String.join("\n",
            "import sys, h5py, numpy as np",
            "def rows_after(k):",
            "    return sum(50 + (j * 37) % 300 for j in range(k + 1))",
            "def s(x):",
            "    return x.decode() if isinstance(x, bytes) else str(x)",
            "for arg in sys.argv[1:]:",
            "    path, k = arg.rsplit(':', 1)",
            "    k = int(k)",
            "    try:",
            "        f = h5py.File(path, 'r')",
            "    except Exception as e:",
            "        print(path, 'open-failed', repr(e).replace('\\n', ' '))",
            "        continue",
            "    try:",
            "        d = f['data']",
            "        n = d.shape[0]",
            "        assert n >= rows_after(k), 'rows %d < %d' % (n, rows_after(k))",
            "        assert (d[:].ravel() == np.arange(n * 4)).all(), 'data values'",
            "        step = int(f.attrs['step'])",
            "        assert step >= k, 'step %d < %d' % (step, k)",
            "        assert s(f.attrs['state']) == 'step %d' % step, 'state'",
            "        for i in range(step + 1):",
            "            g = f['g%d' % i]",
            "            assert int(g.attrs['index']) == i, 'index of g%d' % i",
            "            if i % 3 == 0:",
            "                assert list(g['d'][:]) == list(range(i + 1)), 'g%d/d' % i",
            "            if i < k:",
            "                assert s(g.attrs['next']) == 'g%d' % (i + 1), 'next of g%d' % i",
            "        print(path, 'ok')",
            "    except Exception as e:",
            "        print(path, 'wrong', repr(e).replace('\\n', ' '))",
            "    finally:",
            "        f.close()");

    /**
     * Runs {@link #H5PY_CHECK} on FILE:K arguments with /usr/bin/python3 and returns its lines; skips (JUnit
     * assumption) when h5py is missing, except with CI=true where that fails.
     */
    public static List<String> h5pyCheck(List<String> fileAndFlush) throws IOException, InterruptedException {
        return h5pyCheck(fileAndFlush, false);
    }

    /**
     * As {@link #h5pyCheck(List)}; with {@code swmr} the files are opened with {@code swmr=True}, as the C library
     * requires of a file whose SWMR writer did not close it (its superblock still says SWMR writing).
     */
    public static List<String> h5pyCheck(List<String> fileAndFlush, boolean swmr)
            throws IOException, InterruptedException {
        Path python = Paths.get("/usr/bin/python3");
        boolean have = Files.isExecutable(python);
        if (have) {
            Process probe = new ProcessBuilder(python.toString(), "-c", "import h5py").start();
            have = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        if (!have && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but /usr/bin/python3 with h5py is missing");
        }
        Assumptions.assumeTrue(have,
                "skipped: /usr/bin/python3 with h5py is not installed (apt-get install python3-h5py)");
        List<String> cmd = new ArrayList<>();
        cmd.add(python.toString());
        cmd.add("-c");
        cmd.add(swmr ? H5PY_CHECK.replace("h5py.File(path, 'r')", "h5py.File(path, 'r', swmr=True)") : H5PY_CHECK);
        cmd.addAll(fileAndFlush);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("the h5py check failed: " + out);
        }
        return Arrays.asList(out.trim().split("\n"));
    }

    /**
     * The writer process: {@code CrashWorkload FILE [--swmr]}; flushes after every step and says so on stdout. With
     * {@code --swmr} the file is created in the latest format and written in SWMR mode from its first flush.
     */
    public static void main(String[] args) {
        boolean swmr = args.length > 1 && args[1].equals("--swmr");
        Hdf5Writer w = swmr ? Hdf5Writer.create(Paths.get(args[0]), true) : Hdf5Writer.create(Paths.get(args[0]));
        CrashWorkload work = new CrashWorkload(w);
        if (swmr) {
            w.startSwmr();
        }
        for (int k = 0; k < 100_000; k++) {
            work.step(k);
            System.out.println("flushing " + k);
            w.flush();
            System.out.println("flushed " + k);
            System.out.flush();
        }
        w.close();
    }
}
