package org.nwbj.hdf5;

import org.nwbj.hdf5.internal.engine.WritableFile;
import org.nwbj.hdf5.type.DataType;

/** A group or dataset being written: attributes can be set on both. */
public abstract sealed class NodeWriter permits GroupWriter, DatasetWriter {
    abstract WritableFile.WObject object();

    /**
     * Sets an attribute from a Java value: String or String[] (variable-length UTF-8, as h5py writes str), Long,
     * Integer, Short, Byte, Double, Float, Boolean or a 1-D array of those.
     */
    public void setAttribute(String name, Object value) {
        DataType t = ValueBytes.typeOf(value);
        setAttribute(name, t, value);
    }

    /** Sets an attribute of an explicit type from a Java value (see {@link #setAttribute(String, Object)}). */
    public void setAttribute(String name, DataType type, Object value) {
        long[] dims = ValueBytes.dimsOf(value);
        Dataspace space = dims.length == 0 ? Dataspace.scalar() : Dataspace.simple(dims, dims);
        String[] strings = ValueBytes.strings(value);
        if (strings != null && type instanceof org.nwbj.hdf5.type.StringType st && st.isVariable()) {
            object().setAttribute(name, type, space, null, strings);
        } else {
            object().setAttribute(name, type, space, ValueBytes.encode(type, value), null);
        }
    }

    /** Sets an attribute from stored element bytes. */
    public void setAttribute(String name, DataType type, Dataspace space, byte[] raw) {
        object().setAttribute(name, type, space, raw.clone(), null);
    }

    /**
     * File address of the object header, or -1 until a {@link Hdf5Writer#flush()} has placed it; the 8 bytes of an
     * object reference ({@link org.nwbj.hdf5.type.DataTypes#objectReference()}) hold this address, little-endian.
     */
    public long address() {
        return object().address();
    }

    /** Removes an attribute (no effect when absent). */
    public void deleteAttribute(String name) {
        object().deleteAttribute(name);
    }
}
