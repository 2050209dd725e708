package org.nwbj.hdf5;

import org.nwbj.hdf5.internal.engine.write.WObject;
import org.nwbj.hdf5.type.DataType;

/** A group, dataset or committed datatype being written: attributes can be set on all of them. */
public abstract sealed class NodeWriter permits GroupWriter, DatasetWriter, DatatypeWriter {
    abstract WObject object();

    /**
     * Sets an attribute from a Java value: String or String[] (variable-length UTF-8, as h5py writes str), Long,
     * Integer, Short, Byte, Double, Float, Boolean or a 1-D array of those.
     *
     * @param name the attribute's name; an existing attribute of that name is replaced
     * @param value the value
     */
    public void setAttribute(String name, Object value) {
        DataType t = ValueBytes.typeOf(value);
        setAttribute(name, t, value);
    }

    /**
     * Sets an attribute of an explicit type from a Java value: a Java array (also Object[]) is a 1-D attribute of
     * its elements, anything else one scalar element. Elements take the forms {@link Dataset#readValues()} returns
     * (Map for compounds, List for arrays and sequences, EnumValue, ObjectReference, RegionReference, byte[] for
     * opaque), so values read from a file write back unchanged.
     *
     * @param name the attribute's name; an existing attribute of that name is replaced
     * @param type the stored type
     * @param value the value
     */
    public void setAttribute(String name, DataType type, Object value) {
        long[] dims = ValueBytes.dimsOf(value);
        setAttribute(name, type, dims, value);
    }

    /**
     * Sets an attribute of the given dimensions (none: scalar) from its elements in C order.
     *
     * @param name the attribute's name; an existing attribute of that name is replaced
     * @param type the stored type
     * @param dims the dimensions; none for a scalar
     * @param values a Java array of the elements in C order
     */
    public void setAttribute(String name, DataType type, long[] dims, Object values) {
        Dataspace space = dims.length == 0 ? Dataspace.scalar() : Dataspace.simple(dims, dims);
        String[] strings = ValueBytes.strings(values);
        if (strings != null && type instanceof org.nwbj.hdf5.type.StringType st && st.isVariable()) {
            checkCount(space, strings.length);
            object().setAttribute(name, type, space, null, strings);
        } else if (ValueBytes.isSimple(type, values)) {
            byte[] raw = ValueBytes.encode(type, values);
            checkCount(space, raw.length / Math.max(1, type.size()));
            object().setAttribute(name, type, space, raw, null);
        } else {
            java.util.List<Object> elements = ValueBytes.elements(values);
            checkCount(space, elements.size());
            object().setAttribute(name, type, space, object().encodeValues(type, elements), null);
        }
    }

    /** Sets an attribute whose type is a committed datatype of this file (see {@link #setAttribute(String,
     * DataType, Object)} for the value forms).
     *
     * @param name the attribute's name; an existing attribute of that name is replaced
     * @param committed the committed datatype
     * @param value the value
     */
    public void setAttribute(String name, DatatypeWriter committed, Object value) {
        long[] dims = ValueBytes.dimsOf(value);
        Dataspace space = dims.length == 0 ? Dataspace.scalar() : Dataspace.simple(dims, dims);
        java.util.List<Object> elements = ValueBytes.elements(value);
        object().setAttribute(name, committed.datatype(), space,
                object().encodeValues(committed.type(), elements));
    }

    private static void checkCount(Dataspace space, long n) {
        if (space.elementCount() != n) {
            throw new Hdf5Exception("attribute of " + space.elementCount() + " elements given " + n + " values");
        }
    }

    /**
     * Sets an attribute from stored element bytes.
     *
     * @param name the attribute's name; an existing attribute of that name is replaced
     * @param type the stored type
     * @param space the attribute's shape
     * @param raw the stored bytes of every element, in C order and the file's byte order
     */
    public void setAttribute(String name, DataType type, Dataspace space, byte[] raw) {
        object().setAttribute(name, type, space, raw.clone(), null);
    }

    /**
     * Keeps this object's attributes in dense storage (a fractal heap indexed by name) however few they are. Dense
     * storage is also chosen, as the C library does, for more than 8 attributes or an attribute over 64 KiB.
     */
    public void useDenseAttributes() {
        object().useDenseAttributes();
    }

    /**
     * {@return file address of the object header, or -1 until a {@link Hdf5Writer#flush()} (or {@link #reference()})
     * has placed it; the 8 bytes of an object reference ({@link org.nwbj.hdf5.type.DataTypes#objectReference()}) hold
     * this address, little-endian}
     */
    public long address() {
        return object().address();
    }

    /**
     * {@return an object reference to this object, to write into datasets or attributes of type
     * {@link org.nwbj.hdf5.type.DataTypes#objectReference()}; gives the object its file address now if needed}
     */
    public ObjectReference reference() {
        return new ObjectReference(object().place());
    }

    /**
     * Removes an attribute (no effect when absent).
     *
     * @param name the attribute's name
     */
    public void deleteAttribute(String name) {
        object().deleteAttribute(name);
    }
}
