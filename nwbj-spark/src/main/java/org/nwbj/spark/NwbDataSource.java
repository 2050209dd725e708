package org.nwbj.spark;

import java.util.Map;

import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.nwbj.spark.internal.NwbTable;
import org.nwbj.spark.internal.Options;

/**
 * {@code spark.read.format("nwb").load(paths)}: one row per TimeSeries across NWB files;
 * {@code .option("series", "acquisition/NAME")} for the samples of a series, {@code .option("table", "units")}
 * for spike times. Options: see docs/spark.md.
 */
public final class NwbDataSource implements TableProvider, DataSourceRegister {
    /** Creates the provider (Spark does, by its short name "nwb"). */
    public NwbDataSource() {
        // stateless: everything comes with the options
    }

    @Override
    public String shortName() {
        return "nwb";
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return NwbTable.schema(Options.of(options));
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new NwbTable(Options.of(properties));
    }
}
