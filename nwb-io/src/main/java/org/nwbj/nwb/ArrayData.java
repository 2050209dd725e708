package org.nwbj.nwb;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.stream.Stream;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The values of an NWB dataset: a Java array to write ({@link InMemory}), a dataset of an open file read on
 * request ({@link Stored}), or a dataset of a file that is not open, to link to ({@link External}); with an
 * explicit choice to link or copy ({@link LinkOrCopy}, like hdmf's {@code H5DataIO(link_data=...)}), the data or
 * timestamps of another series ({@link SeriesField}), or values written block by block from an iterator
 * ({@link Blocks}, like hdmf's {@code DataChunkIterator}).
 */
public sealed interface ArrayData permits ArrayData.InMemory, ArrayData.Stored, ArrayData.External,
        ArrayData.LinkOrCopy, ArrayData.SeriesField, ArrayData.Blocks {

    /** {@return dimensions, slowest-varying first} */
    long[] dims();

    /** {@return every element as a double, in C order} */
    double[] readDoubles();

    /** {@return every element as a long, in C order} */
    long[] readLongs();

    /**
     * {@return int64 values shaped by {@code dims} (none: 1-D)}
     *
     * @param values the values in C order
     * @param dims the dimensions
     */
    static InMemory of(long[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.INT64, shape(values.length, dims)));
    }

    /**
     * {@return int32 values shaped by {@code dims} (none: 1-D)}
     *
     * @param values the values in C order
     * @param dims the dimensions
     */
    static InMemory of(int[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.INT32, shape(values.length, dims)));
    }

    /**
     * {@return float64 values shaped by {@code dims} (none: 1-D)}
     *
     * @param values the values in C order
     * @param dims the dimensions
     */
    static InMemory of(double[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.FLOAT64, shape(values.length, dims)));
    }

    /**
     * {@return float32 values shaped by {@code dims} (none: 1-D)}
     *
     * @param values the values in C order
     * @param dims the dimensions
     */
    static InMemory of(float[] values, long... dims) {
        return of(values, DatasetOptions.of(DataTypes.FLOAT32, shape(values.length, dims)));
    }

    /**
     * {@return a Java array (long[], int[], short[], byte[], double[], float[]) in C order, stored as {@code options}
     * says: type, dimensions, and optionally chunks and compression}
     *
     * @param values the Java array
     * @param options type, dimensions and storage
     */
    static InMemory of(Object values, DatasetOptions options) {
        return new InMemory(values, options);
    }

    /**
     * {@return {@code data} (a dataset of another file) written as an external link to it, whatever the file-wide
     * default ({@link NwbWriteOptions#linkData(boolean)}) says; like {@code H5DataIO(data, link_data=True)}}
     *
     * @param data a dataset of another file
     */
    static LinkOrCopy link(ArrayData data) {
        return new LinkOrCopy(data, true);
    }

    /**
     * {@return {@code data} (a dataset of another file) copied into the new file, block by block, whatever the
     * file-wide default says; like {@code H5DataIO(data, link_data=False)}}
     *
     * @param data a dataset of another file
     */
    static LinkOrCopy copy(ArrayData data) {
        return new LinkOrCopy(data, false);
    }

    /**
     * {@return the data of {@code series}: in the same file a soft link to its dataset, as pynwb writes {@code
     * data=ts}}
     *
     * @param series the series whose data is shared
     */
    static SeriesField dataOf(TimeSeries series) {
        return new SeriesField(series, "data");
    }

    /**
     * {@return the timestamps of {@code series}: in the same file a soft link to its dataset, as pynwb writes
     * {@code timestamps=ts}}
     *
     * @param series the series whose timestamps are shared
     */
    static SeriesField timestampsOf(TimeSeries series) {
        return new SeriesField(series, "timestamps");
    }

    /**
     * {@return values appended along the first dimension from {@code blocks} (Java arrays in C order holding whole
     * rows), written as they come with {@code options}; {@code options} gives the type, the initial dimensions (usually
     * 0 rows), unlimited maximum first dimension, and the chunks}
     *
     * @param blocks Java arrays of whole rows, in order
     * @param options type, row dimensions and storage
     */
    static Blocks fromBlocks(Iterator<?> blocks, DatasetOptions options) {
        return new Blocks(blocks, options);
    }

    /**
     * {@return values appended from {@code blocks} as they come: rows of {@code rowDims} of {@code type}, unlimited
     * along the first dimension, in chunks of about 1 MiB of whole rows}
     *
     * @param blocks Java arrays of whole rows, in order
     * @param type the element type
     * @param rowDims the dimensions of one row
     */
    static Blocks fromBlocks(Iterator<?> blocks, DataType type, long... rowDims) {
        long[] dims = new long[rowDims.length + 1];
        long[] max = new long[rowDims.length + 1];
        long[] chunks = new long[rowDims.length + 1];
        long rowBytes = type.size();
        max[0] = Dataspace.UNLIMITED;
        for (int d = 0; d < rowDims.length; d++) {
            dims[d + 1] = rowDims[d];
            max[d + 1] = rowDims[d];
            chunks[d + 1] = Math.max(1, rowDims[d]);
            rowBytes *= Math.max(1, rowDims[d]);
        }
        chunks[0] = Math.max(1, (1L << 20) / Math.max(1, rowBytes));
        return new Blocks(blocks, DatasetOptions.of(type, dims).maxDims(max).chunks(chunks));
    }

    /**
     * Like {@link #fromBlocks(Iterator, DatasetOptions)} from a stream (consumed as the data is written).
     *
     * @param blocks Java arrays of whole rows, in order
     * @param options type, row dimensions and storage
     * @return the values
     */
    static Blocks fromStream(Stream<?> blocks, DatasetOptions options) {
        return new Blocks(blocks.iterator(), options);
    }

    /**
     * {@return an empty dataset created as {@code options} says (for instance 0 rows, unlimited, chunked), to fill
     * after writing through {@link NwbFileWriter#dataset(String)}; like {@code H5DataIO(shape=..., maxshape=...)}}
     *
     * @param options type, dimensions and storage
     */
    static Blocks empty(DatasetOptions options) {
        return new Blocks(Collections.emptyIterator(), options);
    }

    private static long[] shape(int length, long[] dims) {
        return dims.length == 0 ? new long[] {length} : dims;
    }

    /** Values held in memory, written with the given dataset options. */
    record InMemory(Object values, DatasetOptions options) implements ArrayData {
        /**
         * Checks that the values are a primitive array of a supported kind whose length fits the dimensions.
         *
         * @param values the Java array
         * @param options type, dimensions and storage
         */
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

        /** {@return the stored type} */
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

    /** {@code data} with an explicit choice between linking to it and copying it (see {@link #link}). */
    record LinkOrCopy(ArrayData data, boolean link) implements ArrayData {
        /**
         * Checks that there is data.
         *
         * @param data a dataset of another file
         * @param link true to write an external link, false to copy
         */
        public LinkOrCopy {
            java.util.Objects.requireNonNull(data, "data");
        }

        @Override
        public long[] dims() {
            return data.dims();
        }

        @Override
        public double[] readDoubles() {
            return data.readDoubles();
        }

        @Override
        public long[] readLongs() {
            return data.readLongs();
        }
    }

    /** The {@code field} ("data" or "timestamps") of another series, shared rather than repeated. */
    record SeriesField(TimeSeries series, String field) implements ArrayData {
        /**
         * Checks the series and the field name.
         *
         * @param series the series whose values are shared
         * @param field {@code data} or {@code timestamps}
         */
        public SeriesField {
            java.util.Objects.requireNonNull(series, "series");
            if (!"data".equals(field) && !"timestamps".equals(field)) {
                throw new IllegalArgumentException("field must be data or timestamps, not " + field);
            }
        }

        /** {@return the shared values themselves} */
        public ArrayData target() {
            ArrayData a = "data".equals(field) ? series.data() : series.timestamps();
            if (a == null) {
                throw new NwbException(series.name() + " has no " + field);
            }
            return a;
        }

        @Override
        public long[] dims() {
            return target().dims();
        }

        @Override
        public double[] readDoubles() {
            return target().readDoubles();
        }

        @Override
        public long[] readLongs() {
            return target().readLongs();
        }
    }

    /**
     * Values appended block by block as they are written; only one block (and one chunk's rows) is in memory at a
     * time. Written once: the blocks are consumed. Read the values back from the written file.
     */
    final class Blocks implements ArrayData {
        private final Iterator<?> blocks;
        private final DatasetOptions options;
        private boolean consumed;

        Blocks(Iterator<?> blocks, DatasetOptions options) {
            this.blocks = java.util.Objects.requireNonNull(blocks, "blocks");
            this.options = java.util.Objects.requireNonNull(options, "options");
            if (options.dims().length == 0) {
                throw new IllegalArgumentException("blocks need a dataset of at least one dimension");
            }
        }

        /** {@return type, initial dimensions, maximum dimensions and chunks of the dataset} */
        public DatasetOptions options() {
            return options;
        }

        /** The initial dimensions (the written dataset has as many more rows as the blocks held). */
        @Override
        public long[] dims() {
            return options.dims();
        }

        @Override
        public double[] readDoubles() {
            throw new NwbException("values written from blocks are read from the file they were written to");
        }

        @Override
        public long[] readLongs() {
            throw new NwbException("values written from blocks are read from the file they were written to");
        }

        /** The blocks, once. */
        Iterator<?> take() {
            if (consumed) {
                throw new NwbException("these blocks were written already (an iterator is read once)");
            }
            consumed = true;
            return blocks;
        }
    }
}
