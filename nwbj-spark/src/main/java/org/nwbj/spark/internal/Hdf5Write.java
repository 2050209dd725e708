package org.nwbj.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.UUID;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataType;

/**
 * The simple writer: a DataFrame of numeric columns, one file per partition (part-NNNNN-UUID.h5) in the output
 * directory, holding one chunked dataset (option {@code dataset}, default "data"): 1-D of the column's type for one
 * column, else rows x columns (int64 when every column is integral, else float64) with a {@code columns}
 * attribute. Options {@code chunkRows} (default 65536) and {@code deflate} (level 0-9, default 0: none). Files go
 * straight to local directories; on other Hadoop filesystems each is written to a local temporary file and copied
 * through the FileSystem API. The save modes are handled by Hdf5Save.
 */
public final class Hdf5Write {
    private Hdf5Write() {
    }

    /** Checks that every column is numeric. */
    static void checkNumeric(StructType schema) {
        for (StructField f : schema.fields()) {
            org.apache.spark.sql.types.DataType t = f.dataType();
            if (!(t == DataTypes.DoubleType || t == DataTypes.FloatType || t == DataTypes.LongType
                    || t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType)) {
                throw new IllegalArgumentException("format(\"hdf5\") writes numeric columns only; " + f.name()
                        + " is " + t.simpleString());
            }
        }
    }

    /** What a task wrote: the file (null for an empty partition) and its rows. */
    record Written(String file, long rows) implements Serializable {
    }

    /** Everything a task needs to write its partition (serialized to the executors). */
    record Factory(String dir, StructType schema, String dataset, long chunkRows, int deflate,
            SerializableConfiguration conf) implements Serializable {
        Writer writer(int partitionId) {
            return new Writer(this, String.format("%s/part-%05d-%s.h5", dir, partitionId, UUID.randomUUID()));
        }
    }

    static boolean isLocal(String path) {
        String scheme = new org.apache.hadoop.fs.Path(path).toUri().getScheme();
        return scheme == null || "file".equals(scheme);
    }

    static Path localPath(String path) {
        return Paths.get(new org.apache.hadoop.fs.Path(path).toUri().getPath());
    }

    /** Buffers a partition's rows column-wise (doubles or longs), writes the file on commit. */
    static final class Writer {
        private final Factory f;
        private final String file;
        private final boolean integral;
        private final int columns;
        private long[] longs = new long[1024];
        private double[] doubles = new double[1024];
        private int n;

        Writer(Factory f, String file) {
            this.f = f;
            this.file = file;
            this.columns = f.schema().fields().length;
            boolean all = true;
            for (StructField s : f.schema().fields()) {
                all &= s.dataType() != DataTypes.DoubleType && s.dataType() != DataTypes.FloatType;
            }
            this.integral = all;
        }

        void write(InternalRow row) {
            int need = (n + 1) * columns;
            if (integral && need > longs.length) {
                longs = Arrays.copyOf(longs, Math.max(need, longs.length * 2));
            } else if (!integral && need > doubles.length) {
                doubles = Arrays.copyOf(doubles, Math.max(need, doubles.length * 2));
            }
            StructField[] fs = f.schema().fields();
            for (int c = 0; c < columns; c++) {
                if (row.isNullAt(c)) {
                    throw new Hdf5Exception("column " + fs[c].name() + " is null in row " + n + " of " + file
                            + ": HDF5 numbers have no null");
                }
                org.apache.spark.sql.types.DataType t = fs[c].dataType();
                int at = n * columns + c;
                if (integral) {
                    longs[at] = t == DataTypes.LongType ? row.getLong(c) : t == DataTypes.IntegerType ? row.getInt(c)
                            : t == DataTypes.ShortType ? row.getShort(c) : row.getByte(c);
                } else {
                    doubles[at] = t == DataTypes.DoubleType ? row.getDouble(c) : t == DataTypes.FloatType
                            ? row.getFloat(c) : t == DataTypes.LongType ? row.getLong(c)
                            : t == DataTypes.IntegerType ? row.getInt(c) : t == DataTypes.ShortType
                            ? row.getShort(c) : row.getByte(c);
                }
            }
            n++;
        }

        /** Rows buffered since the last {@link #drain()}. */
        int buffered() {
            return n;
        }

        boolean integral() {
            return integral;
        }

        /** The buffered rows (n x columns values, a long[] or double[]) and an empty buffer. */
        Object drain() {
            Object out = integral ? Arrays.copyOf(longs, n * columns) : Arrays.copyOf(doubles, n * columns);
            n = 0;
            return out;
        }

        /** The dataset's options: its type, the given dimensions and maximum dimensions, chunks, filters. */
        DatasetOptions options(long rows, long maxRows) {
            DataType type = integral ? org.nwbj.hdf5.type.DataTypes.INT64 : org.nwbj.hdf5.type.DataTypes.FLOAT64;
            long chunkRows = maxRows == rows ? Math.max(1, Math.min(rows, f.chunkRows())) : f.chunkRows();
            DatasetOptions o = columns == 1
                    ? DatasetOptions.of(type, rows).maxDims(maxRows).chunks(chunkRows)
                    : DatasetOptions.of(type, rows, columns).maxDims(maxRows, columns).chunks(chunkRows, columns);
            return f.deflate() > 0 ? o.deflate(f.deflate()) : o;
        }

        String[] names() {
            String[] names = new String[columns];
            for (int c = 0; c < columns; c++) {
                names[c] = f.schema().fields()[c].name();
            }
            return names;
        }

        Written commit() {
            if (n == 0) {
                return new Written(null, 0); // an empty partition writes no file
            }
            DatasetOptions o = options(n, n);
            boolean local = isLocal(file);
            Path target;
            try {
                target = local ? localPath(file) : Files.createTempFile("nwbj-spark-", ".h5");
                if (local) {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
            } catch (IOException e) {
                throw new Hdf5Exception("cannot create a temporary file for " + file + ": " + e.getMessage(), e);
            }
            long rows = n;
            try (Hdf5Writer w = Hdf5Writer.create(target)) {
                DatasetWriter d = w.root().createDataset(f.dataset(), o);
                d.writeAll(drain());
                d.setAttribute("columns", names());
            }
            if (!local) {
                copy(target, file);
            }
            return new Written(file, rows);
        }

        private void copy(Path from, String to) {
            org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(to);
            try {
                dst.getFileSystem(f.conf().value()).copyFromLocalFile(true, true,
                        new org.apache.hadoop.fs.Path(from.toUri()), dst);
            } catch (IOException e) {
                throw new Hdf5Exception("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(from);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }

        void abort() {
            delete(file, f.conf().value());
        }
    }

    static void delete(String file, org.apache.hadoop.conf.Configuration conf) {
        if (file == null) {
            return;
        }
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
            p.getFileSystem(conf).delete(p, false);
        } catch (IOException e) {
            // best effort: an aborted job leaves what it cannot delete
        }
    }
}
