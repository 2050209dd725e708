package org.nwbj.spark.internal;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarArray;
import org.apache.spark.sql.vectorized.ColumnarMap;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A numeric column read in place from the array a block was decoded into (no copy into Spark's vectors): element
 * {@code i * stride + offset}, so a flattened column {@code value_j} of an N-D dataset reads its stride; or, with
 * no array, the {@code index} column computed as {@code start + i}. HDF5 numbers have no nulls.
 */
final class DirectVector extends ColumnVector {
    private Object data;
    private int stride = 1;
    private int offset;
    private long start;

    DirectVector(DataType type) {
        super(type);
    }

    /** Points the vector at a block: its decoded values (null for the index column) and first row. */
    void point(Object data, int stride, int offset, long start) {
        this.data = data;
        this.stride = stride;
        this.offset = offset;
        this.start = start;
    }

    private int at(int row) {
        return row * stride + offset;
    }

    @Override
    public long getLong(int row) {
        if (data == null) {
            return start + row;
        }
        return data instanceof long[] a ? a[at(row)] : data instanceof int[] a ? a[at(row)]
                : data instanceof short[] a ? a[at(row)] : ((byte[]) data)[at(row)];
    }

    @Override
    public double getDouble(int row) {
        return data instanceof double[] a ? a[at(row)] : data instanceof float[] a ? a[at(row)] : getLong(row);
    }

    @Override
    public float getFloat(int row) {
        return ((float[]) data)[at(row)];
    }

    @Override
    public int getInt(int row) {
        return data instanceof int[] a ? a[at(row)] : (int) getLong(row);
    }

    @Override
    public short getShort(int row) {
        return data instanceof short[] a ? a[at(row)] : (short) getLong(row);
    }

    @Override
    public byte getByte(int row) {
        return ((byte[]) data)[at(row)];
    }

    @Override
    public boolean hasNull() {
        return false;
    }

    @Override
    public int numNulls() {
        return 0;
    }

    @Override
    public boolean isNullAt(int row) {
        return false;
    }

    @Override
    public boolean getBoolean(int row) {
        throw unsupported();
    }

    @Override
    public ColumnarArray getArray(int row) {
        throw unsupported();
    }

    @Override
    public ColumnarMap getMap(int row) {
        throw unsupported();
    }

    @Override
    public Decimal getDecimal(int row, int precision, int scale) {
        throw unsupported();
    }

    @Override
    public UTF8String getUTF8String(int row) {
        throw unsupported();
    }

    @Override
    public byte[] getBinary(int row) {
        throw unsupported();
    }

    @Override
    public ColumnVector getChild(int ordinal) {
        throw unsupported();
    }

    private UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("a " + dataType().simpleString() + " column of an HDF5 read");
    }

    @Override
    public void close() {
        data = null;
    }

    static boolean fits(DataType t) {
        return t == DataTypes.LongType || t == DataTypes.IntegerType || t == DataTypes.ShortType
                || t == DataTypes.ByteType || t == DataTypes.DoubleType || t == DataTypes.FloatType;
    }
}
