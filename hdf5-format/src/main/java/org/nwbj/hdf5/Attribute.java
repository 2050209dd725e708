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

    public String name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    public Dataspace space() {
        return space;
    }

    /** The stored bytes of every element, in C order. */
    public byte[] readBytes() {
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

    /** Every element as a Java value (see {@link Dataset#readValues()}), flattened in C order. */
    public Object[] readValues() {
        byte[] b = readBytes();
        return new ValueDecoder(file).decodeAll(type, ByteBuffer.wrap(b), (int) space.elementCount());
    }

    @Override
    public String toString() {
        return "Attribute[" + name + ", " + type + ", " + space + "]";
    }
}
