package org.nwbj.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;

/** The NWB reading workloads of {@link Compare}: nwb_list and nwb_units (issue 16 item 6), warmed by CPU time. */
final class NwbReadWorkloads {
    private NwbReadWorkloads() {
    }

    /** CPU seconds of warm-up {@link #warmedByCpu} gives a millisecond-scale NWB workload before it is timed. */
    private static final double WARMUP_CPU_S = 3;

    /**
     * {@code rep}, run first until the process has spent {@link #WARMUP_CPU_S} of CPU on it (at most
     * {@link Compare#WARMUP_BUDGET_S} of wall time): a millisecond-long run needs a few CPU seconds of runs before the JIT
     * has compiled the reading path, and on a loaded machine measure's two wall seconds of warm-up give it a
     * fraction of that, so the timed runs timed the interpreter and JIT threads (0.1-0.3 s a run, 1 ms warm).
     */
    private static Compare.Rep warmedByCpu(Compare m, Compare.Rep rep) throws Exception {
        long cpu = Compare.processCpuNanos();
        if (!m.wants("nwbj") || cpu == 0) {
            return rep;
        }
        long start = System.nanoTime();
        while ((Compare.processCpuNanos() - cpu) / 1e9 < WARMUP_CPU_S
                && (System.nanoTime() - start) / 1e9 < Compare.WARMUP_BUDGET_S) {
            rep.run();
        }
        return rep;
    }

    static void list(Workloads w, Compare m) throws Exception {
        int n = Math.max(100, (int) (1000 * w.manifest.get("scale").asDouble()));
        Path file = w.file("nwb_list_" + n + ".nwb");
        if (!Files.exists(file)) {
            m.unsupported("nwbj", "no " + file.getFileName() + " (pynwb writes it; is pynwb importable?)");
            return;
        }
        m.unsupported("limit", "no raw equivalent");
        m.measure("nwbj", "NwbIO.read, acquisition(), data().dims() per series", Files.size(file), warmedByCpu(m, () -> {
            List<String> pairs = new ArrayList<>();
            try (NWBFile f = NwbIO.read(file)) {
                for (Map.Entry<String, TimeSeries> e : f.acquisition().entrySet()) {
                    StringBuilder s = new StringBuilder(e.getKey()).append(':');
                    long[] dims = e.getValue().data().dims();
                    for (int i = 0; i < dims.length; i++) {
                        s.append(i == 0 ? "" : "x").append(dims[i]);
                    }
                    pairs.add(s.append(';').toString());
                }
            }
            return () -> {
                Collections.sort(pairs);
                java.util.zip.CRC32 c = new java.util.zip.CRC32();
                c.update(String.join("", pairs).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return String.format("series=%d crc=%08x", pairs.size(), c.getValue());
            };
        }));
        m.unsupported("jhdf", "jHDF has no NWB layer");
    }


    /** Typed reading of a 1,000-unit Units table: every unit's spike times (issue 16, item 6). */
    static void units(Workloads w, Compare m) throws Exception {
        Path file = w.file("nwb_units_1000.nwb");
        if (!Files.exists(file)) {
            m.unsupported("nwbj", "no " + file.getFileName() + " (pynwb writes it; is pynwb importable?)");
            return;
        }
        m.unsupported("limit", "no raw equivalent");
        m.measure("nwbj", "TypedIO.read, units().spikeTimes(i) per unit", Files.size(file), warmedByCpu(m, () -> {
            List<double[]> rows = new ArrayList<>();
            try (org.nwbj.nwb.types.NWBFile f = org.nwbj.nwb.types.TypedIO.read(file)) {
                org.nwbj.nwb.types.Units units = f.units();
                for (long i = 0; i < units.rowCount(); i++) {
                    rows.add(units.spikeTimes(i));
                }
            }
            return () -> {
                long spikes = 0;
                long sum = 0;
                for (double[] r : rows) {
                    spikes += r.length;
                    for (double v : r) {
                        sum += Math.round(v * 1e6);
                    }
                }
                return String.format("units=%d spikes=%d sum_us=%d", rows.size(), spikes, sum);
            };
        }));
        m.unsupported("jhdf", "jHDF has no NWB layer");
    }
}
