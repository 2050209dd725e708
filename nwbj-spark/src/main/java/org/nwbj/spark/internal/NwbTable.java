package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * NWB files as rows: one row per TimeSeries (default), the samples of one series ({@code series}), or the spike
 * times of the Units table ({@code table=units}). Series are cut at the chunks of their data (NwbSeries); the
 * list and the units read whole files.
 */
public final class NwbTable implements SupportsRead {
    /** What a read returns. */
    enum Mode { LIST, SERIES, UNITS }

    private final Options options;

    public NwbTable(Options options) {
        this.options = options;
    }

    static Mode mode(Options options) {
        String table = options.get("table");
        if (table != null) {
            if (!"units".equalsIgnoreCase(table.trim())) {
                throw new IllegalArgumentException("format(\"nwb\") option table: only \"units\" is read, got " + table);
            }
            if (options.get("series") != null) {
                throw new IllegalArgumentException("format(\"nwb\"): give series or table, not both");
            }
            return Mode.UNITS;
        }
        return options.get("series") != null ? Mode.SERIES : Mode.LIST;
    }

    public static StructType schema(Options options) {
        List<StructField> f = new ArrayList<>();
        f.add(field("file", DataTypes.StringType, false));
        switch (mode(options)) {
            case LIST -> {
                f.add(field("path", DataTypes.StringType, false));
                f.add(field("neurodata_type", DataTypes.StringType, true));
                f.add(field("unit", DataTypes.StringType, true));
                f.add(field("rate", DataTypes.DoubleType, true));
                f.add(field("starting_time", DataTypes.DoubleType, true));
                f.add(field("shape", DataTypes.createArrayType(DataTypes.LongType, false), false));
                f.add(field("description", DataTypes.StringType, true));
            }
            case SERIES -> {
                f.add(field("index", DataTypes.LongType, false));
                f.add(field("time", DataTypes.DoubleType, false));
                f.add(field("data", DataTypes.createArrayType(DataTypes.DoubleType, false), false));
            }
            case UNITS -> {
                f.add(field("unit_id", DataTypes.LongType, false));
                f.add(field("spike_time", DataTypes.DoubleType, false));
            }
        }
        return new StructType(f.toArray(new StructField[0]));
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType t, boolean nullable) {
        return new StructField(name, t, nullable, Metadata.empty());
    }

