package org.nwbj.benchmarks;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;

/**
 * The JVM side of compare.sh: times nwbj, jHDF and the raw limit on one workload in this process, after warm-up,
 * and prints one JSON line per peer: {"peer", "workload", "times": [s...], "bytes", "check"} or
 * {"peer", "workload", "unsupported": "why"}.
 *
 * <pre>java -cp benchmarks.jar org.nwbj.benchmarks.Compare DIR WORKLOAD REPS [WARMUP [PEERS]]</pre>
 *
 * PEERS (e.g. {@code nwbj} or {@code nwbj,jhdf}) limits the run to those peers, for profiling (profile.sh).
 */
public final class Compare {
    /** One timed repetition; returns how to compute the check value (not timed). */
    interface Rep {
        Supplier<String> run() throws Exception;
    }

    private final Workloads w;
    private final String workload;
    private final int reps;
    private final int warmup;
    private java.util.Set<String> only;

    private Compare(Workloads w, String workload, int reps, int warmup) {
        this.w = w;
        this.workload = workload;
        this.reps = reps;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Compare DIR WORKLOAD REPS [WARMUP]");
            System.exit(2);
        }
        Workloads w = new Workloads(Paths.get(args[0]));
        Compare c = new Compare(w, args[1], Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 3);
        if (args.length > 4) {
            c.only = new java.util.HashSet<>(Arrays.asList(args[4].split(",")));
        }
        c.run();
    }

    private void run() throws Exception {
        switch (workload) {
            case "contiguous_read" -> contiguousRead();
            case "chunked_read" -> chunkedRead();
            case "random_rows" -> randomRows();
            case "metadata_walk" -> metadataWalk();
            case "write_contiguous" -> writeContiguous();
            case "write_chunked" -> writeChunked();
            case "write_append" -> appendChunked();
            case "nwb_write" -> nwbWrite();
            case "nwb_list" -> NwbReadWorkloads.list(w, this);
            case "nwb_units" -> NwbReadWorkloads.units(w, this);
            case "image_bslz4_read", "image_bslz4_frames", "image_bslz4_write", "image_blosc_read",
                    "image_blosc_frames", "image_blosc_write" -> {
                // the file ImageWorkloads writes, for the file-size column
                written = w.dir.resolve("write_" + workload.split("_")[1] + "_nwbj.h5");
                ImageWorkloads.run(w.dir, workload, this::measure);
            }
            case "hb_fixed", "hb_earray", "hb_btree2", "hb_slice", "hb_gzip", "nwb_write_series" ->
                    HdfBenchWorkloads.run(w.dir, workload, this);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
    }

    // ---------------------------------------------------------------- contiguous float64, read whole

    private void contiguousRead() throws Exception {
        Path file = w.file("contiguous.h5");
        long off = w.manifest.get("contiguous_offset").asLong();
        int n = (int) w.manifest.get("contiguous_bytes").asLong();
        measure("limit", "FileChannel.read into a heap array", n, () -> {
            byte[] a = new byte[n];
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer b = ByteBuffer.wrap(a);
                while (b.hasRemaining()) {
                    if (ch.read(b, off + b.position()) < 0) {
                        throw new IllegalStateException("EOF");
                    }
                }
            }
            return () -> Workloads.crcBytes(a);
        });
        measure("limit", "FileChannel.read through a 1 MiB direct buffer", n, () -> {
            byte[] a = new byte[n];
            ByteBuffer d = ByteBuffer.allocateDirect(1 << 20);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int pos = 0; pos < n; ) {
                    d.clear().limit(Math.min(d.capacity(), n - pos));
                    while (d.hasRemaining()) {
                        if (ch.read(d, off + pos + d.position()) < 0) {
                            throw new IllegalStateException("EOF");
                        }
                    }
                    d.flip().get(a, pos, d.remaining());
                    pos += d.limit();
                }
            }
            return () -> Workloads.crcBytes(a);
        });
        measure("limit", "memory-mapped, bulk get into a heap array", n, () -> {
            byte[] a = new byte[n];
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, off, n);
                m.get(a);
            }
            return () -> Workloads.crcBytes(a);
        });
        measure("nwbj", "Dataset.readDoubles()", n, () -> {
            double[] a;
            try (Hdf5File f = Hdf5File.open(file)) {
                a = ((Dataset) f.get("/data")).readDoubles();
            }
            return () -> Workloads.crcDoubles(a);
        });
        measure("jhdf", "Dataset.getDataFlat()", n, () -> {
            double[] a;
            try (HdfFile f = new HdfFile(file)) {
                a = (double[]) f.getDatasetByPath("/data").getDataFlat();
            }
            return () -> Workloads.crcDoubles(a);
        });
    }

    // ---------------------------------------------------------------- chunked int64, deflate 4 + shuffle

    private byte[][] compressedChunks(long[][] chunks) throws Exception {
        byte[][] out = new byte[chunks.length][];
        try (FileChannel ch = FileChannel.open(w.file("chunked.h5"), StandardOpenOption.READ)) {
            for (int i = 0; i < chunks.length; i++) {
                out[i] = new byte[(int) chunks[i][1]];
                ch.read(ByteBuffer.wrap(out[i]), chunks[i][0]);
            }
        }
        return out;
    }

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    /** Inflates each chunk into a new array on all cores (parallel stream); returns the bytes produced. */
    static long inflateAll(byte[][] stored, int chunkBytes) {
        return Arrays.stream(stored).parallel().mapToLong(s -> {
            Inflater inf = INFLATERS.get();
            inf.reset();
            inf.setInput(s);
            byte[] out = new byte[chunkBytes];
            int n = 0;
            try {
                while (!inf.finished() && n < out.length) {
                    n += inf.inflate(out, n, out.length - n);
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            }
            return n;
        }).sum();
    }

    private void chunkedRead() throws Exception {
        Path file = w.file("chunked.h5");
        int rows = w.manifest.get("chunked_rows").asInt();
        int n = rows * Workloads.COLS * 8;
        int chunkBytes = Workloads.CHUNK_ROWS * Workloads.COLS * 8;
        byte[][] stored = compressedChunks(w.chunks());
        measure("limit", "java.util.zip.Inflater over the stored chunks on all cores (no read, no unshuffle)", n,
                () -> {
                    long got = inflateAll(stored, chunkBytes);
                    return () -> "limit:inflated=" + got;
                });
        measure("nwbj", "Dataset.readLongs()", n, () -> {
            long[] a;
            try (Hdf5File f = Hdf5File.open(file)) {
                a = ((Dataset) f.get("/data")).readLongs();
            }
            return () -> Workloads.crcLongs(a);
        });
        measure("jhdf", "Dataset.getDataFlat()", n, () -> {
            long[] a;
            try (HdfFile f = new HdfFile(file)) {
                a = (long[]) f.getDatasetByPath("/data").getDataFlat();
            }
            return () -> Workloads.crcLongs(a);
        });
    }

    private void randomRows() throws Exception {
        Path file = w.file("chunked.h5");
        long[] rows = w.rows();
        int n = rows.length * Workloads.COLS * 8;
        int chunkBytes = Workloads.CHUNK_ROWS * Workloads.COLS * 8;
        long[][] all = w.chunks();
        TreeSet<Integer> touched = new TreeSet<>();
        for (long r : rows) {
            touched.add((int) (r / Workloads.CHUNK_ROWS));
        }
        long[][] some = touched.stream().map(i -> all[i]).toArray(long[][]::new);
        byte[][] stored = compressedChunks(some);
        measure("limit", "Inflater over each touched chunk once, on all cores (" + some.length + " chunks)", n,
                () -> {
                    long got = inflateAll(stored, chunkBytes);
                    return () -> "limit:inflated=" + got;
                });
        measure("nwbj", "Dataset.readLongs(Selection.rows(dims, r, 1)) per row, one open file", n, () -> {
            long[][] out = new long[rows.length][];
            try (Hdf5File f = Hdf5File.open(file)) {
                Dataset d = (Dataset) f.get("/data");
                long[] dims = d.space().dims();
                for (int i = 0; i < rows.length; i++) {
                    out[i] = d.readLongs(Selection.rows(dims, rows[i], 1));
                }
            }
            return () -> Workloads.crcLongs(out);
        });
        measure("jhdf", "Dataset.getData(offset {r, 0}, shape {1, 10}) per row, one open file", n, () -> {
            long[][] out = new long[rows.length][];
            try (HdfFile f = new HdfFile(file)) {
                io.jhdf.api.Dataset d = f.getDatasetByPath("/data");
                int[] shape = {1, Workloads.COLS};
                for (int i = 0; i < rows.length; i++) {
                    out[i] = ((long[][]) d.getData(new long[] {rows[i], 0}, shape))[0];
                }
            }
            return () -> Workloads.crcLongs(out);
        });
    }

    // ---------------------------------------------------------------- metadata: 10,000 groups

    private void metadataWalk() throws Exception {
        Path file = w.file("metadata.h5");
        int n = (int) Files.size(file);
        unsupported("limit", "no raw equivalent of a metadata walk");
        measure("nwbj", "links() + Hdf5File.nodeAt(address) per hard link, attributes().readValues(), "
                + "small datasets readDoubles()", n, () -> {
                    Workloads.Acc acc = new Workloads.Acc();
                    try (Hdf5File f = Hdf5File.open(file)) {
                        walkNwbj(f, f.root(), acc);
                    }
                    return acc::toString;
                });
        measure("jhdf", "getChildren(), getAttributes() getData(), small datasets getData()", n, () -> {
            Workloads.Acc acc = new Workloads.Acc();
            try (HdfFile f = new HdfFile(file)) {
                walkJhdf(f, acc);
            }
            return acc::toString;
        });
    }

    static void walkNwbj(Hdf5File f, Group g, Workloads.Acc acc) {
        attributes(g, acc);
        for (Link l : g.links()) {
            if (l instanceof Link.Hard h) {
                Node child = f.nodeAt(h.address(), g.path().endsWith("/") ? g.path() + h.name()
                        : g.path() + "/" + h.name());
                if (child instanceof Group c) {
                    acc.groups++;
                    walkNwbj(f, c, acc);
                } else if (child instanceof Dataset d) {
                    acc.datasets++;
                    acc.value(d.readDoubles());
                    attributes(d, acc);
                }
            }
        }
    }

    private static void attributes(Node n, Workloads.Acc acc) {
        for (Attribute a : n.attributes()) {
            acc.attrs++;
            acc.value(a.readValues());
        }
    }

    static void walkJhdf(io.jhdf.api.Group g, Workloads.Acc acc) {
        jhdfAttributes(g, acc);
        for (io.jhdf.api.Node child : g.getChildren().values()) {
            if (child instanceof io.jhdf.api.Group c) {
                acc.groups++;
                walkJhdf(c, acc);
            } else if (child instanceof io.jhdf.api.Dataset d) {
                acc.datasets++;
                acc.value(d.getData());
                jhdfAttributes(d, acc);
            }
        }
    }

    private static void jhdfAttributes(io.jhdf.api.Node n, Workloads.Acc acc) {
        for (io.jhdf.api.Attribute a : n.getAttributes().values()) {
            acc.attrs++;
            acc.value(a.getData());
        }
    }

    // ---------------------------------------------------------------- writes

    private void writeContiguous() throws Exception {
        int elems = w.manifest.get("contiguous_elems").asInt();
        double[] data = new Random(1).doubles(elems).toArray();
        byte[] bytes = new byte[elems * 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(data);
        Path out = w.file("write_contiguous_jvm.h5");
        written = out;
        measure("limit", "FileChannel.write of the same number of bytes", bytes.length, () -> {
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            long size = Files.size(out);
            return () -> "limit:" + size;
        });
        measure("nwbj", "Hdf5Writer: createDataset(\"data\", double[])", bytes.length, () -> {
            try (Hdf5Writer f = Hdf5Writer.create(out)) {
                f.root().createDataset("data", data);
            }
            long size = Files.size(out);
            return () -> "nwbj:" + size;
        });
        measure("jhdf", "HdfFile.write(path).putDataset(\"data\", double[])", bytes.length, () -> {
            try (WritableHdfFile f = HdfFile.write(out)) {
                f.putDataset("data", data);
            }
            long size = Files.size(out);
            return () -> "jhdf:" + size;
        });
        Files.deleteIfExists(out);
    }

    /** The chunked workload's values (a random walk per column, as workloads.py makes them but not the same numbers). */
    private long[] chunkedValues() {
        int rows = w.manifest.get("chunked_rows").asInt();
        long[] v = new long[rows * Workloads.COLS];
        Random r = new Random(2);
        long[] acc = new long[Workloads.COLS];
        for (int i = 0, k = 0; i < rows; i++) {
            for (int c = 0; c < Workloads.COLS; c++) {
                acc[c] += r.nextInt(101) - 50;
                v[k++] = acc[c];
            }
        }
        return v;
    }

    private static DatasetOptions chunkedOptions(long rows, long maxRows) {
        return DatasetOptions.of(DataTypes.INT64, rows, Workloads.COLS).maxDims(maxRows, Workloads.COLS)
                .chunks(Workloads.CHUNK_ROWS, Workloads.COLS).shuffle().deflate(4);
    }

    private void writeChunked() throws Exception {
        int rows = w.manifest.get("chunked_rows").asInt();
        int chunkBytes = Workloads.CHUNK_ROWS * Workloads.COLS * 8;
        long[] values = chunkedValues();
        byte[] bytes = new byte[rows * Workloads.COLS * 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(values);
        int nChunks = bytes.length / chunkBytes;
        // the bytes HDF5 deflates are shuffled; shuffle them here, untimed, so the limit compresses the same kind
        byte[] shuffled = new byte[bytes.length];
        for (int k = 0; k < nChunks; k++) {
            int base = k * chunkBytes;
            int elems = chunkBytes / 8;
            for (int e = 0; e < elems; e++) {
                for (int j = 0; j < 8; j++) {
                    shuffled[base + j * elems + e] = bytes[base + e * 8 + j];
                }
            }
        }
        ThreadLocal<Deflater> deflaters = ThreadLocal.withInitial(() -> new Deflater(4));
        measure("limit", "java.util.zip.Deflater level 4 over the (pre-shuffled) chunks on all cores (no write)",
                bytes.length, () -> {
                    long total = IntStream.range(0, nChunks).parallel().mapToLong(i -> {
                        Deflater d = deflaters.get();
                        d.reset();
                        d.setInput(shuffled, i * chunkBytes, chunkBytes);
                        d.finish();
                        byte[] out = new byte[chunkBytes + 1024];
                        int n = 0;
                        while (!d.finished()) {
                            n += d.deflate(out, n, out.length - n);
                        }
                        return n;
                    }).sum();
                    return () -> "limit:deflated=" + total;
                });
        Path out = w.file("write_chunked_jvm.h5");
        written = out;
        measure("nwbj", "Hdf5Writer: createDataset(chunks 1000 x 10, shuffle, deflate 4).writeAll(long[])",
                bytes.length, () -> {
                    try (Hdf5Writer f = Hdf5Writer.create(out)) {
                        f.root().createDataset("data", chunkedOptions(rows, rows)).writeAll(values);
                    }
                    return readBackCheck(out, rows);
                });
        unsupported("jhdf", "jHDF 0.13 writes contiguous datasets only");
        Files.deleteIfExists(out);
    }

    /** The seed's iterative write: an empty growable dataset, resized and written 1000 rows at a time. */
    private void appendChunked() throws Exception {
        int rows = w.manifest.get("chunked_rows").asInt();
        long[] values = chunkedValues();
        int step = Workloads.CHUNK_ROWS;
        long[][] pieces = new long[rows / step][];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = Arrays.copyOfRange(values, i * step * Workloads.COLS, (i + 1) * step * Workloads.COLS);
        }
        Path out = w.file("write_append_jvm.h5");
        written = out;
        unsupported("limit", "see write_chunked");
        measure("nwbj", "Hdf5Writer: empty (0 x 10, max unlimited), then resize + write(Selection.rows) of "
                + step + " rows, " + pieces.length + " times", (long) rows * Workloads.COLS * 8, () -> {
                    try (Hdf5Writer f = Hdf5Writer.create(out)) {
                        DatasetWriter d = f.root().createDataset("data",
                                chunkedOptions(0, Dataspace.UNLIMITED));
                        for (int i = 0; i < pieces.length; i++) {
                            d.resize((long) (i + 1) * step, Workloads.COLS);
                            d.write(Selection.rows(d.dims(), (long) i * step, step), pieces[i]);
                        }
                    }
                    return readBackCheck(out, rows);
                });
        unsupported("jhdf", "jHDF 0.13 writes contiguous datasets only");
        Files.deleteIfExists(out);
    }

    /** Reads the written file back (not timed) and returns its CRC, so a writer that drops data cannot win. */
    private static Supplier<String> readBackCheck(Path file, int rows) {
        return () -> {
            try (Hdf5File f = Hdf5File.open(file)) {
                return "rows=" + rows + " crc=" + Workloads.crcLongs(((Dataset) f.get("/data")).readLongs());
            }
        };
    }

    // ---------------------------------------------------------------- NWB (the seed tutorial; 1,000 series)

    private static final OffsetDateTime TUTORIAL_START = OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.UTC);

    /** The seed tutorial's four files, as workloads.py writes them with pynwb; returns their total size. */
    static long nwbTutorial(Path d) throws Exception {
        Files.createDirectories(d);
        long[] data = new long[1000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        double[] timestamps = new double[100];
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = i;
        }
        Path p1 = d.resolve("external1_example.nwb");
        Path p2 = d.resolve("external2_example.nwb");
        Path p3 = d.resolve("external_linkcontainer_example.nwb");
        Path p4 = d.resolve("external_linkdataset_example.nwb");
        NwbIO.write(new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", TUTORIAL_START)
                .addAcquisition(new TimeSeries("test_timeseries1", ArrayData.of(data, 100, 10), "SIunit")
                        .setTimestamps(timestamps)), p1);
        NwbIO.write(new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", TUTORIAL_START)
                .addAcquisition(new TimeSeries("test_timeseries2", ArrayData.of(data, 100, 10), "SIunit")
                        .setTimestamps(timestamps)), p2);
        try (NWBFile one = NwbIO.read(p1)) {
            NWBFile f4 = new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", TUTORIAL_START);
            f4.addAcquisition(new TimeSeries("test_timeseries4", one.acquisition("test_timeseries1").data(),
                    "SIunit").setTimestamps(timestamps));
            f4.addAcquisition(new TimeSeries("test_timeseries5",
                    new ArrayData.External(p1, "/acquisition/test_timeseries1/data"), "SIunit")
                    .setTimestamps(timestamps));
            NwbIO.write(f4, p4);
        }
        try (NWBFile one = NwbIO.read(p1); NWBFile two = NwbIO.read(p2)) {
            NwbIO.write(new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", TUTORIAL_START)
                    .addAcquisition(one.acquisition("test_timeseries1"))
                    .addAcquisition(two.acquisition("test_timeseries2")), p3);
        }
        return Files.size(p1) + Files.size(p2) + Files.size(p3) + Files.size(p4);
    }

    private void nwbWrite() throws Exception {
        Path d = w.file("nwb_write_jvm");
        long size = nwbTutorial(d);
        written = d;
        unsupported("limit", "no raw equivalent");
        measure("nwbj", "NwbIO.write of the tutorial's 4 files (2 recordings, linked datasets, linked series)",
                size, () -> {
                    nwbTutorial(d);
                    return () -> "files=4";
                });
        unsupported("jhdf", "jHDF has no NWB layer");
        for (String f : new String[] {"external1_example.nwb", "external2_example.nwb",
                "external_linkcontainer_example.nwb", "external_linkdataset_example.nwb"}) {
            Files.deleteIfExists(d.resolve(f));
        }
        Files.deleteIfExists(d);
    }

    // ---------------------------------------------------------------- timing

    static final double WARMUP_BUDGET_S = 60;
    private static final double WARMUP_MIN_S = 2;
    private static final double MEASURE_BUDGET_S = 120;

    /** The file a write workload writes: its size after a peer's runs goes out as "file_bytes"; else null. */
    Path written;

    /** Whether this run times {@code peer} (all peers unless PEERS was given). */
    boolean wants(String peer) {
        return only == null || only.contains(peer);
    }

    void measure(String peer, String how, long bytes, Rep rep) throws Exception {
        if (only != null && !only.contains(peer)) {
            return;
        }
        System.gc();
        String check = null;
        long start = System.nanoTime();
        // at least `warmup` runs and WARMUP_MIN_S seconds: at small scales three runs leave the hot loops
        // (unshuffle, copies) interpreted or half compiled, which would time the JIT instead of the library
        for (int i = 0; i < Math.max(1, warmup) || (System.nanoTime() - start) / 1e9 < WARMUP_MIN_S; i++) {
            Supplier<String> c = rep.run();
            if (check == null) {
                check = c.get();
            }
            if ((System.nanoTime() - start) / 1e9 > WARMUP_BUDGET_S) {
                break;
            }
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            System.gc();
            long c = processCpuNanos();
            long t = System.nanoTime();
            rep.run();
            long e = System.nanoTime();
            cpu.add((processCpuNanos() - c) / 1e9);
            times.add((e - t) / 1e9);
            if ((e - start) / 1e9 > MEASURE_BUDGET_S) {
                break;
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("{\"peer\": \"").append(peer).append("\", \"workload\": \"").append(workload)
                .append("\", \"how\": \"").append(how.replace("\"", "\\\"")).append("\", \"times\": [");
        for (int i = 0; i < times.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", times.get(i)));
        }
        s.append("], \"cpu_times\": [");
        for (int i = 0; i < cpu.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", cpu.get(i)));
        }
        s.append("], \"bytes\": ").append(bytes);
        if (written != null && Files.exists(written)) {
            s.append(", \"file_bytes\": ").append(bytesOnDisk(written));
        }
        s.append(", \"check\": \"").append(check).append("\"}");
        System.out.println(s);
        System.out.flush();
    }

    /**
     * CPU time of the whole process (all threads, GC included): on a machine shared with other work, wall time
     * swings with the load while the CPU a run consumes stays comparable between builds.
     */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    /** A file's size, or the total of a folder's files (nwb_write writes four). */
    private static long bytesOnDisk(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p);
        }
        try (java.util.stream.Stream<Path> s = Files.list(p)) {
            return s.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    void unsupported(String peer, String why) {
        if (!wants(peer)) {
            return;
        }
        System.out.println("{\"peer\": \"" + peer + "\", \"workload\": \"" + workload + "\", \"unsupported\": \""
                + why + "\"}");
    }
}
