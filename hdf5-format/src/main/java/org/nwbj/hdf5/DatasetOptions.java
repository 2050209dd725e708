package org.nwbj.hdf5;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.DataType;

/**
 * How to create a dataset: its type and dimensions, and optionally maximum dimensions
 * ({@link Dataspace#UNLIMITED}), chunk dimensions, filters and a fill value. Immutable; each {@code with} step
 * returns a new value.
 *
 * <pre>{@code
 * DatasetOptions.of(DataTypes.FLOAT32, 0, 10).maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4)
 * }</pre>
 */
public final class DatasetOptions {
    private final DataType type;
    private final long[] dims;
    private final long[] maxDims;
    private final long[] chunks;
    private final int deflate;
    private final boolean shuffle;
    private final boolean fletcher32;
    private final byte[] fill;
    private final boolean scalar;
    /** Further filters ({id, client data...}) in the order given, between shuffle and deflate. */
    private final List<int[]> extra;
    private boolean compact;
    private boolean early;
    private boolean trackOrder;

    private DatasetOptions(DataType type, long[] dims, long[] maxDims, long[] chunks, int deflate, boolean shuffle,
            boolean fletcher32, byte[] fill, boolean scalar) {
        this(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, fill, scalar, new ArrayList<>());
    }

    private DatasetOptions(DataType type, long[] dims, long[] maxDims, long[] chunks, int deflate, boolean shuffle,
            boolean fletcher32, byte[] fill, boolean scalar, List<int[]> extra) {
        this.extra = extra;
        this.type = type;
        this.dims = dims;
        this.maxDims = maxDims;
        this.chunks = chunks;
        this.deflate = deflate;
        this.shuffle = shuffle;
        this.fletcher32 = fletcher32;
        this.fill = fill;
        this.scalar = scalar;
    }

    /**
     * {@return a dataset of {@code type} with the given dimensions (none: a scalar)}
     *
     * @param type the element type
     * @param dims the dimensions; none for a scalar
     */
    public static DatasetOptions of(DataType type, long... dims) {
        return new DatasetOptions(type, dims.clone(), dims.clone(), null, -1, false, false, null, dims.length == 0);
    }

    /**
     * Maximum dimensions; {@link Dataspace#UNLIMITED} for a dimension that can grow without bound.
     *
     * @return a copy with this setting
     * @param max one maximum per dimension, at least the dimension, or {@link Dataspace#UNLIMITED}
     */
    public DatasetOptions maxDims(long... max) {
        if (max.length != dims.length) {
            throw new IllegalArgumentException("maxDims needs " + dims.length + " values");
        }
        return carry(new DatasetOptions(type, dims, max.clone(), chunks, deflate, shuffle, fletcher32, fill, scalar, extra));
    }

    /**
     * Chunk dimensions (required for unlimited dimensions and filters; chosen automatically when absent).
     *
     * @return a copy with this setting
     * @param c one chunk size per dimension
     */
    public DatasetOptions chunks(long... c) {
        if (c.length != dims.length) {
            throw new IllegalArgumentException("chunks needs " + dims.length + " values");
        }
        return carry(new DatasetOptions(type, dims, maxDims, c.clone(), deflate, shuffle, fletcher32, fill, scalar, extra));
    }

