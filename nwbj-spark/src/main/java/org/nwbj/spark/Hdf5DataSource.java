package org.nwbj.spark;

import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.nwbj.spark.internal.Hdf5Save;
import org.nwbj.spark.internal.Hdf5Table;
import org.nwbj.spark.internal.Options;

/**
 * {@code spark.read.format("hdf5").option("dataset", "/path/in/file").load(paths)}: one row per index of the
 * dataset's first dimension across many files, with {@code file} and {@code index} columns; and
 * {@code df.write.format("hdf5")} for DataFrames of numeric columns, with every save mode (errorifexists by
 * default). Options: see docs/spark.md.
 */
public final class Hdf5DataSource implements TableProvider, DataSourceRegister, CreatableRelationProvider {
    /** Creates the provider (Spark does, by its short name "hdf5"). */
    public Hdf5DataSource() {
        // stateless: everything comes with the options
    }

    @Override
    public String shortName() {
        return "hdf5";
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return Hdf5Table.inferSchema(Options.of(options));
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new Hdf5Table(Options.of(properties), schema);
    }

    @Override
    public boolean supportsExternalMetadata() {
        // a write passes the DataFrame's schema (the output may not exist yet)
        return true;
    }

    @Override
    public BaseRelation createRelation(SQLContext sqlContext, SaveMode mode,
            scala.collection.immutable.Map<String, String> parameters, Dataset<Row> data) {
        return Hdf5Save.save(sqlContext, mode, Options.of(scala.jdk.javaapi.CollectionConverters.asJava(parameters)),
                data);
    }
}
