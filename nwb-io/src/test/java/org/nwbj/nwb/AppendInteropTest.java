package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, done-when 4: a file pynwb wrote and then changed in 'a' mode, and a file nwbj wrote, each get a
 * TimeSeries added by nwbj in place; pynwb then reads the old and the new series of both and judges both files.
 * Needs pynwb (as {@link PynwbInteropTest}).
 */
@Tag("interop")
class AppendInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void pynwbReadsOldAndAddedSeries() throws Exception {
        Path theirs = dir.resolve("pynwb_appended.nwb");
        org.nwbj.testing.Python.Result made = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-c",
                String.join("\n",
                "import sys, datetime, numpy as np",
                "from pynwb import NWBFile, NWBHDF5IO, TimeSeries",
                "f = NWBFile('written by pynwb', 'pynwb-1', datetime.datetime(2017, 4, 3, 11, tzinfo=datetime.timezone.utc))",
                "f.add_acquisition(TimeSeries(name='first', data=np.arange(10.0), unit='m', rate=10.0))",
                "with NWBHDF5IO(sys.argv[1], 'w') as io:",
                "    io.write(f)",
                "with NWBHDF5IO(sys.argv[1], 'a') as io:",
                "    g = io.read()",
                "    g.add_acquisition(TimeSeries(name='second', data=np.arange(5), unit='n', timestamps=np.arange(5.0)))",
                "    io.write(g)"), theirs.toString());
        assertThat(made.exit()).as(made.out()).isZero();
        Path ours = TypedFixtures.writeRich(dir.resolve("nwbj_appended.nwb"));

        for (Path p : new Path[] {theirs, ours}) {
            NwbIO.addAcquisition(p, new TimeSeries("added_by_nwbj", ArrayData.of(new long[] {7, 8, 9}), "counts")
                    .setTimestamps(new double[] {0.5, 1.5, 2.5}));
        }
        try (NWBFile f = NwbIO.read(ours)) {
            ElectricalSeries es = new ElectricalSeries("more_ephys", ArrayData.of(new float[] {1, 2, 3, 4}, 2, 2),
                    f.electrodes(), new long[] {2, 3});
            es.setRate(0.0, 1000.0);
            f.close();
            NwbIO.addAcquisition(ours, es);
        }
        String check = PynwbInteropTest.nwbCheck(theirs, ours);
        assertThat(check).as(check).endsWith("2 passed, 0 failed");

        org.nwbj.testing.Python.Result r = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-W",
                "error", "-c", String.join("\n",
                "import sys",
                "from pynwb import NWBHDF5IO",
                "for path in sys.argv[1:]:",
                "    with NWBHDF5IO(path, 'r') as io:",
                "        f = io.read()",
                "        a = f.acquisition",
                "        new = a['added_by_nwbj']",
                "        print(sorted(a), list(new.data[:]), list(new.timestamps[:]), new.unit)",
                "        if 'first' in a:",
                "            print(list(a['first'].data[:3]), a['first'].rate, list(a['second'].timestamps[:]))",
                "        else:",
                "            m = a['more_ephys']",
                "            print(a['ElectricalSeries'].data.shape, f.subject.subject_id, list(m.electrodes.data[:]),",
                "                  m.electrodes.table is f.electrodes, m.data[:].tolist())"),
                theirs.toString(), ours.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "['added_by_nwbj', 'first', 'second'] [7, 8, 9] [0.5, 1.5, 2.5] counts",
                "[0.0, 1.0, 2.0] 10.0 [0.0, 1.0, 2.0, 3.0, 4.0]",
                "['ElectricalSeries', 'added_by_nwbj', 'more_ephys'] [7, 8, 9] [0.5, 1.5, 2.5] counts",
                "(50, 4) mouse-1 [2, 3] True [[1.0, 2.0], [3.0, 4.0]]"));
    }
}
