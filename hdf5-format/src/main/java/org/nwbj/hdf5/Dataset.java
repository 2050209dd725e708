package org.nwbj.hdf5;

import java.nio.ByteBuffer;
import java.util.List;

import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.engine.ValueDecoder;
import org.nwbj.hdf5.type.DataType;

/** A dataset: a typed n-dimensional array stored in the file, read whole or by hyperslab. */
public final class Dataset implements Node {
    private final Hdf5File owner;
    private final FileContext file;
    private final ObjectHeader header;
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
            r = new DatasetReader(file, header, owner::virtualSource);
            reader = r;
        }
        return r;
    }

    public DataType type() {
        return reader().type();
    }

    public Dataspace space() {
        return reader().space();
    }

    /** Chunk dimensions when the dataset is chunked, else null. */
    public long[] chunkDims() {
        long[] c = reader().layout().chunkDims();
        return c == null ? null : c.clone();
    }

    /**
     * The chunk filters in pipeline order, each as its filter id followed by its client data (deflate is
     * {@code {1, level}}, shuffle {@code {2, elementSize}}, fletcher32 {@code {3}}); empty when there are none.
     */
    public java.util.List<int[]> filters() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        org.nwbj.hdf5.internal.format.FilterPipeline p = reader().pipeline();
        if (p != null) {
            for (org.nwbj.hdf5.internal.format.FilterPipeline.FilterInfo f : p.filters()) {
                int[] cd = f.clientData();
                int[] e = new int[1 + cd.length];
                e[0] = f.id();
                System.arraycopy(cd, 0, e, 1, cd.length);
                out.add(e);
            }
        }
        return out;
    }

    /** The stored bytes of every element in C order (the file's byte order). */
    public byte[] readBytes() {
        return reader().readAll();
    }

    /** The stored bytes of the selected elements in C order of the selection. */
    public byte[] readBytes(Selection selection) {
        return reader().read(selection);
    }

    /**
     * Every element as a Java value, flattened in C order: Long (BigInteger for unsigned 64-bit values above
     * Long.MAX_VALUE), Double, String, Map (compound), EnumValue, List (array, vlen), ObjectReference,
     * RegionReference, byte[] (opaque, bitfield); null for a null reference.
     */
    public Object[] readValues() {
        byte[] b = readBytes();
        return new ValueDecoder(file).decodeAll(type(), ByteBuffer.wrap(b), b.length / Math.max(1, type().size()));
    }

    /** The selected elements as Java values (see {@link #readValues()}). */
    public Object[] readValues(Selection selection) {
        byte[] b = readBytes(selection);
        return new ValueDecoder(file).decodeAll(type(), ByteBuffer.wrap(b), (int) selection.elementCount());
    }

    /** Every element converted to double (numeric types only). */
    public double[] readDoubles() {
        if (space().kind() == Dataspace.Kind.SIMPLE) {
            double[] d = Conversions.streamDoubles(reader(), Selection.all(space().dims()));
            if (d != null) {
                return d;
            }
        }
        return Conversions.toDoubles(type(), readBytes());
    }

    /** The selected elements converted to double (numeric types only). */
    public double[] readDoubles(Selection selection) {
        double[] d = Conversions.streamDoubles(reader(), selection);
        return d != null ? d : Conversions.toDoubles(type(), readBytes(selection));
    }

    /** Every element converted to long (integer types only). */
    public long[] readLongs() {
        if (space().kind() == Dataspace.Kind.SIMPLE) {
            long[] v = Conversions.streamLongs(reader(), Selection.all(space().dims()));
            if (v != null) {
                return v;
            }
        }
        return Conversions.toLongs(type(), readBytes());
    }

    /** The selected elements converted to long (integer types only). */
    public long[] readLongs(Selection selection) {
        long[] v = Conversions.streamLongs(reader(), selection);
        return v != null ? v : Conversions.toLongs(type(), readBytes(selection));
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