    @Override
    public String name() {
        return "nwb:" + mode(options).name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public StructType schema() {
        return schema(options);
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
        return new Builder(options);
    }

    /**
     * Series reads take filters on file (=, IN) and index (ranges: exact, the slices are cut there), and time
     * ranges (only the rows in range are read; Spark checks them again). The other modes read whole files.
     */
    private static final class Builder implements ScanBuilder, SupportsPushDownFilters {
        private final Options options;
        private final List<Filter> pushed = new ArrayList<>();
        private Set<String> files;
        private long lo;
        private long hi = Long.MAX_VALUE;
        private double tlo = Double.NEGATIVE_INFINITY;
        private double thi = Double.POSITIVE_INFINITY;

        Builder(Options options) {
            this.options = options;
        }

        @Override
        public Filter[] pushFilters(Filter[] filters) {
            if (mode(options) != Mode.SERIES) {
                return filters;
            }
            List<Filter> after = new ArrayList<>();
            for (Filter f : filters) {
                if (f instanceof EqualTo e && "file".equals(e.attribute()) && e.value() != null) {
                    narrowFiles(Collections.singleton(e.value().toString()));
                } else if (f instanceof In in && "file".equals(in.attribute())) {
                    Set<String> v = new LinkedHashSet<>();
                    for (Object o : in.values()) {
                        if (o != null) {
                            v.add(o.toString());
                        }
                    }
                    narrowFiles(v);
                } else if (!index(f)) {
                    after.add(f);
                    if (!time(f)) {
                        continue;
                    }
                }
                pushed.add(f);
            }
            return after.toArray(new Filter[0]);
        }

        private void narrowFiles(Set<String> v) {
            if (files != null) {
                v.retainAll(files);
            }
            files = v;
        }

        private static Long whole(Object v) {
            return v instanceof Long || v instanceof Integer ? ((Number) v).longValue() : null;
        }

        private boolean index(Filter f) {
            Long v;
            if (f instanceof GreaterThan g && "index".equals(g.attribute()) && (v = whole(g.value())) != null) {
                lo = Math.max(lo, v == Long.MAX_VALUE ? v : v + 1);
            } else if (f instanceof GreaterThanOrEqual g && "index".equals(g.attribute())
                    && (v = whole(g.value())) != null) {
                lo = Math.max(lo, v);
            } else if (f instanceof LessThan l && "index".equals(l.attribute()) && (v = whole(l.value())) != null) {
                hi = Math.min(hi, v);
            } else if (f instanceof LessThanOrEqual l && "index".equals(l.attribute())
                    && (v = whole(l.value())) != null) {
                hi = Math.min(hi, v == Long.MAX_VALUE ? v : v + 1);
            } else if (f instanceof EqualTo e && "index".equals(e.attribute()) && (v = whole(e.value())) != null) {
                lo = Math.max(lo, v);
                hi = Math.min(hi, v == Long.MAX_VALUE ? v : v + 1);
            } else {
                return false;
            }
            return true;
        }

        private boolean time(Filter f) {
            if (f instanceof GreaterThan g && "time".equals(g.attribute()) && g.value() instanceof Number n) {
                tlo = Math.max(tlo, n.doubleValue());
            } else if (f instanceof GreaterThanOrEqual g && "time".equals(g.attribute())
                    && g.value() instanceof Number n) {
                tlo = Math.max(tlo, n.doubleValue());
            } else if (f instanceof LessThan l && "time".equals(l.attribute()) && l.value() instanceof Number n) {
                thi = Math.min(thi, n.doubleValue());
            } else if (f instanceof LessThanOrEqual l && "time".equals(l.attribute())
                    && l.value() instanceof Number n) {
                thi = Math.min(thi, n.doubleValue());
            } else {
                return false;
            }
            return true;
        }

        @Override
        public Filter[] pushedFilters() {
            return pushed.toArray(new Filter[0]);
        }

        @Override
        public Scan build() {
            return new NwbScan(options, files, Math.max(0, lo), hi, tlo, thi);
        }
    }

    /** Series: slices of whole chunks; the other modes: files grouped into about two partitions per core. */
    private static final class NwbScan implements Scan, Batch {
        private final Options options;
        private final Set<String> files;
        private final long lo;
        private final long hi;
        private final double tlo;
        private final double thi;

        NwbScan(Options options, Set<String> files, long lo, long hi, double tlo, double thi) {
            this.options = options;
            this.files = files;
            this.lo = lo;
            this.hi = hi;
            this.tlo = tlo;
            this.thi = thi;
        }

        @Override
        public StructType readSchema() {
            return schema(options);
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            if (mode(options) == Mode.SERIES) {
                return NwbSeries.plan(options, this.files, lo, hi).toArray(new InputPartition[0]);
            }
            List<String> files = InputFiles.list(options.paths(), InputFiles.hadoopConf());
            int parallelism = SparkSession.getActiveSession().isDefined()
                    ? SparkSession.active().sparkContext().defaultParallelism() : 1;
            int per = Math.max(1, files.size() / Math.max(1, 2 * parallelism));
            List<InputPartition> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i += per) {
                out.add(new NwbPartition(new ArrayList<>(files.subList(i, Math.min(files.size(), i + per)))));
            }
            return out.toArray(new InputPartition[0]);
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            return new NwbReaderFactory(mode(options), options.get("series"), options.ignoreCorruptFiles(), tlo, thi);
        }
    }

    /** The files one task reads. */
    record NwbPartition(List<String> files) implements InputPartition {
    }

    private record NwbReaderFactory(Mode mode, String series, boolean ignoreCorrupt, double tlo, double thi)
            implements PartitionReaderFactory {
        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            if (partition instanceof Hdf5Partition p) {
                return new NwbSeries.Rows(p.slices(), series, ignoreCorrupt, tlo, thi);
            }
            return new NwbRows(((NwbPartition) partition).files(), mode, series, ignoreCorrupt);
        }
    }
}
