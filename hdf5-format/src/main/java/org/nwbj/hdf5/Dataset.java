package org.nwbj.hdf5;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.List;

import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.engine.ValueDecoder;
import org.nwbj.hdf5.type.DataType;

/**
 * A dataset: a typed n-dimensional array stored in the file, read whole or by hyperslab ({@link Selection}).
 *
 * <p>Numbers are read into flat Java arrays in C order (the last index varies fastest), whole, by selection, into
 * a caller's array or into an NIO buffer, or as an {@link NdArray}. The rules, the same for every read method and
 * for {@link Attribute}:
 * <ul>
 * <li>A value the Java type can hold is returned exactly: {@code readInts} on uint16 gives 0..65535,
 * {@code readLongs} on any integer type is exact, {@code readDoubles} on any numeric type (integers beyond
 * 2<sup>53</sup> rounded).</li>
 * <li>An unsigned type read into the Java type of its own width gives the stored bits, as Java itself treats
 * unsigned numbers: {@code readShorts} on uint16 (a camera frame) returns 40000 as -25536, which
 * {@code Short.toUnsignedInt} turns back into 40000; likewise uint8/readBytes, uint32/readInts,
 * uint64/readLongs.</li>
 * <li>Any other value out of the Java type's range is refused with an {@link Hdf5Exception} naming the element and
 * its value: {@code readInts} on int64 or uint32 data works while the values fit an int (small indices do) and
 * fails on the first that does not; nothing is wrapped silently.</li>
 * <li>Floating-point data is not read as integers ({@code readInts} on float32 fails); {@code readFloats} rounds
 * float64 and integers to the nearest float. Enums read as their integer values; other types (strings,
 * compounds...) are refused: see {@link #readValues()} and {@link #readRaw()}.</li>
 * </ul>
 * Reads do not box elements: same-width reads are bulk buffer copies, widening and checked narrowing run as
 * primitive loops, and whole-row selections convert straight from the decoded chunks without a byte[] of the
 * selection in between.
 */
public final class Dataset implements Node {
    private final Hdf5File owner;
    private final FileContext file;
    private volatile ObjectHeader header;
    private final String path;
    private volatile DatasetReader reader;

    Dataset(Hdf5File owner, FileContext file, ObjectHeader header, String path) {
        this.owner = owner;
        this.file = file;
        this.header = header;
        this.path = path;
    }

    DatasetReader reader() {
        DatasetReader r = reader;
        if (r == null) {
            synchronized (this) {
                ObjectHeader h = header;
                r = new DatasetReader(file, h, owner::virtualSource);
                reader = r;
            }
        }
        return r;
    }

    /**
     * Reads the dataset's object header (its dataspace) and chunk index again, as h5py's {@code refresh()}: in a
     * file opened with {@link OpenOptions#swmr()}, rows a SWMR writer appended and flushed since the last refresh
     * become visible to {@link #space()} and the reads. In other files it re-reads the same, unchanged metadata.
     * A file truncated under the reader fails with an {@link Hdf5Exception} naming the structure and the file size.
     */
    public void refresh() {
        ObjectHeader fresh = file.freshHeader(header.address());
        synchronized (this) {
            header = fresh;
            reader = null;
        }
    }

    /** {@return the datatype of the elements} */
    public DataType type() {
        return reader().type();
    }

    /** {@return the dataset's shape and maximum shape} */
    public Dataspace space() {
        return reader().space();
    }

    /** {@return chunk dimensions when the dataset is chunked, else null} */
    public long[] chunkDims() {
        long[] c = reader().layout().chunkDims();
        return c == null ? null : c.clone();
    }

    /** {@return the chunk filters in pipeline order (the order they are applied when writing); empty when there are none} */
    public List<FilterInfo> filters() {
        List<FilterInfo> out = new java.util.ArrayList<>();
        org.nwbj.hdf5.internal.format.FilterPipeline p = reader().pipeline();
        if (p != null) {
            for (org.nwbj.hdf5.internal.format.FilterPipeline.FilterInfo f : p.filters()) {
                out.add(new FilterInfo(f.id(), f.name(), f.flags(), f.clientData()));
            }
        }
        return out;
    }

    /** How a dataset's elements are stored, as {@code H5Pget_layout} names it. */
    public enum StorageLayout {
        /** In the object header. */
        COMPACT,
        /** In one block of the file. */
        CONTIGUOUS,
        /** In chunks, each stored and filtered on its own. */
        CHUNKED,
        /** Mapped from elements of other datasets. */
        VIRTUAL
    }

