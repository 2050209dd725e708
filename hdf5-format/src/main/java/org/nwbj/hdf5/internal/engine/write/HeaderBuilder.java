package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.DataspaceCodec;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.FillValue;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.internal.format.SharedMessageRef;
import org.nwbj.hdf5.type.DataType;

/**
 * The messages of one object header, in the order and with the storage rules every writer path uses: new objects
 * and rewritten ones ({@link WObject}, {@link WGroup}, {@link WDataset}) and copies ({@code copy.FileCopier}). The chunks they are laid
 * out in are the caller's ({@link WritableFile#encodeHeader} adds continuations; the copier sizes one chunk).
 *
 * <p>Links and attributes go to dense storage by the C library's rule: more than its default
 * {@value #MAX_COMPACT} compact ones (max_compact of the group and object creation properties), or one message
 * too large for a header message ({@value #MAX_MESSAGE} bytes, the message size field). There is no limit on
 * their total: a header holding eight large messages grows continuation chunks, as the C library's does.
 */
public final class HeaderBuilder {
    /** The C library's default max_compact for links and for attributes. */
    static final int MAX_COMPACT = 8;
    /** The largest body a header message's 2-byte size field can describe. */
    static final int MAX_MESSAGE = 0xffff;

    private final FormatContext ctx;
    private final List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();

    public HeaderBuilder(FormatContext ctx) {
        this.ctx = ctx;
    }

    /** Whether links or attributes with these message bodies go to dense storage (see the class comment). */
    public static boolean needsDense(List<byte[]> bodies) {
        return bodies.size() > MAX_COMPACT || tooLarge(bodies);
    }

    /** Whether one of the bodies cannot be a header message: such links and attributes must be dense. */
    static boolean tooLarge(List<byte[]> bodies) {
        for (byte[] b : bodies) {
            if (b.length > MAX_MESSAGE) {
                return true;
            }
        }
        return false;
    }

    public HeaderBuilder add(ObjectHeaderChunk.Message m) {
        msgs.add(m);
        return this;
    }

    public HeaderBuilder add(MessageType type, int flags, byte[] body) {
        return add(new ObjectHeaderChunk.Message(type.id(), flags, body));
    }

    HeaderBuilder addAll(List<ObjectHeaderChunk.Message> ms) {
        msgs.addAll(ms);
        return this;
    }

    /**
     * A group's link messages: the link info naming the dense storage at {@code dense} (zeros while sizing before
     * it exists), or the compact link info followed by one link message per body; a group info message either way.
     */
    public HeaderBuilder links(boolean trackOrder, long nextOrder, DenseWriter.Result dense, List<byte[]> bodies) {
        if (dense != null) {
            add(MessageType.LINK_INFO, 0, LinkInfo.encode(trackOrder, nextOrder, dense.heapAddress(),
                    dense.nameIndexAddress(), dense.orderIndexAddress(), ctx));
            return add(MessageType.GROUP_INFO, 0, new byte[] {0, 0});
        }
        add(MessageType.LINK_INFO, 0, LinkInfo.encodeCompact(trackOrder, nextOrder, ctx));
        add(MessageType.GROUP_INFO, 0, new byte[] {0, 0});
        for (byte[] body : bodies) {
            add(MessageType.LINK, 0, body);
        }
        return this;
    }

    /**
     * A new dataset's own messages, in the one order the writer and the copier give them: dataspace, datatype, fill
     * value (a version 2 body, {@code fillValue}), filter pipeline (when it has filters), layout.
     */
    public HeaderBuilder dataset(Dataspace space, ObjectHeaderChunk.Message datatype, byte[] fillValue,
            FilterPipeline filters, byte[] layout) {
        add(MessageType.DATASPACE, 0, DataspaceCodec.encode(space, ctx));
        add(datatype);
        add(MessageType.FILL_VALUE, HeaderMessage.FLAG_CONSTANT, fillValue);
        if (filters != null && !filters.filters().isEmpty()) {
            add(MessageType.FILTER_PIPELINE, HeaderMessage.FLAG_CONSTANT, filters.encode(ctx));
        }
        return add(MessageType.LAYOUT, 0, layout);
    }

