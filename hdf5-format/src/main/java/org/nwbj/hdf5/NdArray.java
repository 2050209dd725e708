package org.nwbj.hdf5;

import java.util.Arrays;

/**
 * An n-dimensional array: a shape and a flat primitive array in C order (the last index varies fastest), as HDF5
 * and numpy store it. Wraps the array without copying: {@link OfInts#data()} is the array itself, so bulk work
 * runs on a plain Java array. Scalars have the shape {@code []} and one element.
 *
 * <pre>{@code
 * NdArray.OfShorts frames = (NdArray.OfShorts) dataset.readNd();   // a uint16 movie: [frames, rows, cols]
 * int pixel = Short.toUnsignedInt(frames.get(10, 200, 300));
 * NdArray.OfInts block = NdArray.of(sel.shape(), dataset.readInts(sel));
 * }</pre>
 */
public sealed interface NdArray permits NdArray.OfBytes, NdArray.OfShorts, NdArray.OfInts, NdArray.OfLongs,
        NdArray.OfFloats, NdArray.OfDoubles {

    /** {@return the dimensions (a copy)} */
    long[] shape();

    /** {@return the number of dimensions} */
    int rank();

    /** {@return the number of elements: the product of the dimensions} */
    int size();

    /**
     * {@return the element at an index of {@code rank()} coordinates, as a double (exact for all but large longs)}
     *
     * @param index one coordinate per dimension
     */
    double getDouble(long... index);

    /**
     * Wraps bytes without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfBytes of(long[] shape, byte[] data) {
        return new OfBytes(shape, data);
    }

    /**
     * Wraps shorts without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfShorts of(long[] shape, short[] data) {
        return new OfShorts(shape, data);
    }

    /**
     * Wraps ints without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfInts of(long[] shape, int[] data) {
        return new OfInts(shape, data);
    }

    /**
     * Wraps longs without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfLongs of(long[] shape, long[] data) {
        return new OfLongs(shape, data);
    }

    /**
     * Wraps floats without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfFloats of(long[] shape, float[] data) {
        return new OfFloats(shape, data);
    }

    /**
     * Wraps doubles without copying them.
     *
     * @param shape the dimensions; their product must equal {@code data.length}
     * @param data the elements in C order
     * @return the array view
     */
    static OfDoubles of(long[] shape, double[] data) {
        return new OfDoubles(shape, data);
    }

    /** Shape bookkeeping shared by the element kinds. */
    abstract class Base {
        private final long[] shape;
        private final long[] strides;
        private final int size;

        Base(long[] shape, int length) {
            this.shape = shape.clone();
            this.strides = new long[shape.length];
            long n = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (shape[d] < 0) {
                    throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
                }
                strides[d] = n;
                n = shape[d] == 0 ? 0 : n * shape[d];
                if (n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds more elements "
                            + "than a Java array");
                }
            }
            if (n != length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n
                        + " elements, the array " + length);
            }
            this.size = (int) n;
        }

        /**
         * {@return the dimensions (a copy)}
         */
        public long[] shape() {
            return shape.clone();
        }

        /**
         * {@return the number of dimensions}
         */
        public int rank() {
            return shape.length;
        }

        /**
         * {@return the number of elements}
         */
        public int size() {
            return size;
        }

        /**
         * {@return the position in {@code data()} of the element at {@code index}; checks every coordinate}
         *
         * @param index one coordinate per dimension
         */
        public int flatIndex(long... index) {
            if (index.length != shape.length) {
                throw new IllegalArgumentException(index.length + " coordinates for an array of rank "
                        + shape.length);
            }
            long at = 0;
            for (int d = 0; d < index.length; d++) {
                if (index[d] < 0 || index[d] >= shape[d]) {
                    throw new IndexOutOfBoundsException("coordinate " + d + " is " + index[d] + ", the dimension "
                            + shape[d]);
                }
                at += index[d] * strides[d];
            }
            return (int) at;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + Arrays.toString(shape);
        }
    }

    /** 8-bit integers (int8, and uint8 as stored bits: {@link Byte#toUnsignedInt}). */
    final class OfBytes extends Base implements NdArray {
        private final byte[] data;

        OfBytes(long[] shape, byte[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public byte[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public byte get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }

    /** 16-bit integers (int16, and uint16 as stored bits: {@link Short#toUnsignedInt}). */
    final class OfShorts extends Base implements NdArray {
        private final short[] data;

        OfShorts(long[] shape, short[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public short[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public short get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }

    /** 32-bit integers (int32, and uint32 as stored bits: {@link Integer#toUnsignedLong}). */
    final class OfInts extends Base implements NdArray {
        private final int[] data;

        OfInts(long[] shape, int[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public int[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public int get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }

    /** 64-bit integers (int64, and uint64 as stored bits: {@link Long#toUnsignedString(long)}). */
    final class OfLongs extends Base implements NdArray {
        private final long[] data;

        OfLongs(long[] shape, long[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public long[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public long get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }

    /** 32-bit floats. */
    final class OfFloats extends Base implements NdArray {
        private final float[] data;

        OfFloats(long[] shape, float[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public float[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public float get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }

    /** 64-bit floats. */
    final class OfDoubles extends Base implements NdArray {
        private final double[] data;

        OfDoubles(long[] shape, double[] data) {
            super(shape, data.length);
            this.data = data;
        }

        /** {@return the elements in C order: the array itself, not a copy} */
        public double[] data() {
            return data;
        }

        /**
         * The element at an index.
         *
         * @param index one coordinate per dimension
         * @return the element
         */
        public double get(long... index) {
            return data[flatIndex(index)];
        }

        @Override
        public double getDouble(long... index) {
            return get(index);
        }
    }
}