    /** {@return how the elements are stored: in the object header, in one block, in chunks, or mapped from other datasets} */
    public StorageLayout storageLayout() {
        return StorageLayout.valueOf(reader().layout().kind().name());
    }

    /** A virtual dataset's source as its mapping names it: file ({@code "."}: this file) and dataset path. */
    public record SourceName(String file, String dataset) {
    }

    /**
     * The sources of a virtual dataset, one per mapping in stored order, names as stored ({@code %b} and
     * {@code %%} of printf mappings kept); empty for other layouts. Opens no source.
     *
     * @return the source names, one per mapping
     */
    public List<SourceName> virtualSourceNames() {
        org.nwbj.hdf5.internal.engine.VirtualReader v = reader().virtual();
        List<SourceName> out = new java.util.ArrayList<>();
        if (v != null) {
            for (org.nwbj.hdf5.internal.format.VirtualMappings.Mapping m : v.mappings().mappings()) {
                out.add(new SourceName(m.sourceFile(), m.sourceDataset()));
            }
        }
        return out;
    }

    /**
     * {@return bytes the elements take in the file, after filters (as {@code H5Dget_storage_size}); 0 when none is
     * allocated} For a chunked dataset this reads the whole chunk index.
     */
    public long storageSize() {
        return reader().storedSize();
    }

    /** {@return how many chunks are allocated (0 unless chunked)} Reads the whole chunk index. */
    public int allocatedChunks() {
        return reader().storedChunkCount();
    }

    /** {@return the stored bytes of every element in C order, in the file's byte order} */
    public byte[] readRaw() {
        return reader().readAll();
    }

    /**
     * {@return the stored bytes of the selected elements in C order of the selection}
     *
     * @param selection the elements to read
     */
    public byte[] readRaw(Selection selection) {
        return reader().read(selection);
    }

    /**
     * {@return every element as a Java value, flattened in C order: Long (BigInteger for unsigned 64-bit values above
     * Long.MAX_VALUE), Double, String, Map (compound), EnumValue, List (array, vlen), ObjectReference,
     * RegionReference, byte[] (opaque, bitfield); null for a null reference}
     */
    public Object[] readValues() {
        byte[] b = readRaw();
        return new ValueDecoder(file).decodeAll(type(), ByteBuffer.wrap(b), b.length / Math.max(1, type().size()));
    }

    /**
     * {@return the selected elements as Java values (see {@link #readValues()})}
     *
     * @param selection the elements to read
     */
    public Object[] readValues(Selection selection) {
        byte[] b = readRaw(selection);
        return new ValueDecoder(file).decodeAll(type(), ByteBuffer.wrap(b), (int) selection.elementCount());
    }

    /**
     * {@return every element in the Java primitive of the stored width (int8/uint8 as bytes, 16-bit integers as shorts,
     * 32-bit as ints, 64-bit as longs, float32 as floats, float64 as doubles; unsigned types as their stored
     * bits), shaped like the dataspace}
     */
    public NdArray readNd() {
        return readNd(all());
    }

    /**
     * {@return the selected elements as by {@link #readNd()}, shaped like the selection}
     *
     * @param selection the elements to read
     */
    public NdArray readNd(Selection selection) {
        long[] shape = selection.shape();
        return switch (TypedReads.natural(type(), path)) {
            case BYTE -> NdArray.of(shape, readBytes(selection));
            case SHORT -> NdArray.of(shape, readShorts(selection));
            case INT -> NdArray.of(shape, readInts(selection));
            case LONG -> NdArray.of(shape, readLongs(selection));
            case FLOAT -> NdArray.of(shape, readFloats(selection));
            case DOUBLE -> NdArray.of(shape, readDoubles(selection));
        };
    }

    private Selection all() {
        Dataspace s = space();
        return switch (s.kind()) {
            case SIMPLE -> Selection.all(s.dims());
            case SCALAR -> Selection.all(new long[0]);
            default -> Selection.all(new long[] {0}); // a null dataspace: no elements
        };
    }