    /**
     * A fill value message body (version 2) with the space allocation time of the C library's defaults: early for
     * compact datasets (and those whose chunks are allocated with them), incremental for chunked, late for
     * contiguous; {@code value} null: no fill value defined.
     */
    public static byte[] fillValue(boolean early, boolean chunked, byte[] value, FormatContext ctx) {
        return FillValue.encode(early ? 1 : chunked ? 3 : 2, 2, value, ctx);
    }

    /**
     * A datatype message: the type itself (constant), or, when {@code committedAddress} is not -1, a reference to
     * the committed datatype whose header is there (0 while sizing before it is placed).
     */
    public static ObjectHeaderChunk.Message datatype(DataType type, long committedAddress, FormatContext ctx) {
        if (committedAddress != -1) {
            return new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(),
                    HeaderMessage.FLAG_SHARED | HeaderMessage.FLAG_CONSTANT,
                    SharedMessageRef.encodeCommitted(committedAddress, ctx));
        }
        return new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), HeaderMessage.FLAG_CONSTANT,
                DatatypeCodec.encode(type, ctx));
    }

    /** The reference count message, present only for objects with more than one hard link. */
    public HeaderBuilder referenceCount(int linkCount) {
        if (linkCount > 1) {
            byte[] rc = new byte[5];
            HeapWriter.putLe(rc, 1, linkCount, 4);
            add(MessageType.REFERENCE_COUNT, 0, rc);
        }
        return this;
    }

    /** The attribute info message naming dense attribute storage ({@code at}: zeros while sizing). */
    public HeaderBuilder denseAttributes(boolean trackOrder, int nextOrder, DenseWriter.Result at) {
        return add(MessageType.ATTRIBUTE_INFO, 0, AttributeInfo.encode(trackOrder, nextOrder, at.heapAddress(),
                at.nameIndexAddress(), at.orderIndexAddress(), ctx));
    }

    /**
     * An object's attributes, dense or compact: where {@code dense}, the attribute info message naming the storage
     * at {@code at} (null while sizing before it exists), else their messages (see {@link #compactAttributes}).
     */
    public HeaderBuilder attributes(Iterable<WAttribute> attributes, boolean dense, DenseWriter.Result at,
            boolean trackOrder, int nextOrder) {
        if (dense) {
            return denseAttributes(trackOrder, nextOrder, at != null ? at : new DenseWriter.Result(0, 0, 0));
        }
        List<ObjectHeaderChunk.Message> list = new ArrayList<>();
        for (WAttribute a : attributes) {
            list.add(a.message(ctx));
        }
        return compactAttributes(list, trackOrder, nextOrder);
    }

    /**
     * Compact attribute messages; where creation order is tracked, an attribute info message after them holds
     * the next creation index, as the C library keeps it on such objects.
     */
    public HeaderBuilder compactAttributes(List<ObjectHeaderChunk.Message> attributes, boolean trackOrder, int nextOrder) {
        addAll(attributes);
        if (trackOrder) {
            add(MessageType.ATTRIBUTE_INFO, 0, AttributeInfo.encode(true, nextOrder, -1, -1, -1, ctx));
        }
        return this;
    }

    public List<ObjectHeaderChunk.Message> messages() {
        return msgs;
    }

    /**
     * The messages as one version 2 header chunk (no gap); {@code trackAttributeOrder} sets the header flags that
     * give each message a creation index. Headers that may need continuation chunks are laid out by
     * {@link WritableFile}.
     */
    public byte[] encodeSingleChunk(boolean trackAttributeOrder) {
        return ObjectHeaderChunk.encodeV2(msgs, 0, ctx, trackAttributeOrder);
    }
}
