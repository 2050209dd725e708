package org.nwbj.nwb;

import java.lang.reflect.Array;
import java.nio.file.Path;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The values of an NWB dataset: a Java array to write ({@link InMemory}), a dataset of an open file read on
 * request ({@link Stored}), or a dataset of a file that is not open, to link to ({@link External}).
 */
public sealed interface ArrayData permits ArrayData.InMemory, ArrayData.Stored, ArrayData.External {

    /** Dimensions, slowest-varying first. */
    long[] dims();

    /** Every element as a double, in C order. */
    double[] readDoubles();

    /** Every element as a long, in C order. */
    long[] readLongs();

    /** int64 values shaped by {@code dims} (none: 1-D). */
    static InMemory of(long[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.INT64, shape(values.length, dims)));
    }

    /** int32 values shaped by {@code dims} (none: 1-D). */
    static InMemory of(int[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.INT32, shape(values.length, dims)));
    }

    /** float64 values shaped by {@code dims} (none: 1-D). */
    static InMemory of(double[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.FLOAT64, shape(values.length, dims)));
    }

    /** float32 values shaped by {@code dims} (none: 1-D). */
    static InMemory of(float[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.FLOAT32, shape(values.length, dims)));
    }

    /**
     * A Java array (long[], int[], short[], byte[], double[], float[]) in C order, stored as {@code options} says:
     * type, dimensions, and optionally chunks and compression.
     */
    static InMemory of(Object values, DatasetOptions options) {
        return new InMemory(values, options);
    }

    private static long[] shape(int length, long[] dims) {
        return dims.length == 0 ? new long[] {length} : dims;
    }

    /** Values held in memory, written with the given dataset options. */
    record InMemory(Object values, DatasetOptions options) implements ArrayData {
        public InMemory {
            Class<?> c = values == null ? null : values.getClass().getComponentType();
            if (c != long.class && c != int.class && c != short.class && c != byte.class && c != double.class
                    && c != float.class) {
                throw new IllegalArgumentException("values must be a long[], int[], short[], byte[], double[] or "
                        + "float[]");
            }
            long n = 1;
            for (long d : options.dims()) {
                n *= d;
            }
            if (n != Array.getLength(values)) {
                throw new IllegalArgumentException(Array.getLength(values) + " values do not fill dimensions "
                        + java.util.Arrays.toString(options.dims()));
            }
        }

        /** The stored type. */
        public DataType type() {
            return options.type();
        }

        @Override
        public long[] dims() {
            return options.dims();
        }

        @Override
        public double[] readDoubles() {
            int n = Array.getLength(values);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = ((Number) Array.get(values, i)).doubleValue();
            }
            return out;
        }

        @Override
        public long[] readLongs() {
            int n = Array.getLength(values);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = ((Number) Array.get(values, i)).longValue();
            }
            return out;
        }
    }

    /**
     * A dataset of an open file, read on request (selections through {@link #dataset()}). {@code file} and
     * {@code objectPath} say where the dataset itself lives (after following links); a series written with this
     * data links to it there, as pynwb does with data read from another file. A linked dataset keeps its own
     * attributes: the unit, conversion etc. of the series that links to it are not written.
     */
    record Stored(Path file, String objectPath, Dataset dataset) implements ArrayData {
        @Override
        public long[] dims() {
            return dataset.space().dims();
        }

        @Override
        public double[] readDoubles() {
            return dataset.readDoubles();
        }

        @Override
        public long[] readLongs() {
            return dataset.readLongs();
        }
    }

    /**
     * A dataset in another HDF5 file, written as an external link (the file name relative to the new file's
     * directory, as pynwb does). Reading opens that file for the duration of the call. As with {@link Stored},
     * the linked dataset keeps its own attributes.
     */
    record External(Path file, String objectPath) implements ArrayData {
        @Override
        public long[] dims() {
            try (Hdf5File f = Hdf5File.open(file)) {
                return dataset(f).space().dims();
            }
        }

        @Override
        public double[] readDoubles() {
            try (Hdf5File f = Hdf5File.open(file)) {
                return dataset(f).readDoubles();
            }
        }

        @Override
        public long[] readLongs() {
            try (Hdf5File f = Hdf5File.open(file)) {
                return dataset(f).readLongs();
            }
        }

        private Dataset dataset(Hdf5File f) {
            Node n = f.get(objectPath);
            if (!(n instanceof Dataset d)) {
                throw new NwbException(objectPath + " in " + file + " is not a dataset");
            }
            return d;
        }
    }
}
