package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.type.DataType;

/** Something with an object header: a group or a dataset. */
public abstract class WObject {
    final WritableFile file;
    public long address = -1;
    public int capacity;
    /** The continuation block this writer last wrote for the header and its address (null: none). */
    byte[] continuation;
    long continuationAddress = -1;
    public int linkCount;
    public final Map<String, WAttribute> attributes = new LinkedHashMap<>();
    boolean forceDenseAttributes;
    /** Attributes changed since the last flush: dense storage (if needed) is written anew. */
    boolean attributesDirty;
    /** The dense attribute storage this writer last wrote, or null. */
    DenseWriter.Result denseAttributes;
    /** The blocks of {@link #denseAttributes} (released when replaced, reused in modify mode). */
    List<long[]> denseAttributeBlocks;
    /**
     * The header tracks and indexes attribute creation order (as h5py's {@code track_order=True} objects):
     * header flags, a creation index per message, an attribute info message, a creation order index when dense.
     */
    public boolean trackAttributeOrder;
    /** The creation order the next attribute gets (the attribute info message's maximum creation index). */
    public int nextAttributeOrder;
    /** Modify mode: what the adopted object's header held as found; null for objects created by this writer. */
    Found found;
    /**
     * The messages last written (or found when adopted), null before the first flush: an unchanged object is not
     * rewritten (equal messages encode to equal header bytes).
     */
    List<ObjectHeaderChunk.Message> written;

    WObject(WritableFile file) {
        this.file = file;
        file.register(this);
    }

    boolean adopted() {
        return found != null;
    }

    /**
     * Modify mode: this object is the existing header at {@code address} (its first chunk {@code capacity} bytes,
     * {@code linkCount} hard links to it), its links and attributes already in the model; what the model does
     * not represent is in {@code found}. Its messages as of now count as written.
     */
    public void adopt(long address, int capacity, int linkCount, Found found) {
        this.address = address;
        this.capacity = capacity;
        this.linkCount = linkCount;
        this.found = found;
        adopted(found);
        written = messages(false);
    }

    /** Hook for the subclasses' part of {@link #adopt}. */
    void adopted(Found found) {
    }

    /** Hook run at flush before headers are encoded (chunk indexes, heap data). */
    void beforeHeader() {
        for (WAttribute a : attributes.values()) {
            a.prepare(file);
        }
        writeDenseAttributes();
    }

    abstract List<ObjectHeaderChunk.Message> ownMessages(boolean sizing);

    public List<ObjectHeaderChunk.Message> messages(boolean sizing) {
        HeaderBuilder h = new HeaderBuilder(file.ctx).addAll(ownMessages(sizing));
        if (found != null) {
            h.addAll(found.messages);
        }
        h.referenceCount(linkCount);
        if (found != null && found.attributeInfo != null && denseAttributes == null) {
            return h.add(found.attributeInfo).messages();
        }
        // sizing before the dense storage exists: the attribute info message takes the place of the list
        boolean dense = denseAttributes != null || (attributesDirty && needsDenseAttributes());
        return h.attributes(attributes.values(), dense, denseAttributes, trackAttributeOrder, nextAttributeOrder)
                .messages();
    }

    /**
     * Dense storage, as the C library switches to it: more than {@value HeaderBuilder#MAX_COMPACT} attributes, an
     * attribute message too large for an object header, or on request.
     */
    boolean needsDenseAttributes() {
        if (attributes.isEmpty()) {
            return false;
        }
        if (forceDenseAttributes || attributes.size() > HeaderBuilder.MAX_COMPACT) {
            return true;
        }
        for (WAttribute a : attributes.values()) {
            if (a.encode(file.ctx).length > HeaderBuilder.MAX_MESSAGE) {
                return true;
            }
        }
        return false;
    }

    /** Writes the dense attribute storage when attributes changed since the last flush. */
    void writeDenseAttributes() {
        if (!attributesDirty) {
            return;
        }
        attributesDirty = false;
        // an adopted object's existing dense storage is replaced (it stays where it is, unreferenced)
        if (found != null) {
            found.attributeInfo = null;
        }
        if (!needsDenseAttributes()) {
            denseAttributes = null;
            releaseDenseAttributeBlocks(null);
            return;
        }
        file.heap.flush(); // variable-length attribute values need their heap addresses before being stored
        List<String> names = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        long[] orders = trackAttributeOrder ? new long[attributes.size()] : null;
        for (WAttribute a : attributes.values()) {
            if (a.committed != null) {
                a.committed.place(); // the stored message names the committed type's address
            }
            if (orders != null) {
                orders[names.size()] = a.order;
            }
            names.add(a.name);
            bodies.add(a.encode(file.ctx));
        }
        file.out.activity(() -> "the dense attribute storage of " + file.pathOf(this));
        List<long[]> blocks = file.out.track(() -> denseAttributes = DenseWriter.attributes(file.out, names,
                bodies, orders));
        releaseDenseAttributeBlocks(blocks);
    }

