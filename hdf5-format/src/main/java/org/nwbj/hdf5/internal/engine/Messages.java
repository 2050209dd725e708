package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.type.DataType;

/** Decodes header messages that may be shared (committed datatypes, SOHM heap) into their values. */
public final class Messages {
    private Messages() {
    }

    /** A reader over the message's real body, following a shared reference when the message is shared. */
    public static FormatReader body(FileContext f, HeaderMessage m, String structure) {
        if (!m.isShared()) {
            return m.reader(structure, f.ctx());
        }
        SharedMessageRef ref = SharedMessageRef.decode(m.reader(structure, f.ctx()));
        if (ref.inHeap()) {
            ByteBuffer b = DenseStorage.sharedMessage(f, m.typeId(), ref.heapId());
            return new FormatReader(b, -1, structure + " (shared)", f.ctx());
        }
        ObjectHeader target = f.header(ref.address());
        HeaderMessage real = target.first(MessageType.of(m.typeId()));
        if (real == null) {
            throw new Hdf5FormatException(structure, m.address(), "shared message points to the object header at 0x"
                    + Long.toHexString(ref.address()) + ", which has no message of type " + m.typeId());
        }
        if (real.isShared()) {
            throw new Hdf5FormatException(structure, m.address(), "shared message points to another shared message");
        }
        return real.reader(structure, f.ctx());
    }

    public static DataType datatype(FileContext f, HeaderMessage m) {
        return DatatypeCodec.decode(body(f, m, "DatatypeMessage"));
    }

    public static Dataspace dataspace(FileContext f, HeaderMessage m) {
        return DataspaceCodec.decode(body(f, m, "DataspaceMessage"));
    }

    /** The datatype of an object (dataset or committed datatype). */
    public static DataType datatype(FileContext f, ObjectHeader h) {
        HeaderMessage m = h.first(MessageType.DATATYPE);
        if (m == null) {
            throw new Hdf5FormatException("ObjectHeader", h.address(), "no datatype message");
        }
        return datatype(f, m);
    }

    public static Dataspace dataspace(FileContext f, ObjectHeader h) {
        HeaderMessage m = h.first(MessageType.DATASPACE);
        if (m == null) {
            throw new Hdf5FormatException("ObjectHeader", h.address(), "no dataspace message");
        }
        return dataspace(f, m);
    }

    /** All attributes of an object, compact and dense, in stored order. */
    public static List<AttributeMessage> attributes(FileContext f, ObjectHeader h) {
        return attributes(f, h, null);
    }

    /**
     * As {@link #attributes(FileContext, ObjectHeader)}, adding each attribute's creation order (-1 where the
     * header does not record one) to {@code orders} when not null.
     */
    public static List<AttributeMessage> attributes(FileContext f, ObjectHeader h, List<Long> orders) {
        List<AttributeMessage> out = new ArrayList<>();
        for (HeaderMessage m : h.all(MessageType.ATTRIBUTE)) {
            out.add(AttributeMessage.decode(body(f, m, "AttributeMessage")));
            if (orders != null) {
                orders.add((long) m.creationOrder());
            }
        }
        HeaderMessage ai = h.first(MessageType.ATTRIBUTE_INFO);
        if (ai != null) {
            AttributeInfo info = AttributeInfo.decode(ai.reader("AttributeInfoMessage", f.ctx()));
            if (info.isDense()) {
                DenseStorage.attributes(f, info, out, orders);
            }
        }
        return out;
    }

    /** True when the object's header tracks attribute creation order (version 2 header flag bit 2). */
    public static boolean tracksAttributeOrder(ObjectHeader h) {
        return h.version() == 2 && (h.v2Flags() & 0x04) != 0;
    }
}
