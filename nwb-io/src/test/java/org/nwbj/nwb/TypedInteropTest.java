package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pynwb, its validator and nwbinspector judge a file with every typed container nwb-io writes, and pynwb reads
 * the values back. Skipped like {@link PynwbInteropTest} when the reference stack is missing (failing when CI=true).
 */
@Tag("interop")
class TypedInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void everyTypedContainerPassesPynwbAndReadsBack() throws Exception {
        Path p = TypedFixtures.writeRich(dir.resolve("typed.nwb"));
        String out = PynwbInteropTest.nwbCheck(p);
        assertThat(out).as(out).contains("ok: " + p).endsWith("1 passed, 0 failed");

        org.nwbj.testing.Python.Result r = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-W",
                "error", "-c", String.join("\n",
                "import sys, numpy as np",
                "from pynwb import NWBHDF5IO",
                "with NWBHDF5IO(sys.argv[1], 'r') as io:",
                "    f = io.read()",
                "    es = f.acquisition['ElectricalSeries']",
                "    print(type(es).__name__, es.data.shape, es.conversion, list(es.electrodes.data[:]),",
                "          es.electrodes.table.name, list(f.electrodes['group_name'][:]),",
                "          f.electrodes['group'][0].name, f.electrodes['group'][0].device.manufacturer)",
                "    print(f.subject.subject_id, f.subject.age, f.subject.species, f.devices['probe'].description)",
                "    b = f.processing['behavior']",
                "    print(type(b['position']).__name__, b['position'].reference_frame, b['position'].data.shape)",
                "    print(type(b['BehavioralEvents']).__name__, list(b['BehavioralEvents']['licks'].timestamps[:]))",
                "    s = b['sorted']",
                "    print(list(s['quality'][:]), [list(x) for x in s['spike_times'][:]], list(s['electrode'].data[:]))",
                "    print(list(f.trials['start_time'][:]), list(f.trials['correct'][:]), [list(x) for x in f.epochs['tags'][:]])",
                "    m = f.stimulus['movie']",
                "    print(type(m).__name__, m.data.shape, int(np.asarray(m.data[:]).sum()), m.format)",
                "    d = f.analysis['derived']",
                "    print(list(d.data[:]), list(f.scratch['notes']['text'][:]), list(d.control[:]),",
                "          list(d.control_description[:]))"),
                p.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "ElectricalSeries (50, 4) 1e-06 [0, 1, 2, 3] electrodes ['shank0', 'shank0', 'shank0', 'shank0'] "
                        + "shank0 acme",
                "mouse-1 P90D Mus musculus a silicon probe",
                "SpatialSeries corner (20, 2)",
                "BehavioralEvents [0.3, 1.7, 2.2]",
                "[0.9, 0.7, 0.8] [[0.1, 0.2, 0.3, 0.4], [1.1, 1.2], [2.1, 2.2, 2.3]] [0, 2, 3]",
                "[0.0, 1.0, 2.0] [1, 0, 1] [['a', 'b'], ['c']]",
                "ImageSeries (5, 4, 4) 3160 raw",
                "[1.0, 2.0, 3.0] ['first', 'second'] [0, 1, 0] ['off', 'on']"));
    }
}
