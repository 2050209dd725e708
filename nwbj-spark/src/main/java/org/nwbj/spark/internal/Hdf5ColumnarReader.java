package org.nwbj.spark.internal;

import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.ConstantColumnVector;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Numeric datasets as ColumnarBatch: one batch per block. Scalar columns (index, value, value_j) read the decoded
 * array in place (DirectVector: no copy, no per-row objects); N-D rows as an array column are bulk-copied into
 * one child vector.
 */
final class Hdf5ColumnarReader implements PartitionReader<ColumnarBatch> {
    private final Blocks blocks;
    private final StructField[] fields;
    private final int[] role;
    private OnHeapColumnVector[] vectors;
    private ColumnarBatch batch;
    private int capacity;
    private final StructType required;

    Hdf5ColumnarReader(Blocks blocks, StructType required, Columns.Kind kind) {
        this.blocks = blocks;
        this.required = required;
        this.fields = required.fields();
        this.role = Hdf5ReaderFactory.roles(fields);
    }

    @Override
    public boolean next() {
        if (!blocks.next()) {
            return false;
        }
        int n = blocks.rows;
        if (batch == null || n > capacity) {
            if (batch != null) {
                batch.close();
            }
            capacity = Math.max(n, 1);
            // only an array column needs Spark's own vectors (a child vector of rows x width values)
            vectors = new OnHeapColumnVector[fields.length];
            ColumnVector[] columns = new ColumnVector[fields.length];
            for (int c = 0; c < fields.length; c++) {
                org.apache.spark.sql.types.DataType t = fields[c].dataType();
                if (role[c] == -1) {
                    // the file name is the same for every row of a block: one constant vector
                    columns[c] = new ConstantColumnVector(capacity, DataTypes.StringType);
                } else if (DirectVector.fits(t)) {
                    columns[c] = new DirectVector(t);
                } else {
                    vectors[c] = new OnHeapColumnVector(capacity, t);
                    columns[c] = vectors[c];
                }
            }
            batch = new ColumnarBatch(columns);
        }
        UTF8String file = UTF8String.fromString(blocks.fileName);
        for (int c = 0; c < fields.length; c++) {
            int r = role[c];
            ColumnVector col = batch.column(c);
            if (r == -1) {
                ((ConstantColumnVector) col).setUtf8String(file);
            } else if (col instanceof DirectVector d) {
                // the decoded block itself: no copy, no per-row work
                d.point(r == -2 ? null : blocks.data, blocks.width, Math.max(0, r), blocks.start);
            } else {
                OnHeapColumnVector v = vectors[c];
                v.reset();
                int w = blocks.width;
                WritableColumnVector child = v.arrayData();
                child.reset();
                append(child, blocks.data, 0, n * w);
                for (int i = 0; i < n; i++) {
                    v.putArray(i, i * w, w);
                }
            }
        }
        batch.setNumRows(n);
        return true;
    }

    private static void append(WritableColumnVector v, Object d, int from, int n) {
        if (d instanceof double[] a) {
            v.appendDoubles(n, a, from);
        } else if (d instanceof float[] a) {
            v.appendFloats(n, a, from);
        } else if (d instanceof long[] a) {
            v.appendLongs(n, a, from);
        } else if (d instanceof int[] a) {
            v.appendInts(n, a, from);
        } else if (d instanceof short[] a) {
            v.appendShorts(n, a, from);
        } else {
            v.appendBytes(n, (byte[]) d, from);
        }
    }

    @Override
    public ColumnarBatch get() {
        return batch;
    }

    @Override
    public void close() {
        if (batch != null) {
            batch.close();
        }
        blocks.close();
    }
}
