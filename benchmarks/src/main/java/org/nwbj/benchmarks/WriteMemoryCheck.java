package org.nwbj.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The memory target: writing the chunked workload (int64 x 10, chunks 1000 x 10, shuffle + deflate 4) at 10x its
 * size, with a heap too small to hold the data ({@code compare.sh --memory} runs it with {@code -Xmx256m}). The
 * values are made as they are written, so only the writer's own memory counts. Two ways: the seed's append loop
 * (resize + 1000 rows at a time) and a fixed-size dataset written in slabs of 100,000 rows. Each file is read back
 * in slabs and its CRC compared with the CRC of what was written. Prints one JSON line per way.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar org.nwbj.benchmarks.WriteMemoryCheck DIR ROWS</pre>
 */
public final class WriteMemoryCheck {
    private static final int COLS = Workloads.COLS;
    private static final int SLAB = 100_000;

    private WriteMemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        long rows = Long.parseLong(args[1]);
        Files.createDirectories(dir);
        run("append", dir.resolve("memory_append.h5"), rows, Workloads.CHUNK_ROWS);
        run("slabs", dir.resolve("memory_slabs.h5"), rows, SLAB);
    }

    private static void run(String how, Path file, long rows, int step) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Random r = new Random(2);
        long[] acc = new long[COLS];
        CRC32 written = new CRC32();
        ByteBuffer crcBuf = ByteBuffer.allocate(step * COLS * 8).order(ByteOrder.LITTLE_ENDIAN);
        long t0 = System.nanoTime();
        boolean append = how.equals("append");
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            DatasetOptions o = DatasetOptions.of(DataTypes.INT64, append ? 0 : rows, COLS)
                    .maxDims(append ? Dataspace.UNLIMITED : rows, COLS)
                    .chunks(Workloads.CHUNK_ROWS, COLS).shuffle().deflate(4);
            DatasetWriter d = w.root().createDataset("data", o);
            long[] piece = new long[step * COLS];
            for (long start = 0; start < rows; start += step) {
                int n = (int) Math.min(step, rows - start);
                long[] v = n == step ? piece : new long[n * COLS];
                for (int i = 0, k = 0; i < n; i++) {
                    for (int c = 0; c < COLS; c++) {
                        acc[c] += r.nextInt(101) - 50;
                        v[k++] = acc[c];
                    }
                }
                crcBuf.clear();
                crcBuf.asLongBuffer().put(v);
                written.update(crcBuf.array(), 0, n * COLS * 8);
                if (append) {
                    d.resize(start + n, COLS);
                }
                d.write(Selection.rows(d.dims(), start, n), v);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        CRC32 read = new CRC32();
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = (Dataset) f.get("/data");
            long[] dims = d.space().dims();
            for (long start = 0; start < dims[0]; start += SLAB) {
                read.update(d.readRaw(Selection.rows(dims, start, Math.min(SLAB, dims[0] - start))));
            }
        }
        long size = file.toFile().length();
        boolean same = read.getValue() == written.getValue();
        System.out.println(String.format(Locale.ROOT, "{\"check\": \"write_memory\", \"how\": \"%s\", \"rows\": %d, "
                + "\"data_bytes\": %d, \"file_bytes\": %d, \"seconds\": %.3f, \"max_heap_bytes\": %d, "
                + "\"peak_heap_used_bytes\": %d, \"read_back_matches\": %s}", how, rows, rows * COLS * 8, size,
                seconds, Runtime.getRuntime().maxMemory(), peak, same));
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!same) {
            throw new IllegalStateException(how + ": the file read back differs from what was written");
        }
    }
}