    /** {@return every element as 8-bit integers: int8, uint8 as stored bits ({@link Byte#toUnsignedInt}), and wider integers whose values fit a byte (see the class comment)} */
    public byte[] readBytes() {
        return readBytes(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readBytes()}}
     *
     * @param selection the elements to read
     */
    public byte[] readBytes(Selection selection) {
        byte[] out = new byte[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.BYTE, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readBytes()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readBytes(Selection selection, byte[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.BYTE, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readBytes()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readBytes(Selection selection, ByteBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.BYTE, dst);
    }

    /** {@return every element as 16-bit integers: int8, uint8 and int16 exactly, uint16 as stored bits ({@link Short#toUnsignedInt}), and wider integers whose values fit a short (see the class comment)} */
    public short[] readShorts() {
        return readShorts(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readShorts()}}
     *
     * @param selection the elements to read
     */
    public short[] readShorts(Selection selection) {
        short[] out = new short[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.SHORT, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readShorts()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readShorts(Selection selection, short[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.SHORT, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readShorts()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readShorts(Selection selection, ShortBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.SHORT, dst);
    }

    /** {@return every element as 32-bit integers: every 8- and 16-bit type exactly, int32, uint32 as stored bits ({@link Integer#toUnsignedLong}), and 64-bit integers whose values fit an int (see the class comment)} */
    public int[] readInts() {
        return readInts(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readInts()}}
     *
     * @param selection the elements to read
     */
    public int[] readInts(Selection selection) {
        int[] out = new int[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.INT, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readInts()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readInts(Selection selection, int[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.INT, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readInts()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readInts(Selection selection, IntBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.INT, dst);
    }

    /** {@return every element as 64-bit integers: every integer type exactly, uint64 as stored bits ({@link Long#toUnsignedString(long)}) (see the class comment)} */
    public long[] readLongs() {
        return readLongs(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readLongs()}}
     *
     * @param selection the elements to read
     */
    public long[] readLongs(Selection selection) {
        long[] out = new long[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.LONG, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readLongs()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readLongs(Selection selection, long[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.LONG, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readLongs()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readLongs(Selection selection, LongBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.LONG, dst);
    }

    /** {@return every element as 32-bit floats: float32 exactly, float64 and integers rounded to the nearest float (see the class comment)} */
    public float[] readFloats() {
        return readFloats(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readFloats()}}
     *
     * @param selection the elements to read
     */
    public float[] readFloats(Selection selection) {
        float[] out = new float[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.FLOAT, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readFloats()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readFloats(Selection selection, float[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.FLOAT, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readFloats()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readFloats(Selection selection, FloatBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.FLOAT, dst);
    }

    /** {@return every element as 64-bit floats: every float type and integers up to 2<sup>53</sup> exactly, larger integers rounded (see the class comment)} */
    public double[] readDoubles() {
        return readDoubles(all());
    }

    /**
     * {@return the selected elements, in C order of the selection, as by {@link #readDoubles()}}
     *
     * @param selection the elements to read
     */
    public double[] readDoubles(Selection selection) {
        double[] out = new double[TypedReads.count(selection.elementCount(), path)];
        TypedReads.read(reader(), path, selection, TypedReads.Target.DOUBLE, TypedReads.wrap(out), 0, false);
        return out;
    }

    /**
     * Reads the selected elements (as by {@link #readDoubles()}) into {@code dst} from {@code offset} on.
     *
     * @param selection the elements to read
     * @param dst the array to fill
     * @param offset the index in {@code dst} of the first element read
     */
    public void readDoubles(Selection selection, double[] dst, int offset) {
        TypedReads.read(reader(), path, selection, TypedReads.Target.DOUBLE, TypedReads.wrap(dst), offset, true);
    }

    /**
     * Reads the selected elements (as by {@link #readDoubles()}) into {@code dst} from its position on, which
     * advances past them; a direct buffer is filled without a heap array in between.
     *
     * @param selection the elements to read
     * @param dst the buffer to fill
     */
    public void readDoubles(Selection selection, DoubleBuffer dst) {
        TypedReads.readIntoBuffer(reader(), path, selection, TypedReads.Target.DOUBLE, dst);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public long address() {
        return header.address();
    }

    @Override
    public List<Attribute> attributes() {
        return NodeSupport.attributes(file, header);
    }

    @Override
    public List<Attribute> attributesInCreationOrder() {
        return NodeSupport.attributesInCreationOrder(file, header);
    }

    @Override
    public String toString() {
        return "Dataset[" + path + "]";
    }
}
