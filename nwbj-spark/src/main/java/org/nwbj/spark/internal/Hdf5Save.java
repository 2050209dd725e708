package org.nwbj.spark.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.errors.QueryCompilationErrors;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.nwbj.hdf5.Hdf5Exception;

/**
 * {@code df.write.format("hdf5").save(dir)} with Spark's save modes, as its file sources have them: errorifexists
 * (the default: an existing directory is an error), ignore (an existing directory: nothing written), overwrite
 * (the directory is deleted first), append (files added). Any Hadoop filesystem; see Hdf5Write for the files.
 */
public final class Hdf5Save {
    private Hdf5Save() {
    }

    /** Writes the DataFrame; returns the written directory as a relation (its schema: the DataFrame's). */
    public static BaseRelation save(SQLContext sql, SaveMode mode, Options options, Dataset<Row> data) {
        String dir = options.get("path");
        if (dir == null) {
            throw new IllegalArgumentException("format(\"hdf5\") writes need save(directory)");
        }
        while (dir.length() > 1 && dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        StructType schema = data.schema();
        Hdf5Write.checkNumeric(schema);
        Configuration conf = sql.sparkContext().hadoopConfiguration();
        if (Hdf5FamilyWrite.isFamily(dir)) {
            Hdf5FamilyWrite.save(mode, options, data, dir, new SerializableConfiguration(conf));
            return relation(sql, schema);
        }
        Path path = new Path(dir);
        try {
            FileSystem fs = path.getFileSystem(conf);
            boolean exists = fs.exists(path);
            if (exists && mode == SaveMode.ErrorIfExists) {
                throw Hdf5Save.<RuntimeException>sneaky(QueryCompilationErrors.outputPathAlreadyExistsError(
                        fs.makeQualified(path)));
            }
            if (exists && mode == SaveMode.Ignore) {
                return relation(sql, schema);
            }
            if (exists && mode == SaveMode.Overwrite && !fs.delete(path, true)) {
                throw new Hdf5Exception("cannot delete " + dir + " to overwrite it");
            }
            fs.mkdirs(path);
        } catch (IOException e) {
            throw new Hdf5Exception("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
        // tasks write under a staging directory (names starting with _ are not read); the job moves the files
        // into place when every task has finished, and removes the staging directory either way
        String staging = dir + "/_temporary-" + UUID.randomUUID();
        Hdf5Write.Factory f = new Hdf5Write.Factory(staging, schema, options.get("dataset", "data"),
                options.number("chunkRows", 65536), (int) options.number("deflate", 0),
                new SerializableConfiguration(conf));
        JavaRDD<InternalRow> rows = data.queryExecution().toRdd().toJavaRDD();
        try {
            List<Hdf5Write.Written> written = rows.mapPartitionsWithIndex((partition, it) -> {
                Hdf5Write.Writer w = f.writer(partition);
                try {
                    while (it.hasNext()) {
                        w.write(it.next());
                    }
                    return Collections.singletonList(w.commit()).iterator();
                } catch (RuntimeException e) {
                    w.abort();
                    throw e;
                }
            }, false).collect();
            FileSystem fs = path.getFileSystem(conf);
            for (Hdf5Write.Written w : written) {
                if (w.file() != null) {
                    Path from = new Path(w.file());
                    if (!fs.rename(from, new Path(path, from.getName()))) {
                        throw new Hdf5Exception("cannot move " + from + " into " + dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new Hdf5Exception("cannot write " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                Path p = new Path(staging);
                p.getFileSystem(conf).delete(p, true);
            } catch (IOException e) {
                // a staging directory left behind is not read (its name starts with _)
            }
        }
        return relation(sql, schema);
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t; // Spark's own AnalysisException (PATH_ALREADY_EXISTS), unchecked in Scala
    }

    private static BaseRelation relation(SQLContext sql, StructType schema) {
        return new BaseRelation() {
            @Override
            public SQLContext sqlContext() {
                return sql;
            }

            @Override
            public StructType schema() {
                return schema;
            }
        };
    }
}
