package org.nwbj.hdf5.testing;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The growing dataset of the SWMR and kill tests: {@value #COLS} columns, rows appended at the end (unlimited first
 * dimension, chunked); element [r][c] is {@code COLS r + c + offset}, so a reader can check every row it sees.
 */
public final class GrowingRows {
    public static final int COLS = 4;

    private GrowingRows() {
    }

    /** Options of such a dataset of 64-bit integers, {@code chunkRows} rows a chunk (no filter: add one). */
    public static DatasetOptions options(int chunkRows) {
        return options(DataTypes.INT64, chunkRows);
    }

    public static DatasetOptions options(DataType type, int chunkRows) {
        return DatasetOptions.of(type, 0, COLS).maxDims(Dataspace.UNLIMITED, COLS).chunks(chunkRows, COLS);
    }

    /** The values of rows {@code from .. from+n-1}. */
    public static long[] rows(long from, long n) {
        return rows(from, n, 0);
    }

    public static long[] rows(long from, long n, long offset) {
        long[] v = new long[(int) (n * COLS)];
        for (int i = 0; i < v.length; i++) {
            v[i] = COLS * from + i + offset;
        }
        return v;
    }

    /** Appends {@code n} rows (resize, then write). */
    public static DatasetWriter append(DatasetWriter d, long n) {
        return append(d, n, 0);
    }

    public static DatasetWriter append(DatasetWriter d, long n, long offset) {
        long at = d.dims()[0];
        d.resize(at + n, COLS);
        d.write(Selection.box(new long[] {at, 0}, new long[] {n, COLS}), rows(at, n, offset));
        return d;
    }
}
