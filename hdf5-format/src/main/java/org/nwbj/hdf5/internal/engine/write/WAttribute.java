package org.nwbj.hdf5.internal.engine.write;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.type.DataType;

/** An attribute held in memory until flush; variable-length strings go to the global heap then. */
public final class WAttribute {
    final String name;
    final DataType type;
    final Dataspace space;
    final byte[] raw;
    final String[] strings;
    byte[] prepared;
    WDatatype committed;
    /** True once the heap collections holding this attribute's strings count it as a user. */
    boolean counted;
    /** The message body of an attribute found in an existing file, kept as it was; else null. */
    final byte[] existingBody;
    /** Header message flags (of an attribute found in an existing file; 0 for new ones). */
    final int flags;
    /** The creation index, where the object tracks attribute creation order. */
    public int order;

    public WAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
        this.name = name;
        this.type = type;
        this.space = space;
        this.raw = raw;
        this.strings = strings;
        this.existingBody = null;
        this.flags = 0;
    }

    /** An attribute whose message body is already encoded (found in an existing file, or copied). */
    public WAttribute(String name, byte[] existingBody, int flags) {
        this.name = name;
        this.type = null;
        this.space = null;
        this.raw = null;
        this.strings = null;
        this.existingBody = existingBody;
        this.flags = flags;
    }

    void prepare(WritableFile f) {
        if (strings != null && prepared == null) {
            prepared = f.vlenStrings(strings);
        }
    }

    byte[] encode(FormatContext ctx) {
        if (existingBody != null) {
            return existingBody;
        }
        byte[] data = strings == null ? raw : prepared != null ? prepared : new byte[strings.length * type.size()];
        if (committed != null) {
            return AttributeMessage.encode(name, SharedMessageRef.encodeCommitted(committed.address, ctx), true,
                    DataspaceCodec.encode(space, ctx), data, ctx);
        }
        return AttributeMessage.encode(name, DatatypeCodec.encode(type, ctx), false,
                DataspaceCodec.encode(space, ctx), data, ctx);
    }

    /** The attribute message, with this attribute's flags and creation index. */
    public ObjectHeaderChunk.Message message(FormatContext ctx) {
        // a committed type is a reference to another header: the message must not be treated as constant;
        // an attribute found in an existing file keeps its flags
        return new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), flags, encode(ctx), order);
    }
}
