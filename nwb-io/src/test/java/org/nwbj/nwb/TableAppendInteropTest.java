package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.nwb.types.TypedIO;
import org.nwbj.nwb.types.Units;

/**
 * Issue 16 item 2: rows appended in place to the Units and trials tables of a file pynwb wrote (fixed-size columns,
 * rewritten growable) and then appended again (resized in place); nwbj and pynwb read every row, pynwb's validator
 * and read check pass.
 */
@Tag("interop")
class TableAppendInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void pynwbReadsRowsAppendedByNwbj() throws Exception {
        Path file = dir.resolve("tables.nwb");
        org.nwbj.testing.Python.Result made = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-c",
                String.join("\n",
                "import sys, datetime, numpy as np",
                "from pynwb import NWBFile, NWBHDF5IO",
                "f = NWBFile('tables', 'tables-1', datetime.datetime(2017, 4, 3, 11, tzinfo=datetime.timezone.utc))",
                "f.add_unit_column('quality', 'sorting quality')",
                "for i in range(3):",
                "    f.add_unit(spike_times=np.arange(i + 1) * 0.5 + i, quality='good%d' % i)",
                "f.add_trial_column('condition', 'what was shown')",
                "f.add_trial_column('licks', 'lick times', index=True)",
                "f.add_trial(start_time=0.0, stop_time=1.0, condition='a', licks=[0.2, 0.4])",
                "f.add_trial(start_time=1.0, stop_time=2.0, condition='b', licks=[1.5])",
                "with NWBHDF5IO(sys.argv[1], 'w') as io:",
                "    io.write(f)"), file.toString());
        assertThat(made.exit()).as(made.out()).isZero();

        TypedIO.appendRows(file, "/units", Arrays.asList(
                row("spike_times", new double[] {10.0, 10.5, 11.0, 11.5}, "quality", "fair"),
                row("spike_times", Collections.emptyList(), "quality", "noise", "id", 42L)));
        TypedIO.appendRows(file, "/intervals/trials", Collections.singletonList(
                row("start_time", 2.0, "stop_time", 3.5, "condition", "c", "licks", Arrays.asList(2.1, 2.2, 3.0))));
        // the columns are growable now: this append resizes them in place
        TypedIO.appendRows(file, "/units", Collections.singletonList(
                row("spike_times", new double[] {20.0}, "quality", "good")));

        try (org.nwbj.nwb.types.NWBFile nwb = TypedIO.read(file)) {
            Units units = nwb.units();
            assertThat(units.rowCount()).isEqualTo(6);
            assertThat(units.spikeTimes(1)).containsExactly(1.0, 1.5);
            assertThat(units.spikeTimes(3)).containsExactly(10.0, 10.5, 11.0, 11.5);
            assertThat(units.spikeTimes(4)).isEmpty();
            assertThat(units.spikeTimes(5)).containsExactly(20.0);
            assertThat(units.column("quality").get(5)).isEqualTo("good");
            assertThat(units.column("id").get(4)).isEqualTo(42L);
            assertThat(units.column("id").get(5)).isEqualTo(43L);
        }

        org.nwbj.testing.Python.Result r = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-W",
                "error", "-c", String.join("\n",
                "import sys",
                "from pynwb import NWBHDF5IO",
                "with NWBHDF5IO(sys.argv[1], 'r') as io:",
                "    f = io.read()",
                "    u = f.units",
                "    print(len(u), list(u.id[:]), [list(u['spike_times'][i]) for i in range(len(u))])",
                "    print(list(u['quality'][:]))",
                "    t = f.trials",
                "    print(len(t), list(t['start_time'][:]), list(t['stop_time'][:]), list(t['condition'][:]),",
                "          [list(t['licks'][i]) for i in range(len(t))], list(t.id[:]))"),
                file.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "6 [0, 1, 2, 3, 42, 43] [[0.0], [1.0, 1.5], [2.0, 2.5, 3.0], [10.0, 10.5, 11.0, 11.5], [], [20.0]]",
                "['good0', 'good1', 'good2', 'fair', 'noise', 'good']",
                "3 [0.0, 1.0, 2.0] [1.0, 2.0, 3.5] ['a', 'b', 'c'] [[0.2, 0.4], [1.5], [2.1, 2.2, 3.0]] [0, 1, 2]"));
        String check = PynwbInteropTest.nwbCheck(file);
        assertThat(check).as(check).endsWith("1 passed, 0 failed");
    }

    @Test
    void refusesRowsWithoutEveryColumn() throws Exception {
        Path file = TypedFixtures.writeRich(dir.resolve("rich.nwb"));
        List<Map<String, Object>> rows = Collections.singletonList(row("nothing", 1L));
        assertThatThrownBy(() -> TypedIO.appendRows(file, "/general/extracellular_ephys/electrodes", rows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gives columns [nothing]");
    }
}
