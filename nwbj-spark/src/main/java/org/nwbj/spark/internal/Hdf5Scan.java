package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;

/**
 * Plans the partitions of a read. Each file's rows are cut at chunk boundaries into slices of about the
 * partition size (a chunk is never split: a chunk larger than the target is a slice of its own); slices are
 * packed, in file order, into partitions up to that size, each file counting an extra open cost, so small files
 * are grouped. The size is the option {@code partitionBytes}, else Spark's rule for file sources with two
 * partitions a core: min(spark.sql.files.maxPartitionBytes, max(openCostInBytes, total bytes / (2 x default
 * parallelism))).
 */
public final class Hdf5Scan implements Scan, Batch {
    private final Options options;
    private final StructType full;
    private final StructType required;
    private final Set<String> files;
    private final long lo;
    private final long hi;
    private final List<Filter> pushed;
    private final AggPlan aggregation;
    private List<InputPartition> planned;

    Hdf5Scan(Options options, StructType full, StructType required, Set<String> files, long lo, long hi,
            List<Filter> pushed, AggPlan aggregation) {
        this.aggregation = aggregation;
        this.options = options;
        this.full = full;
        this.required = required;
        this.files = files;
        this.lo = lo;
        this.hi = hi;
        this.pushed = new ArrayList<>(pushed);
    }

    static RuntimeException named(String file, RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains(file) ? e : new Hdf5Exception(file + ": " + m, e);
    }

    @Override
    public StructType readSchema() {
        return aggregation != null ? aggregation.schema : required;
    }

    @Override
    public String description() {
        return "hdf5 " + options.get("dataset") + " pushed " + pushed
                + (aggregation != null ? " aggregated " + aggregation.schema.simpleString() : "");
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public synchronized InputPartition[] planInputPartitions() {
        if (planned == null) {
            planned = plan();
        }
        return planned.toArray(new InputPartition[0]);
    }

    private List<InputPartition> plan() {
        Configuration conf = InputFiles.hadoopConf();
        String dataset = Hdf5Table.dataset(options);
        List<String> all = InputFiles.list(options.paths(), conf);
        if (files != null) {
            all = all.stream().filter(files::contains).collect(Collectors.toList());
        }
        boolean ignore = options.ignoreCorruptFiles();
        boolean flatten = options.flag("flatten", false);
        // opened concurrently: on a remote filesystem the metadata reads dominate planning
        List<Object> shapes = all.parallelStream().map(f -> {
            try (Hdf5File h5 = Storages.open(f, conf)) {
                org.nwbj.hdf5.Dataset d = FileShape.dataset(h5, f, dataset);
                FileShape s = FileShape.of(f, d);
                return (Object) new Object[] {s, Columns.schema(d.type(), s.trailing(), flatten, f + " " + dataset)};
            } catch (RuntimeException e) {
                if (ignore) {
                    return null;
                }
                return named(f, e);
            }
        }).collect(Collectors.toList());
        List<FileShape> ok = new ArrayList<>();
        StructType reference = null;
        String referenceFile = null;
        for (Object o : shapes) {
            if (o instanceof RuntimeException e) {
                throw e;
            }
            if (o == null) {
                continue;
            }
            FileShape s = (FileShape) ((Object[]) o)[0];
            StructType schema = (StructType) ((Object[]) o)[1];
            if (reference == null) {
                reference = schema;
                referenceFile = s.file();
            } else if (!reference.equals(schema)) {
                throw new Hdf5Exception(s.file() + ": dataset " + dataset + " does not match the schema of "
                        + referenceFile + ": " + describe(schema) + " instead of " + describe(reference));
            }
            ok.add(s);
        }
        return pack(ok, targetBytes(options, ok, lo, hi), openCost(options), lo, hi);
    }

    private static String describe(StructType s) {
        return Arrays.stream(s.fields()).skip(2)
                .map(f -> f.name() + " " + f.dataType().simpleString() + (f.metadata().contains("hdf5.shape")
                        ? " " + f.metadata().getString("hdf5.shape") : ""))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static long openCost(Options options) {
        return Long.parseLong(options.orSessionConf("openCostBytes", "spark.sql.files.openCostInBytes",
                String.valueOf(4L << 20)).replaceAll("[^0-9]", ""));
    }

    static long targetBytes(Options options, List<FileShape> shapes, long lo, long hi) {
        String explicit = options.get("partitionBytes");
        if (explicit != null) {
            return Math.max(1, options.number("partitionBytes", 1));
        }
        long max = SparkSession.getActiveSession().isDefined()
                ? SparkSession.active().sessionState().conf().filesMaxPartitionBytes() : 128L << 20;
        int parallelism = SparkSession.getActiveSession().isDefined()
                ? SparkSession.active().sparkContext().defaultParallelism() : 1;
        long total = 0;
        for (FileShape s : shapes) {
            long rows = Math.max(0, Math.min(hi, s.rows()) - Math.min(lo, s.rows()));
            total += rows * s.rowBytes() + openCost(options);
        }
        // two partitions a core: on a shared machine one slow task then holds up half as much
        return Math.min(max, Math.max(openCost(options), total / Math.max(1, 2L * parallelism)));
    }

    /** Whole chunks into slices, slices into partitions (next fit, file order). */
    static List<InputPartition> pack(List<FileShape> shapes, long target, long openCost, long lo, long hi) {
        List<InputPartition> out = new ArrayList<>();
        List<Slice> current = new ArrayList<>();
        long size = 0;
        for (FileShape s : shapes) {
            long from = Math.min(lo, s.rows());
            long to = Math.min(hi, s.rows());
            if (from >= to) {
                continue;
            }
            long chunkBytes = s.chunkRows() * s.rowBytes();
            long chunksPerSlice = Math.max(1, target / Math.max(1, chunkBytes));
            long rowsPerSlice = chunksPerSlice * s.chunkRows();
            for (long c = from / s.chunkRows() * s.chunkRows(); c < to; c += rowsPerSlice) {
                long start = Math.max(from, c);
                long end = Math.min(to, c + rowsPerSlice);
                long bytes = (end - start) * s.rowBytes() + openCost;
                if (!current.isEmpty() && size + bytes > target) {
                    out.add(new Hdf5Partition(current));
                    current = new ArrayList<>();
                    size = 0;
                }
                current.add(new Slice(s.file(), start, end, s.chunkRows()));
                size += bytes;
            }
        }
        if (!current.isEmpty()) {
            out.add(new Hdf5Partition(current));
        }
        return out;
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        boolean ignore = options.ignoreCorruptFiles();
        return new Hdf5ReaderFactory(Hdf5Table.dataset(options), full, required, ignore,
                options.flag("columnar", true), options.number("batchRows", 4096),
                new SerializableConfiguration(InputFiles.hadoopConf()), aggregation);
    }
}