    /**
     * Compress chunks with deflate at {@code level} (0-9).
     *
     * @return a copy with this setting
     * @param level the deflate level, 0 (fastest) to 9 (smallest)
     */
    public DatasetOptions deflate(int level) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be 0..9, not " + level);
        }
        return carry(new DatasetOptions(type, dims, maxDims, chunks, level, shuffle, fletcher32, fill, scalar, extra));
    }

    /**
     * Byte-shuffle chunks before compression.
     *
     * @return a copy with this setting
     */
    public DatasetOptions shuffle() {
        return carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, true, fletcher32, fill, scalar, extra));
    }

    /**
     * Store a Fletcher-32 checksum with every chunk.
     *
     * @return a copy with this setting
     */
    public DatasetOptions fletcher32() {
        return carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, true, fill, scalar, extra));
    }

    /**
     * The fill value as stored bytes of one element (unwritten elements read as this).
     *
     * @return a copy with this setting
     * @param element the stored bytes of one element, as long as the type's size
     */
    public DatasetOptions fill(byte[] element) {
        if (element.length != type.size()) {
            throw new IllegalArgumentException("fill value needs " + type.size() + " bytes");
        }
        return carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, element.clone(),
                scalar, extra));
    }

    /**
     * Adds a filter by its HDF5 filter id with its client data, applied after shuffle and before deflate; the
     * filter must be registered with {@link org.nwbj.hdf5.filter.Filters} (built in: 32000 LZF, or a plug-in).
     *
     * @return a copy with this setting
     * @param id the HDF5 filter id
     * @param clientData the filter's client data values
     */
    public DatasetOptions filter(int id, int... clientData) {
        if (id < 0 || id > 65535) {
            throw new IllegalArgumentException("filter ids are 0..65535, not " + id);
        }
        org.nwbj.hdf5.filter.Filters.require(id); // refuse now what could not be written later
        return withFilter(id, clientData);
    }

    /** Records a filter without looking for its implementation (that happens when the dataset is created). */
    private DatasetOptions withFilter(int id, int... clientData) {
        List<int[]> more = new ArrayList<>(extra);
        int[] f = new int[1 + clientData.length];
        f[0] = id;
        System.arraycopy(clientData, 0, f, 1, clientData.length);
        more.add(f);
        return carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, fill, scalar, more));
    }

    /**
     * Stores the data inside the dataset's object header (compact layout, at most 64 KiB, no chunks or filters),
     * as h5py's low-level API does for small datasets read often.
     *
     * @return a copy with this setting
     */
    public DatasetOptions compact() {
        DatasetOptions o = new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, fill,
                scalar, extra);
        o.compact = true;
        o.trackOrder = trackOrder;
        return o;
    }

    /** Keeps this value's compact choice in a derived one (the other fields go through the constructor). */
    private DatasetOptions carry(DatasetOptions o) {
        o.compact = compact;
        o.early = early;
        o.trackOrder = trackOrder;
        return o;
    }

    /**
     * Records the creation order of the dataset's attributes, as h5py's {@code create_dataset(..., track_order=True)}
     * does (h5py then lists them in that order).
     *
     * @return a copy with this setting
     */
    public DatasetOptions trackOrder() {
        DatasetOptions o = carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, fill,
                scalar, extra));
        o.trackOrder = true;
        return o;
    }

    boolean isTrackingOrder() {
        return trackOrder;
    }

    /**
     * Allocates all chunks when the dataset is created (the C library's early allocation time). In the latest
     * format ({@code Hdf5Writer.create(path, true)}) an unfiltered chunked dataset of fixed size is then indexed
     * implicitly (its chunks in order, no index structure), as the C library does.
     *
     * @return a copy with this setting
     */
    public DatasetOptions allocateEarly() {
        DatasetOptions o = carry(new DatasetOptions(type, dims, maxDims, chunks, deflate, shuffle, fletcher32, fill,
                scalar, extra));
        o.early = true;
        return o;
    }

    boolean isAllocatedEarly() {
        return early;
    }

    boolean isCompact() {
        return compact;
    }

    /**
     * Compress chunks with LZF (filter 32000, as h5py's {@code compression='lzf'} writes it).
     *
     * @return a copy with this setting
     */
    public DatasetOptions lzf() {
        return filter(LZF, 4, 261, 0); // filter version 4, LZF 1.5; the chunk size is filled in at creation
    }

    /** Blosc's inner codecs, with the codes of the blosc HDF5 filter's client data. */
    public enum BloscCodec {
        /** Blosc's own LZ-based codec. */
        BLOSCLZ(0),
        /** LZ4. */
        LZ4(1),
        /** LZ4 with high compression. */
        LZ4HC(2),
        /** zlib (deflate). */
        ZLIB(4),
        /** Zstandard. */
        ZSTD(5);

        final int code;

        BloscCodec(int code) {
            this.code = code;
        }
    }

    /** How blosc rearranges each block before compressing it: not, by byte of the element, or by bit. */
    public enum BloscShuffle {
        /** No shuffle. */
        NONE,
        /** Byte shuffle: the bytes of each element grouped by significance. */
        BYTE,
        /** Bit shuffle: the bits of each element grouped by significance. */
        BIT
    }

    static final int BZIP2 = 307;
    static final int BLOSC = 32001;
    static final int LZ4 = 32004;
    static final int BITSHUFFLE = 32008;
    static final int ZSTD = 32015;
    static final int BLOSC2 = 32026;

    /*
     * The filters below record only the filter id and client data (this module has no dependencies); writing
     * chunks needs their implementations, the optional nwbj-hdf5-filters jar, on the class path.
     */

    /**
     * Compresses chunks with blosc (filter 32001, as {@code hdf5plugin.Blosc} and PyTables write it), level 0-9;
     * needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     * @param codec the compressor blosc runs inside
     * @param level the compression level, 0-9
     * @param shuffle the shuffle blosc applies before compressing
     */
    public DatasetOptions blosc(BloscCodec codec, int level, BloscShuffle shuffle) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("blosc level must be 0..9, not " + level);
        }
        return withFilter(BLOSC, 2, 2, 0, 0, level, shuffle.ordinal(), codec.code);
    }

    /**
     * Compresses chunks with blosc2 (filter 32026, one blosc2 chunk per HDF5 chunk, as {@code hdf5plugin.Blosc2}
     * reads it), level 0-9; needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     * @param codec the compressor blosc2 runs inside
     * @param level the compression level, 0-9
     * @param shuffle the shuffle filter blosc2 applies before compressing
     */
    public DatasetOptions blosc2(BloscCodec codec, int level, BloscShuffle shuffle) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("blosc2 level must be 0..9, not " + level);
        }
        return withFilter(BLOSC2, 1, 2, 0, 0, level, shuffle.ordinal(), codec.code);
    }

    /**
     * Bit-shuffles chunks without compressing them (filter 32008); needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     */
    public DatasetOptions bitshuffle() {
        return withFilter(BITSHUFFLE, 0, 3, 0, 0, 0);
    }

    /**
     * Bit-shuffles and LZ4-compresses chunks (filter 32008 with LZ4, what EIGER detectors and
     * {@code hdf5plugin.Bitshuffle()} write); needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     */
    public DatasetOptions bitshuffleLz4() {
        return withFilter(BITSHUFFLE, 0, 3, 0, 0, 2);
    }

    /**
     * Compresses chunks with zstd (filter 32015) at {@code level} 1-22; needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     * @param level the zstd level, 1-22
     */
    public DatasetOptions zstd(int level) {
        if (level < 1 || level > 22) {
            throw new IllegalArgumentException("zstd level must be 1..22, not " + level);
        }
        return withFilter(ZSTD, level);
    }

    /**
     * Compresses chunks with LZ4 (filter 32004, the HDF Group's plug-in); needs nwbj-hdf5-filters at run time.
     *
     * @return a copy with this setting
     */
    public DatasetOptions lz4() {
        return withFilter(LZ4, 0);
    }

    /**
     * Compresses chunks with bzip2 (filter 307) at block size {@code level} 1-9; needs nwbj-hdf5-filters.
     *
     * @return a copy with this setting
     * @param level the bzip2 block size in units of 100 KB, 1-9
     */
    public DatasetOptions bzip2(int level) {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("bzip2 level must be 1..9, not " + level);
        }
        return withFilter(BZIP2, level);
    }

    /** The LZF filter's id. */
    static final int LZF = 32000;
    static final int NBIT = 5;
    static final int SCALEOFFSET = 6;

    /**
     * Packs only the significant bits (the type's precision) of integer or floating-point elements (the N-bit
     * filter); lossless. Its parameters are derived from the type, as the C library derives them.
     *
     * @return a copy with this setting
     */
    public DatasetOptions nbit() {
        requireNumeric("nbit");
        return filter(NBIT);
    }

    /**
     * The scale-offset filter as h5py's {@code scaleoffset=factor} writes it: integers stored with {@code factor}
     * bits (0: as few as the chunk's range needs; lossless), floating-point values rounded to {@code factor}
     * decimal digits (lossy).
     *
     * @return a copy with this setting
     * @param factor for integers the bits per value (0: chosen per chunk); for floats the decimal digits kept
     */
    public DatasetOptions scaleOffset(int factor) {
        requireNumeric("scaleoffset");
        if (factor < 0) {
            throw new IllegalArgumentException("scaleoffset factor must be >= 0, not " + factor);
        }
        return filter(SCALEOFFSET, type instanceof org.nwbj.hdf5.type.FloatType ? 0 : 2, factor);
    }

    private void requireNumeric(String filter) {
        if (!(type instanceof org.nwbj.hdf5.type.IntegerType) && !(type instanceof org.nwbj.hdf5.type.FloatType)) {
            throw new IllegalArgumentException(filter + " needs an integer or floating-point type, not " + type);
        }
    }

    /** The client data a filter is stored with, derived like the C library's "set local" step where it has one. */
    static int[] clientData(int id, int[] given, DataType type, long[] chunks) {
        long elements = 1;
        for (long c : chunks) {
            elements *= c;
        }
        int n = (int) Math.min(elements, Integer.MAX_VALUE);
        int order = type instanceof org.nwbj.hdf5.type.IntegerType i ? (i.order() == ByteOrderKind.BIG_ENDIAN ? 1 : 0)
                : type instanceof org.nwbj.hdf5.type.FloatType f ? (f.order() == ByteOrderKind.BIG_ENDIAN ? 1 : 0) : 0;
        switch (id) {
            case LZF: {
                int[] cd = given.clone();
                if (cd.length >= 3) {
                    cd[2] = (int) Math.min(elements * type.size(), Integer.MAX_VALUE); // h5py records the chunk size
                }
                return cd;
            }
            case BLOSC, BLOSC2: {
                // blosc's "set local": type size (1 when above blosc's 255) and the chunk's bytes
                int[] cd = given.clone();
                if (cd.length >= 4) {
                    cd[2] = type.size() <= 255 ? type.size() : 1;
                    cd[3] = (int) Math.min(elements * type.size(), Integer.MAX_VALUE);
                }
                return cd;
            }
            case BITSHUFFLE: {
                int[] cd = given.clone();
                if (cd.length >= 3) {
                    cd[2] = type.size(); // bitshuffle's "set local": the element size
                }
                return cd;
            }
            case NBIT: {
                int precision;
                int offset;
                if (type instanceof org.nwbj.hdf5.type.IntegerType i) {
                    precision = i.precision();
                    offset = i.bitOffset();
                } else {
                    org.nwbj.hdf5.type.FloatType f = (org.nwbj.hdf5.type.FloatType) type;
                    precision = f.precision();
                    offset = f.bitOffset();
                }
                // every bit significant: the C library marks the chunk "need not compress" and stores it as is
                int needNotCompress = offset == 0 && precision == type.size() * 8 ? 1 : 0;
                return new int[] {8, needNotCompress, n, 1, type.size(), order, precision, offset};
            }
            case SCALEOFFSET: {
                int[] cd = new int[20];
                cd[0] = given[0];
                cd[1] = given[1];
                cd[2] = n;
                boolean isFloat = type instanceof org.nwbj.hdf5.type.FloatType;
                cd[3] = isFloat ? 1 : 0;
                cd[4] = type.size();
                cd[5] = type instanceof org.nwbj.hdf5.type.IntegerType i && !i.signed() ? 0 : 1;
                cd[6] = order;
                cd[7] = 0; // no fill value recorded: every element is encoded by value
                return cd;
            }
            default:
                return given.clone();
        }
    }

    /** {@return the element type} */
    public DataType type() {
        return type;
    }

    /** {@return the dimensions (empty for a scalar)} */
    public long[] dims() {
        return dims.clone();
    }

    /** {@return the maximum dimensions} */
    public long[] maxDims() {
        return maxDims.clone();
    }

    /**
     * {@return the chunk dimensions the dataset gets (given, or chosen when chunking is needed), or null: contiguous}
     */
    public long[] chunkDims() {
        return isScalar() ? null : effectiveChunks();
    }

    boolean isScalar() {
        return scalar;
    }

    byte[] fillValue() {
        return fill == null ? null : fill.clone();
    }

    boolean hasFilters() {
        return deflate >= 0 || shuffle || fletcher32 || !extra.isEmpty();
    }

    /** The chunk dimensions to use: given, or chosen like h5py when chunking is needed. */
    long[] effectiveChunks() {
        if (chunks != null) {
            return chunks.clone();
        }
        boolean needs = hasFilters();
        for (int d = 0; d < dims.length; d++) {
            needs |= maxDims[d] != dims[d];
        }
        return needs ? ChunkGuess.guess(dims, maxDims, type.size()) : null;
    }

    /** Filters in pipeline order: shuffle, deflate, fletcher32 (as h5py orders them). */
    List<int[]> filterIds() {
        List<int[]> f = new ArrayList<>();
        for (int[] e : extra) {
            if (e[0] == SCALEOFFSET || e[0] == NBIT) {
                f.add(e.clone());
            }
        }
        if (shuffle) {
            f.add(new int[] {2, type.size()});
        }
        for (int[] e : extra) {
            if (e[0] != SCALEOFFSET && e[0] != NBIT) {
                f.add(e.clone());
            }
        }
        if (deflate >= 0) {
            f.add(new int[] {1, deflate});
        }
        if (fletcher32) {
            f.add(new int[] {3});
        }
        return f;
    }
}
