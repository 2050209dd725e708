package org.nwbj.spark.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;

/**
 * A dataset path read across many HDF5 files. Writes are not a capability here: Spark then saves through the
 * provider's CreatableRelationProvider, the one path that gets every save mode (errorifexists, ignore too).
 */
public final class Hdf5Table implements SupportsRead {
    private final Options options;
    private final StructType schema;

    public Hdf5Table(Options options, StructType schema) {
        this.options = options;
        this.schema = schema;
    }

    /** The schema of the first readable file (corrupt ones skipped when ignoreCorruptFiles is set). */
    public static StructType inferSchema(Options options) {
        String dataset = dataset(options);
        List<String> files = InputFiles.list(options.paths(), InputFiles.hadoopConf());
        boolean ignore = options.ignoreCorruptFiles();
        RuntimeException first = null;
        for (String f : files) {
            try {
                return schemaOf(f, dataset, options);
            } catch (RuntimeException e) {
                if (!ignore) {
                    throw Hdf5Scan.named(f, e);
                }
                first = first == null ? e : first;
            }
        }
        throw new Hdf5Exception("no readable file among " + files.size() + " (ignoreCorruptFiles is set)", first);
    }

    static StructType schemaOf(String file, String dataset, Options options) {
        try (Hdf5File h5 = Storages.open(file, InputFiles.hadoopConf())) {
            Dataset d = FileShape.dataset(h5, file, dataset);
            FileShape shape = FileShape.of(file, d);
            return Columns.schema(d.type(), shape.trailing(), options.flag("flatten", false),
                    file + " " + dataset);
        }
    }

    static String dataset(Options options) {
        String d = options.get("dataset");
        if (d == null) {
            throw new IllegalArgumentException("format(\"hdf5\") needs .option(\"dataset\", \"/path/in/file\")");
        }
        return d;
    }

    @Override
    public String name() {
        return "hdf5:" + options.get("dataset", "?");
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return new Hdf5ScanBuilder(options, schema);
    }
}
