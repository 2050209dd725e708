package org.nwbj.hdf5;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.ValueDecoder;
import org.nwbj.hdf5.type.DataType;

/** An attribute: a small named value attached to an object. */
public final class Attribute {
    private final FileContext file;
    private final String name;
    private final DataType type;
    private final Dataspace space;
    private final ByteBuffer data;

    Attribute(FileContext file, String name, DataType type, Dataspace space, ByteBuffer data) {
        this.file = file;
        this.name = name;
        this.type = type;
        this.space = space;
        this.data = data;
    }

    /** {@return the attribute's name} */
    public String name() {
        return name;
    }

    /** {@return the datatype of the attribute's elements} */
    public DataType type() {
        return type;
    }

    /** {@return the attribute's shape (scalar, null or simple)} */
    public Dataspace space() {
        return space;
    }

    /** {@return the stored bytes of every element, in C order, in the file's byte order} */
    public byte[] readRaw() {
        long count = space.elementCount();
        // saturate: a corrupt dataspace must fail the size check below, not overflow past it
        long n = type.size() > 0 && count > Long.MAX_VALUE / type.size() ? Long.MAX_VALUE : count * type.size();
        if (n > data.remaining()) {
            throw new Hdf5FormatException("AttributeMessage", -1, "attribute " + name + " needs " + n
                    + " bytes of data, the message holds " + data.remaining());
        }
        byte[] b = new byte[(int) n];
        data.duplicate().get(b);
        return b;
    }

    /** {@return every element as a Java value (see {@link Dataset#readValues()}), flattened in C order} */
    public Object[] readValues() {
        byte[] b = readRaw();
        return new ValueDecoder(file).decodeAll(type, ByteBuffer.wrap(b), (int) space.elementCount());
    }

    /** {@return the value of a scalar (or one-element) string attribute, such as NWB's {@code unit}} */
    public String readString() {
        Object v = single("a string");
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new Hdf5Exception(describe() + " holds " + type + ", not a string");
    }

    /** {@return every element of a string attribute, in C order} */
    public String[] readStrings() {
        Object[] v = readValues();
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] instanceof String s)) {
                throw new Hdf5Exception(describe() + " holds " + type + ", not strings");
            }
            out[i] = s;
        }
        return out;
    }

    /** {@return the value of a scalar (or one-element) numeric attribute as a double (see {@link #readDoubles()})} */
    public double readDouble() {
        single("a number");
        return readDoubles()[0];
    }

    /** {@return the value of a scalar (or one-element) integer attribute as a long (see {@link #readLongs()})} */
    public long readLong() {
        single("an integer");
        return readLongs()[0];
    }

    /** {@return every element as bytes, by the rules of {@link Dataset} ({@link Dataset#readBytes()})} */
    public byte[] readBytes() {
        return (byte[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.BYTE, describe());
    }

    /** {@return every element as shorts, by the rules of {@link Dataset} ({@link Dataset#readShorts()})} */
    public short[] readShorts() {
        return (short[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.SHORT, describe());
    }

    /** {@return every element as ints, by the rules of {@link Dataset} ({@link Dataset#readInts()})} */
    public int[] readInts() {
        return (int[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.INT, describe());
    }

    /** {@return every element as longs, by the rules of {@link Dataset} ({@link Dataset#readLongs()})} */
    public long[] readLongs() {
        return (long[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.LONG, describe());
    }

    /** {@return every element as floats, by the rules of {@link Dataset} ({@link Dataset#readFloats()})} */
    public float[] readFloats() {
        return (float[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.FLOAT, describe());
    }

    /** {@return every element as doubles, by the rules of {@link Dataset} ({@link Dataset#readDoubles()})} */
    public double[] readDoubles() {
        return (double[]) TypedReads.convertAll(type, readRaw(), TypedReads.Target.DOUBLE, describe());
    }

    /** The one element; refuses an attribute of none or several. */
    private Object single(String what) {
        long n = space.elementCount();
        if (n != 1) {
            throw new Hdf5Exception(describe() + " holds " + n + " elements, not " + what + " (use the array reads)");
        }
        return readValues()[0];
    }

    private String describe() {
        return "attribute " + name;
    }

    @Override
    public String toString() {
        return "Attribute[" + name + ", " + type + ", " + space + "]";
    }
}
