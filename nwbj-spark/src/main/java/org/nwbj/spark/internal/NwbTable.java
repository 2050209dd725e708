package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * NWB files as rows: one row per TimeSeries (default), the samples of one series ({@code series}), or the spike
 * times of the Units table ({@code table=units}). A partition reads whole files.
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
        return () -> new NwbScan(options);
    }

    /** Files grouped into about two partitions per core. */
    private static final class NwbScan implements Scan, Batch {
        private final Options options;

        NwbScan(Options options) {
            this.options = options;
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
            return new NwbReaderFactory(mode(options), options.get("series"), options.ignoreCorruptFiles());
        }
    }

    /** The files one task reads. */
    record NwbPartition(List<String> files) implements InputPartition {
    }

    private record NwbReaderFactory(Mode mode, String series, boolean ignoreCorrupt) implements PartitionReaderFactory {
        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            return new NwbRows(((NwbPartition) partition).files(), mode, series, ignoreCorrupt);
        }
    }
}
