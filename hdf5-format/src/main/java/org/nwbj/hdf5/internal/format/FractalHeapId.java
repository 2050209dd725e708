package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * A fractal heap ID (spec III.G, "Fractal Heap ID"): the first byte holds the version (0, bits 6-7) and the type
 * (bits 4-5) of the object it names: a managed object (offset and length in the heap's address space), a huge
 * object (its address and length in the ID, or a key into the heap's B-tree of huge objects) or a tiny object (the
 * data itself). IDs are stored at the heap's full ID length; the unused tail is zeros.
 */
public sealed interface FractalHeapId {
    String STRUCTURE = "FractalHeapId";
    int MANAGED = 0;
    int HUGE = 1;
    int TINY = 2;

    /** A managed object: its offset in the heap's address space and its length. */
    record Managed(long offset, long length) implements FractalHeapId {
    }

    /** A huge object addressed by the ID: filter mask and unfiltered size only in filtered heaps (else 0, -1). */
    record HugeDirect(long address, long length, int filterMask, long memorySize) implements FractalHeapId {
    }

    /** A huge object named by its key in the heap's B-tree of huge objects. */
    record HugeIndirect(long key) implements FractalHeapId {
    }

    /** A tiny object: its bytes are in the ID. */
    record Tiny(byte[] data) implements FractalHeapId {
        @Override
        public boolean equals(Object o) {
            return o instanceof Tiny t && Arrays.equals(data, t.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Tiny[" + data.length + " bytes]";
        }
    }

    /**
     * The fields of a heap's header that shape its IDs: the ID length, the widths of a managed ID's offset and
     * length, and whether the heap has I/O filters (huge IDs then carry a filter mask and the unfiltered size).
     */
    record Shape(int idLength, int heapOffsetSize, int managedLengthSize, boolean filtered) {
        /** The shape of {@code header}'s IDs. */
        public static Shape of(FractalHeapHeader header) {
            return new Shape(header.heapIdLength(), header.heapOffsetSize(), header.managedLengthSize(),
                    header.hasFilters());
        }

        /** Huge objects carry address and length in the ID when they fit after the type byte. */
        public boolean hugeIdsDirect(FormatContext ctx) {
            int needed = ctx.offsetSize() + ctx.lengthSize() + (filtered ? 4 + ctx.lengthSize() : 0);
            return needed <= idLength - 1;
        }

        /** Width of the key of an indirect huge ID. */
        public int hugeKeySize() {
            return Math.min(idLength - 1, 8);
        }

        /** Tiny objects of IDs longer than 18 bytes take a second length byte. */
        public boolean tinyLengthExtended() {
            return idLength > 18;
        }

        /** The largest tiny object: the ID less its type byte (and the second length byte when extended). */
        public int maxTiny() {
            int room = idLength - 1;
            return tinyLengthExtended() ? Math.min(room - 1, 4096) : Math.min(room, 16);
        }
    }

    /** Decodes {@code id} of a heap (at {@code heapAddress}, for messages) whose IDs have {@code shape}. */
    static FractalHeapId decode(byte[] id, Shape shape, long heapAddress, FormatContext ctx) {
        FormatReader in = new FormatReader(ByteBuffer.wrap(id), -1, STRUCTURE, ctx);
        int first = in.u8();
        if ((first >>> 6) != 0) {
            throw new Hdf5FormatException(STRUCTURE, heapAddress, "heap ID version", 0, first >>> 6);
        }
        int type = (first >>> 4) & 3;
        switch (type) {
            case MANAGED:
                return new Managed(in.uint(shape.heapOffsetSize()), in.uint(shape.managedLengthSize()));
            case HUGE:
                if (!shape.hugeIdsDirect(ctx)) {
                    return new HugeIndirect(in.uint(shape.hugeKeySize()));
                }
                long address = in.offset();
                long length = in.length();
                if (!shape.filtered()) {
                    return new HugeDirect(address, length, 0, -1);
                }
                int mask = (int) in.u32();
                return new HugeDirect(address, length, mask, in.length());
            case TINY:
                int n = shape.tinyLengthExtended() ? (((first & 0x0f) << 8) | in.u8()) + 1 : (first & 0x0f) + 1;
                return new Tiny(in.bytes(n));
            default:
                throw new Hdf5FormatException(STRUCTURE, heapAddress, "heap ID type", "0, 1 or 2", type);
        }
    }

    /** The type of the object {@code id} names (its first byte's bits 4-5), without decoding the rest. */
    static int typeOf(byte[] id) {
        return id.length == 0 ? -1 : (id[0] >>> 4) & 3;
    }

    /** The stored ID, {@link #encodedSize} bytes. */
    default byte[] encode(Shape shape, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, shape.idLength());
        if (this instanceof Managed m) {
            w.u8(MANAGED << 4).uint(m.offset(), shape.heapOffsetSize()).uint(m.length(), shape.managedLengthSize());
        } else if (this instanceof HugeDirect h) {
            w.u8(HUGE << 4).offset(h.address()).length(h.length());
            if (shape.filtered()) {
                w.u32(h.filterMask() & 0xffffffffL).length(h.memorySize());
            }
        } else if (this instanceof HugeIndirect h) {
            w.u8(HUGE << 4).uint(h.key(), shape.hugeKeySize());
        } else {
            byte[] data = ((Tiny) this).data();
            if (data.length == 0 || data.length > shape.maxTiny()) {
                throw new IllegalArgumentException("a tiny heap object of " + data.length + " bytes in IDs of "
                        + shape.idLength());
            }
            int n = data.length - 1;
            if (shape.tinyLengthExtended()) {
                w.u8((TINY << 4) | (n >>> 8)).u8(n & 0xff);
            } else {
                w.u8((TINY << 4) | n);
            }
            w.bytes(data);
        }
        byte[] b = w.toByteArray();
        if (b.length > shape.idLength()) {
            throw new IllegalArgumentException("a heap ID of " + b.length + " bytes in IDs of " + shape.idLength());
        }
        return Arrays.copyOf(b, shape.idLength());
    }

    /** Stored IDs are as long as the heap says. */
    default int encodedSize(Shape shape) {
        return shape.idLength();
    }
}
