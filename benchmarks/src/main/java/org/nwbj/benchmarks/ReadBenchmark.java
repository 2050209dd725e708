package org.nwbj.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.Selection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reader hot paths on the comparison's workload files, generated once by h5py (workloads.py, /usr/bin/python3 or
 * -Dnwbj.python) at {@code scale} into {@code dir} (default: java.io.tmpdir/nwbj-jmh-workloads-SCALE). At the
 * default scale 0.05: a 25.6 MiB contiguous float64 dataset, 50,000 x 10 chunked int64 (deflate + shuffle), 500
 * groups.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {
    @Param("0.05")
    public double scale;

    @Param("")
    public String dir;

    Workloads w;
    private Hdf5File chunkedOpen;
    private Dataset chunked;
    private long[] chunkedDims;
    private Hdf5File contiguousOpen;
    private Dataset contiguous;
    private long[] rows;
    private int next;

    @Setup(Level.Trial)
    public void setup() throws IOException, InterruptedException {
        Path d = dir.isEmpty() ? Paths.get(System.getProperty("java.io.tmpdir"), "nwbj-jmh-workloads-" + scale)
                : Paths.get(dir);
        w = Workloads.ensure(d, scale);
        rows = w.rows();
        chunkedOpen = Hdf5File.open(w.file("chunked.h5"));
        chunked = (Dataset) chunkedOpen.get("/data");
        chunkedDims = chunked.space().dims();
        contiguousOpen = Hdf5File.open(w.file("contiguous.h5"));
        contiguous = (Dataset) contiguousOpen.get("/data");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        chunkedOpen.close();
        contiguousOpen.close();
    }

    private long nextRow() {
        long r = rows[next];
        next = next + 1 == rows.length ? 0 : next + 1;
        return r;
    }

    /** Open, read the whole contiguous float64 dataset as double[], close. */
    @Benchmark
    public double[] contiguousRead() {
        try (Hdf5File f = Hdf5File.open(w.file("contiguous.h5"))) {
            return ((Dataset) f.get("/data")).readDoubles();
        }
    }

    /** The same without the conversion to double[]: the stored bytes. */
    @Benchmark
    public byte[] contiguousReadBytes() {
        try (Hdf5File f = Hdf5File.open(w.file("contiguous.h5"))) {
            return ((Dataset) f.get("/data")).readRaw();
        }
    }

    /** Open, read the whole chunked dataset (every chunk inflated and unshuffled, in parallel), close. */
    @Benchmark
    public long[] chunkedRead() {
        try (Hdf5File f = Hdf5File.open(w.file("chunked.h5"))) {
            return ((Dataset) f.get("/data")).readLongs();
        }
    }

    /** One random row of the chunked dataset from an open file (the chunk cache helps on repeats). */
    @Benchmark
    public long[] hyperslabRowRead() {
        return chunked.readLongs(Selection.rows(chunkedDims, nextRow(), 1));
    }

    /** 1024 consecutive float64 at a random offset of the contiguous dataset, from an open file. */
    @Benchmark
    public double[] contiguousHyperslab() {
        long n = contiguous.space().dims()[0];
        long start = nextRow() * 997 % (n - 1024);
        return contiguous.readDoubles(Selection.box(new long[] {start}, new long[] {1024}));
    }

    /** Open the metadata file, walk every group (links + nodeAt), read every attribute and small dataset. */
    @Benchmark
    public String metadataWalk() {
        Workloads.Acc acc = new Workloads.Acc();
        try (Hdf5File f = Hdf5File.open(w.file("metadata.h5"))) {
            Compare.walkNwbj(f, f.root(), acc);
        }
        return acc.toString();
    }

    /** The same walk resolving each child by name (Group.get), as most callers would write it. */
    @Benchmark
    public String metadataWalkByName() {
        Workloads.Acc acc = new Workloads.Acc();
        try (Hdf5File f = Hdf5File.open(w.file("metadata.h5"))) {
            walkByName(f.root(), acc);
        }
        return acc.toString();
    }

    private static void walkByName(Group g, Workloads.Acc acc) {
        g.attributes().forEach(a -> acc.value(a.readValues()));
        for (Link l : g.links()) {
            Node child = g.get(l.name());
            if (child instanceof Group c) {
                acc.groups++;
                walkByName(c, acc);
            } else if (child instanceof Dataset d) {
                acc.datasets++;
                acc.value(d.readDoubles());
            }
        }
    }
}
