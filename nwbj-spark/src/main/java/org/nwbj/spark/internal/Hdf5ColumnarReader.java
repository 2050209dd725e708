package org.nwbj.spark.internal;

import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.ConstantColumnVector;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Numeric datasets as ColumnarBatch: one batch per block, the decoded values bulk-copied into on-heap vectors
 * (no per-row objects), N-D rows as an array column over one child vector.
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
        if (vectors == null || n > capacity) {
            if (batch != null) {
                batch.close();
            }
            capacity = Math.max(n, 1);
            vectors = OnHeapColumnVector.allocateColumns(capacity, required);
            // the file name is the same for every row of a block: one constant vector, not a copy a row
            ColumnVector[] columns = new ColumnVector[fields.length];
            for (int c = 0; c < fields.length; c++) {
                columns[c] = role[c] == -1 ? new ConstantColumnVector(capacity, DataTypes.StringType) : vectors[c];
            }
            batch = new ColumnarBatch(columns);
        }
        UTF8String file = UTF8String.fromString(blocks.fileName);
        for (int c = 0; c < fields.length; c++) {
            int r = role[c];
            if (r == -1) {
                ((ConstantColumnVector) batch.column(c)).setUtf8String(file);
                continue;
            }
            OnHeapColumnVector v = vectors[c];
            v.reset();
            if (r == -2) {
                for (int i = 0; i < n; i++) {
                    v.putLong(i, blocks.start + i);
                }
            } else if (r == -3 && fields[c].dataType() instanceof ArrayType) {
                int w = blocks.width;
                WritableColumnVector child = v.arrayData();
                child.reset();
                append(child, blocks.data, 0, n * w);
                for (int i = 0; i < n; i++) {
                    v.putArray(i, i * w, w);
                }
            } else if (r == -3) {
                put(v, blocks.data, n);
            } else {
                strided(v, blocks.data, r, blocks.width, n);
            }
        }
        batch.setNumRows(n);
        return true;
    }

    private static void put(WritableColumnVector v, Object d, int n) {
        if (d instanceof double[] a) {
            v.putDoubles(0, n, a, 0);
        } else if (d instanceof float[] a) {
            v.putFloats(0, n, a, 0);
        } else if (d instanceof long[] a) {
            v.putLongs(0, n, a, 0);
        } else if (d instanceof int[] a) {
            v.putInts(0, n, a, 0);
        } else if (d instanceof short[] a) {
            v.putShorts(0, n, a, 0);
        } else {
            v.putBytes(0, n, (byte[]) d, 0);
        }
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

    private static void strided(WritableColumnVector v, Object d, int j, int w, int n) {
        for (int i = 0; i < n; i++) {
            int at = i * w + j;
            if (d instanceof double[] a) {
                v.putDouble(i, a[at]);
            } else if (d instanceof float[] a) {
                v.putFloat(i, a[at]);
            } else if (d instanceof long[] a) {
                v.putLong(i, a[at]);
            } else if (d instanceof int[] a) {
                v.putInt(i, a[at]);
            } else if (d instanceof short[] a) {
                v.putShort(i, a[at]);
            } else {
                v.putByte(i, ((byte[]) d)[at]);
            }
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
