package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.Python;

/**
 * pynwb 2.8.3, its validator and nwbinspector (the reference stack in ../shared/reference) judge what we write:
 * the first steps of pynwb's "modular data storage using external files" tutorial. Skipped when python3 with
 * h5py or the reference stack is missing, except with CI=true.
 */
@Tag("interop")
class PynwbInteropTest {
    private static final Path PYTHON = Python.PYTHON;
    private static final Path REFERENCE = Python.REFERENCE;
    private static String pythonPath;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        pythonPath = Python.requirePynwb("pynwb, nwbinspector");
    }

    /** The PYTHONPATH with pynwb found by {@link #findPynwb()}. */
    static String pythonPath() {
        return pythonPath;
    }

    /** Runs {@code command} (stdout and stderr together) with {@code pythonPath}. */
    static Python.Result run(String pythonPath, String... command) throws IOException, InterruptedException {
        return Python.run(pythonPath, true, command);
    }

    static String nwbCheck(Path... files) throws Exception {
        List<String> cmd = new ArrayList<>(Arrays.asList(PYTHON.toString(),
                REFERENCE.resolve("nwb_check.py").toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        Python.Result r = run(pythonPath, cmd.toArray(new String[0]));
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out();
    }

    static final OffsetDateTime START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.ofHours(2));

    static long[] tutorialData() {
        long[] v = new long[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return v;
    }

    static double[] tutorialTimestamps() {
        double[] t = new double[100];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return t;
    }

    static Path writeTutorialFile(Path file, String seriesName) {
        NWBFile f = new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", START);
        f.addAcquisition(new TimeSeries(seriesName, ArrayData.of(tutorialData(), 100, 10), "SIunit")
                .setTimestamps(tutorialTimestamps()));
        NwbIO.write(f, file);
        return file;
    }

    @Test
    void tutorialsTwoFilesPassPynwbTheValidatorAndTheInspector() throws Exception {
        Path one = writeTutorialFile(dir.resolve("external1_example.nwb"), "test_timeseries1");
        Path two = writeTutorialFile(dir.resolve("external2_example.nwb"), "test_timeseries2");
        String out = nwbCheck(one, two);
        assertThat(out).as(out).contains("ok: " + one, "ok: " + two).endsWith("2 passed, 0 failed");

        Python.Result r = run(pythonPath, PYTHON.toString(), "-c", String.join("\n",
                "import sys, numpy as np",
                "from pynwb import NWBHDF5IO",
                "for path, name in [(sys.argv[1], 'test_timeseries1'), (sys.argv[2], 'test_timeseries2')]:",
                "    with NWBHDF5IO(path, 'r') as io:",
                "        f = io.read()",
                "        ts = f.get_acquisition(name)",
                "        d = ts.data[:]",
                "        ok = (d.dtype == np.int64 and d.shape == (100, 10)",
                "              and np.array_equal(d, np.arange(1000).reshape((100, 10)))",
                "              and np.array_equal(ts.timestamps[:], np.arange(100, dtype=float))",
                "              and ts.unit == 'SIunit' and ts.conversion == 1.0 and ts.resolution == -1.0",
                "              and f.session_start_time.isoformat() == '2017-04-03T11:00:00+02:00'",
                "              and f.session_description == 'demonstrate external files')",
                "        print(name, ok)"), one.toString(), two.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("test_timeseries1 True\ntest_timeseries2 True");
    }

    @Test
    void tutorialsLinkedDatasetPassesAndPynwbFollowsTheLink() throws Exception {
        Path one = writeTutorialFile(dir.resolve("external1_example.nwb"), "test_timeseries1");
        Path four = dir.resolve("external_linkdataset_example.nwb");
        try (NWBFile f1 = NwbIO.read(one)) {
            NWBFile f4 = new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", START);
            f4.addAcquisition(new TimeSeries("test_timeseries4", f1.acquisition("test_timeseries1").data(),
                    "SIunit").setTimestamps(tutorialTimestamps()));
            NwbIO.write(f4, four);
        }
        String out = nwbCheck(four);
        assertThat(out).as(out).contains("ok: " + four).endsWith("1 passed, 0 failed");

        Python.Result r = run(pythonPath, PYTHON.toString(), "-c", String.join("\n",
                "import sys, h5py, numpy as np",
                "from pynwb import NWBHDF5IO",
                "link = h5py.File(sys.argv[1], 'r')['acquisition/test_timeseries4'].get('data', getlink=True)",
                "print(type(link).__name__, link.filename, link.path)",
                "with NWBHDF5IO(sys.argv[1], 'r') as io:",
                "    d = io.read().get_acquisition('test_timeseries4').data",
                "    print(np.array_equal(d[:], np.arange(1000).reshape((100, 10))))"), four.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(
                "ExternalLink external1_example.nwb /acquisition/test_timeseries1/data\nTrue");
    }

    @Test
    void tutorialsLinkedContainersPassAndPynwbFollowsTheLinks() throws Exception {
        Path one = writeTutorialFile(dir.resolve("external1_example.nwb"), "test_timeseries1");
        Path two = writeTutorialFile(dir.resolve("external2_example.nwb"), "test_timeseries2");
        Path three = dir.resolve("external_linkcontainer_example.nwb");
        try (NWBFile f1 = NwbIO.read(one); NWBFile f2 = NwbIO.read(two)) {
            NWBFile f3 = new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", START);
            f3.addAcquisition(f1.acquisition("test_timeseries1"));
            f3.addAcquisition(f2.acquisition("test_timeseries2"));
            NwbIO.write(f3, three);
        }
        String out = nwbCheck(three);
        assertThat(out).as(out).contains("ok: " + three).endsWith("1 passed, 0 failed");

        Python.Result r = run(pythonPath, PYTHON.toString(), "-c", String.join("\n",
                "import sys, h5py, numpy as np",
                "from pynwb import NWBHDF5IO",
                "acq = h5py.File(sys.argv[1], 'r')['acquisition']",
                "for name in sorted(acq):",
                "    link = acq.get(name, getlink=True)",
                "    print(type(link).__name__, link.filename, link.path)",
                "with NWBHDF5IO(sys.argv[1], 'r') as io:",
                "    f = io.read()",
                "    print(sorted(f.acquisition), np.array_equal(f.get_acquisition('test_timeseries2').data[:],",
                "          np.arange(1000).reshape((100, 10))))"), three.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "ExternalLink external1_example.nwb /acquisition/test_timeseries1",
                "ExternalLink external2_example.nwb /acquisition/test_timeseries2",
                "['test_timeseries1', 'test_timeseries2'] True"));
    }
}
