package org.nwbj.spark.internal;

import java.util.Arrays;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.SerializableConfiguration;

/** Creates the readers of the partitions on the executors: rows, or columnar batches for numeric datasets. */
final class Hdf5ReaderFactory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;
    private final String dataset;
    private final StructType full;
    private final StructType required;
    private final boolean ignoreCorrupt;
    private final boolean columnar;
    private final long batchRows;
    private final SerializableConfiguration conf;
    private final AggPlan aggregation; // null: rows or batches, else one row per group

    Hdf5ReaderFactory(String dataset, StructType full, StructType required, boolean ignoreCorrupt, boolean columnar,
            long batchRows, SerializableConfiguration conf, AggPlan aggregation) {
        this.aggregation = aggregation;
        this.dataset = dataset;
        this.full = full;
        this.required = required;
        this.ignoreCorrupt = ignoreCorrupt;
        this.columnar = columnar;
        this.batchRows = batchRows;
        this.conf = conf;
    }

    /** The element kind of the value column(s), from the full schema. */
    Columns.Kind kind() {
        return kind(full);
    }

    static Columns.Kind kind(StructType full) {
        org.apache.spark.sql.types.DataType t = full.fields()[2].dataType();
        if (t instanceof ArrayType at) {
            t = at.elementType();
        }
        if (t instanceof StructType) {
            return Columns.Kind.STRUCT;
        }
        for (Columns.Kind k : Columns.Kind.values()) {
            if (k.primitive() && k.spark().equals(t)) {
                return k;
            }
        }
        return Columns.Kind.STRING;
    }

    Blocks blocks(InputPartition partition) {
        Blocks b = new Blocks(((Hdf5Partition) partition).slices(), dataset, kind(), ignoreCorrupt, batchRows,
                conf.value());
        // an aggregation keeps no block: larger ones (8 MiB) mean fewer reads, their chunks decoded in parallel
        return aggregation != null ? b.bytesPerBlock(8L << 20) : b;
    }

    @Override
    public boolean supportColumnarReads(InputPartition partition) {
        // strings and compounds go row by row; a scan of file/index only is as cheap either way
        return aggregation == null && columnar && kind().primitive();
    }

    @Override
    public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
        return new Hdf5ColumnarReader(blocks(partition), required, kind());
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        if (aggregation != null) {
            return new AggReader(blocks(partition), aggregation);
        }
        return new RowReader(blocks(partition), required);
    }

    /** One InternalRow per index. */
    private static final class RowReader implements PartitionReader<InternalRow> {
        private final Blocks blocks;
        private final StructField[] fields;
        private final int[] role; // -1 file, -2 index, -3 value (scalar/array/struct), j >= 0: value_j
        private int i = -1;
        private UTF8String file;
        private String fileOf;

        RowReader(Blocks blocks, StructType required) {
            this.blocks = blocks;
            this.fields = required.fields();
            this.role = roles(fields);
        }

        @Override
        public boolean next() {
            i++;
            while (blocks.data == null || i >= blocks.rows) {
                if (!blocks.next()) {
                    return false;
                }
                i = 0;
            }
            return true;
        }

        @Override
        public InternalRow get() {
            Object[] out = new Object[fields.length];
            for (int c = 0; c < fields.length; c++) {
                int r = role[c];
                if (r == -1) {
                    if (!blocks.fileName.equals(fileOf)) {
                        fileOf = blocks.fileName;
                        file = UTF8String.fromString(fileOf);
                    }
                    out[c] = file;
                } else if (r == -2) {
                    out[c] = blocks.start + i;
                } else if (r == -3) {
                    out[c] = value(fields[c].dataType());
                } else {
                    out[c] = element(i * blocks.width + r, fields[c].dataType());
                }
            }
            return new GenericInternalRow(out);
        }

        private Object value(org.apache.spark.sql.types.DataType type) {
            if (!(type instanceof ArrayType at)) {
                return element(i, type);
            }
            int w = blocks.width;
            int from = i * w;
            Object d = blocks.data;
            if (d instanceof double[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            } else if (d instanceof float[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            } else if (d instanceof long[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            } else if (d instanceof int[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            } else if (d instanceof short[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            } else if (d instanceof byte[] a) {
                return UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(a, from, from + w));
            }
            Object[] e = new Object[w];
            for (int k = 0; k < w; k++) {
                e[k] = element(from + k, at.elementType());
            }
            return new GenericArrayData(e);
        }

        private Object element(int at, org.apache.spark.sql.types.DataType type) {
            Object d = blocks.data;
            if (d instanceof double[] a) {
                return a[at];
            } else if (d instanceof float[] a) {
                return a[at];
            } else if (d instanceof long[] a) {
                return a[at];
            } else if (d instanceof int[] a) {
                return a[at];
            } else if (d instanceof short[] a) {
                return a[at];
            } else if (d instanceof byte[] a) {
                return a[at];
            }
            return Columns.toSpark(((Object[]) d)[at], type);
        }

        @Override
        public void close() {
            blocks.close();
        }
    }

    static int[] roles(StructField[] fields) {
        int[] role = new int[fields.length];
        for (int c = 0; c < fields.length; c++) {
            String n = fields[c].name();
            if (n.equals(Columns.FILE)) {
                role[c] = -1;
            } else if (n.equals(Columns.INDEX)) {
                role[c] = -2;
            } else if (n.equals(Columns.VALUE)) {
                role[c] = -3;
            } else if (n.startsWith(Columns.VALUE + "_")) {
                role[c] = Integer.parseInt(n.substring(Columns.VALUE.length() + 1));
            } else {
                throw new IllegalArgumentException("no column " + n + " in an hdf5 read (file, index, value...)");
            }
        }
        return role;
    }
}
