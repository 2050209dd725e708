package org.nwbj.benchmarks;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Selection;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;

/**
 * The hdf5-benchmark style workloads ({@code hb_*}) and {@code nwb_write_series}, on the files hdfbench.py writes
 * with h5py: full reads of datasets with 50,000 / 10,000 tiny chunks (fixed array paged, extensible array, v2
 * B-tree), one 100-element slice read 10,000 times from an open dataset, a 1-D shuffle+gzip dataset in ten
 * chunks, and 1,000 TimeSeries written into one NWB file.
 */
final class HdfBenchWorkloads {
    static final int SLICE_REPS = 10_000;
    static final int SERIES = 1000;

    private HdfBenchWorkloads() {
    }

    static void run(Path dir, String workload, Compare m) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("hdfbench.json").toFile());
        switch (workload) {
            case "hb_fixed", "hb_earray", "hb_btree2" -> wholeRead(dir.resolve(workload + ".h5"),
                    manifest.get("num_chunks").get(workload).asInt(), m);
            case "hb_gzip" -> gzipRead(dir.resolve("hb_gzip.h5"), manifest, m);
            case "hb_slice" -> slice(dir.resolve("hb_slice.h5"), m);
            case "nwb_write_series" -> writeSeries(dir, m);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
    }

    private static long elements(Path file) {
        try (Hdf5File f = Hdf5File.open(file)) {
            long[] dims = ((Dataset) f.get("/data")).space().dims();
            return Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        }
    }

    private static void wholeRead(Path file, int chunks, Compare m) throws Exception {
        long bytes = elements(file) * 8;
        m.measure("nwbj", "Dataset.readLongs() (" + chunks + " chunks)", bytes, () -> {
            long[] a;
            try (Hdf5File f = Hdf5File.open(file)) {
                a = ((Dataset) f.get("/data")).readLongs();
            }
            return () -> Workloads.crcLongs(a);
        });
        jhdf(m, "Dataset.getDataFlat()", bytes, () -> {
            long[] a;
            try (HdfFile f = new HdfFile(file)) {
                a = (long[]) f.getDatasetByPath("/data").getDataFlat();
            }
            return () -> Workloads.crcLongs(a);
        });
    }


    private static void gzipRead(Path file, JsonNode manifest, Compare m) throws Exception {
        long elems = manifest.get("gzip_elems").asLong();
        int chunkBytes = (int) (elems / 10 * 8);
        JsonNode chunks = manifest.get("gzip_chunks");
        byte[][] stored = new byte[chunks.size()][];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int i = 0; i < stored.length; i++) {
                stored[i] = new byte[chunks.get(i).get(1).asInt()];
                ch.read(ByteBuffer.wrap(stored[i]), chunks.get(i).get(0).asLong());
            }
        }
        m.measure("limit", "java.util.zip.Inflater over the 10 stored chunks on all cores (no read, no unshuffle)",
                elems * 8, () -> {
                    long got = Compare.inflateAll(stored, chunkBytes);
                    return () -> "limit:inflated=" + got;
                });
        m.measure("nwbj", "Dataset.readLongs()", elems * 8, () -> {
            long[] a;
            try (Hdf5File f = Hdf5File.open(file)) {
                a = ((Dataset) f.get("/data")).readLongs();
            }
            return () -> Workloads.crcLongs(a);
        });
        jhdf(m, "Dataset.getDataFlat()", elems * 8, () -> {
            long[] a;
            try (HdfFile f = new HdfFile(file)) {
                a = (long[]) f.getDatasetByPath("/data").getDataFlat();
            }
            return () -> Workloads.crcLongs(a);
        });
    }

    /** [500, 200:300] of the 1000 x 1000 float64 dataset, read SLICE_REPS times from one open dataset. */
    private static void slice(Path file, Compare m) throws Exception {
        long bytes = SLICE_REPS * 100L * 8;
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = (Dataset) f.get("/data");
            m.measure("nwbj", "Dataset.readDoubles(Selection.box({500, 200}, {1, 100})) " + SLICE_REPS
                    + " times on one open dataset", bytes, () -> {
                        double[] a = null;
                        for (int i = 0; i < SLICE_REPS; i++) {
                            a = d.readDoubles(Selection.box(new long[] {500, 200}, new long[] {1, 100}));
                        }
                        double[] last = a;
                        return () -> "n=" + SLICE_REPS + " crc=" + Workloads.crcDoubles(last);
                    });
        }
        try (HdfFile f = new HdfFile(file)) {
            io.jhdf.api.Dataset d = f.getDatasetByPath("/data");
            jhdf(m, "Dataset.getData({500, 200}, {1, 100}) " + SLICE_REPS + " times on one open dataset", bytes, () -> {
                double[] a = null;
                for (int i = 0; i < SLICE_REPS; i++) {
                    a = ((double[][]) d.getData(new long[] {500, 200}, new int[] {1, 100}))[0];
                }
                double[] last = a;
                return () -> "n=" + SLICE_REPS + " crc=" + Workloads.crcDoubles(last);
            });
        }
    }

    private static void writeSeries(Path dir, Compare m) throws Exception {
        Path out = dir.resolve("nwb_write_series_jvm.nwb");
        double[][] data = new double[SERIES][100];
        for (int i = 0; i < SERIES; i++) {
            for (int k = 0; k < 100; k++) {
                data[i][k] = k + i;
            }
        }
        m.written = out;
        m.measure("nwbj", "NwbIO.write of 1,000 TimeSeries (100 float64 each, rate) in one file",
                SERIES * 100L * 8, () -> {
                    NWBFile f = new NWBFile("nwb-write-series", "1000 series written",
                            OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.UTC));
                    for (int i = 0; i < SERIES; i++) {
                        f.addAcquisition(new TimeSeries(String.format("series_%04d", i), ArrayData.of(data[i], 100),
                                "mV").setRate(0.0, 1000.0));
                    }
                    NwbIO.write(f, out);
                    return () -> "series=" + SERIES;
                });
        Files.deleteIfExists(out);
    }

    /** jHDF as a peer; what it cannot read is reported as unsupported rather than failing the run. */
    private static void jhdf(Compare m, String how, long bytes, Compare.Rep rep) throws Exception {
        if (!m.wants("jhdf")) {
            return;
        }
        try {
            rep.run();
        } catch (Exception | Error e) {
            m.unsupported("jhdf", "jHDF 0.13 fails: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).replace("\"", "'"));
            return;
        }
        m.measure("jhdf", how, bytes, rep);
    }
}