    /** The dense storage of the last flush is free once a header not naming it is published (modify mode). */
    void releaseDenseAttributeBlocks(List<long[]> replacement) {
        if (denseAttributeBlocks != null) {
            for (long[] b : denseAttributeBlocks) {
                file.out.release(b[0], b[1]);
            }
        }
        denseAttributeBlocks = replacement;
    }

    /**
     * Dense storage records no header message flags; an adopted attribute carrying some (a shared type, say)
     * cannot move there.
     */
    void checkDenseKeepsFlags() {
        if (!needsDenseAttributes()) {
            return;
        }
        for (WAttribute a : attributes.values()) {
            if (a.flags != 0) {
                throw new org.nwbj.hdf5.Hdf5UnsupportedException("moving the attribute \"" + a.name
                        + "\" of the object at " + address + " (message flags " + a.flags
                        + ") into dense attribute storage");
            }
        }
    }

    /**
     * Records the creation order of this new object's attributes (header flags, creation indexes); for objects
     * created by this writer, before their first attribute.
     */
    public void trackAttributeOrder() {
        file.checkOpen();
        if (written != null || !attributes.isEmpty()) {
            throw new IllegalStateException("attribute creation order is chosen before the first attribute and "
                    + "flush");
        }
        trackAttributeOrder = true;
    }

    /** Keeps attributes in dense storage (fractal heap + name index) even when few and small. */
    public void useDenseAttributes() {
        file.checkOpen();
        forceDenseAttributes = true;
        attributesDirty = true;
    }

    /**
     * Gives the object its file address now (before the flush that writes its header), so that references to
     * it can be written; a header that later outgrows the space continues in a continuation block.
     */
    public long place() {
        file.checkOpen();
        if (address == -1) {
            byte[] h = encodeHeader(true);
            capacity = Math.max(h.length + h.length / 2 + 64, 128);
            address = file.out.allocateWithinPage(capacity);
        }
        return address;
    }

    byte[] encodeHeader(boolean sizing) {
        return new HeaderBuilder(file.ctx).addAll(messages(sizing)).encodeSingleChunk(trackAttributeOrder);
    }

    /** Adds or replaces an attribute; {@code values} holds Strings for variable-length string types. */
    public void setAttribute(String name, DataType type, Dataspace space, byte[] raw, String[] strings) {
        file.checkOpen();
        putAttribute(new WAttribute(name, type, space, raw, strings));
    }

    /** Adds or replaces an attribute whose type is a committed datatype of this file. */
    public void setAttribute(String name, WDatatype committed, Dataspace space, byte[] raw) {
        file.checkOpen();
        WAttribute a = new WAttribute(name, committed.type, space, raw, null);
        a.committed = committed;
        putAttribute(a);
    }

    void putAttribute(WAttribute a) {
        if (trackAttributeOrder) {
            if (nextAttributeOrder >= 0xffff) {
                throw new org.nwbj.hdf5.Hdf5UnsupportedException("a 65,536th attribute creation on the object at "
                        + address + ": creation indexes of attributes have 16 bits");
            }
            // a replaced attribute is a new one, as h5py replaces it: it gets the next creation index
            a.order = nextAttributeOrder;
        }
        WAttribute old = attributes.put(a.name, a);
        try {
            checkDenseKeepsFlags();
        } catch (RuntimeException e) {
            if (old != null) {
                attributes.put(a.name, old);
            } else {
                attributes.remove(a.name);
            }
            throw e;
        }
        file.attributeDropped(old);
        attributesDirty = true;
        if (trackAttributeOrder) {
            nextAttributeOrder++;
        }
    }

    public void deleteAttribute(String name) {
        file.checkOpen();
        WAttribute old = attributes.remove(name);
        if (old != null) {
            file.attributeDropped(old);
            attributesDirty = true;
        }
    }

    /**
     * Stored bytes of Java values of any type (see ValueEncoder); variable-length parts get their heap
     * addresses at the next heap flush. The heap collections holding them are never reused: only those of
     * variable-length string attributes count their users.
     */
    public byte[] encodeValues(DataType type, List<?> elements) {
        file.checkOpen();
        file.heap.keepPendingCollections();
        return new ValueEncoder(file.ctx, file.heap).encode(type, elements);
    }

    public long address() {
        return address;
    }

    /**
     * Rewrites an existing object's header at the next flush even when nothing in it changed (an old-style
     * group then becomes a link-message group); no effect on objects not flushed yet.
     */
    public void rewriteHeader() {
        if (written != null) {
            written = new ArrayList<>();
        }
    }
}
