package org.nwbj.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataType;

/**
 * The simple writer: a DataFrame of numeric columns, one file per partition (part-NNNNN-UUID.h5) in the output
 * directory, holding one chunked dataset (option {@code dataset}, default "data"): 1-D of the column's type for one
 * column, else rows x columns (int64 when every column is integral, else float64) with a {@code columns}
 * attribute. Options {@code chunkRows} (default 65536) and {@code deflate} (level 0-9, default 0: none).
 * Local paths only; mode("overwrite") deletes the directory's .h5 files first.
 */
public final class Hdf5Write {
    private Hdf5Write() {
    }

    /** Builds the write (truncate: overwrite mode). */
    static final class Builder implements WriteBuilder, SupportsTruncate {
        private final Options options;
        private final StructType schema;
        private boolean truncate;

        Builder(Options options, StructType schema) {
            this.options = options;
            this.schema = schema;
            for (StructField f : schema.fields()) {
                org.apache.spark.sql.types.DataType t = f.dataType();
                if (!(t == DataTypes.DoubleType || t == DataTypes.FloatType || t == DataTypes.LongType
                        || t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType)) {
                    throw new IllegalArgumentException("format(\"hdf5\") writes numeric columns only; " + f.name()
                            + " is " + t.simpleString());
                }
            }
        }

        @Override
        public WriteBuilder truncate() {
            truncate = true;
            return this;
        }

        @Override
        public Write build() {
            return new Write() {
                @Override
                public BatchWrite toBatch() {
                    return new Batch(options, schema, truncate);
                }
            };
        }
    }

    private static Path directory(Options options) {
        String p = options.get("path");
        if (p == null) {
            throw new IllegalArgumentException("format(\"hdf5\") writes need save(directory)");
        }
        return Paths.get(p.startsWith("file:") ? java.net.URI.create(p).getPath() : p);
    }

    private static final class Batch implements BatchWrite {
        private final Options options;
        private final StructType schema;
        private final boolean truncate;

        Batch(Options options, StructType schema, boolean truncate) {
            this.options = options;
            this.schema = schema;
            this.truncate = truncate;
        }

        @Override
        public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
            Path dir = directory(options);
            try {
                Files.createDirectories(dir);
                if (truncate) {
                    try (Stream<Path> old = Files.list(dir)) {
                        for (Path f : (Iterable<Path>) old.filter(f -> f.toString().endsWith(".h5"))::iterator) {
                            Files.delete(f);
                        }
                    }
                }
            } catch (IOException e) {
                throw new Hdf5Exception("cannot prepare " + dir + ": " + e.getMessage(), e);
            }
            return new Factory(dir.toString(), schema, options.get("dataset", "data"),
                    options.number("chunkRows", 65536), (int) options.number("deflate", 0));
        }

        @Override
        public void commit(WriterCommitMessage[] messages) {
            // every task wrote its own file
        }

        @Override
        public void abort(WriterCommitMessage[] messages) {
            for (WriterCommitMessage m : messages) {
                if (m instanceof Written w) {
                    try {
                        Files.deleteIfExists(Paths.get(w.file()));
                    } catch (IOException e) {
                        // best effort: an aborted job leaves what it cannot delete
                    }
                }
            }
        }
    }

    record Written(String file, long rows) implements WriterCommitMessage {
    }

    private record Factory(String dir, StructType schema, String dataset, long chunkRows, int deflate)
            implements DataWriterFactory, Serializable {
        @Override
        public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
            return new Writer(this, String.format("%s/part-%05d-%s.h5", dir, partitionId, UUID.randomUUID()));
        }
    }

    /** Buffers a partition's rows column-wise (doubles or longs), writes the file on commit. */
    private static final class Writer implements DataWriter<InternalRow> {
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

        @Override
        public void write(InternalRow row) {
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

        @Override
        public WriterCommitMessage commit() {
            if (n == 0) {
                return new Written(null, 0); // an empty partition writes no file
            }
            DataType type = integral ? org.nwbj.hdf5.type.DataTypes.INT64 : org.nwbj.hdf5.type.DataTypes.FLOAT64;
            long[] dims = columns == 1 ? new long[] {n} : new long[] {n, columns};
            long[] chunks = columns == 1 ? new long[] {Math.min(n, f.chunkRows())}
                    : new long[] {Math.min(n, f.chunkRows()), columns};
            DatasetOptions o = DatasetOptions.of(type, dims).chunks(chunks);
            if (f.deflate() > 0) {
                o = o.deflate(f.deflate());
            }
            try (Hdf5Writer w = Hdf5Writer.create(Paths.get(file))) {
                DatasetWriter d = w.root().createDataset(f.dataset(), o);
                d.writeAll(integral ? Arrays.copyOf(longs, n * columns) : Arrays.copyOf(doubles, n * columns));
                String[] names = new String[columns];
                for (int c = 0; c < columns; c++) {
                    names[c] = f.schema().fields()[c].name();
                }
                d.setAttribute("columns", names);
            }
            return new Written(file, n);
        }

        @Override
        public void abort() {
            try {
                Files.deleteIfExists(Paths.get(file));
            } catch (IOException e) {
                // best effort
            }
        }

        @Override
        public void close() {
            // commit or abort did the work
        }
    }
}
