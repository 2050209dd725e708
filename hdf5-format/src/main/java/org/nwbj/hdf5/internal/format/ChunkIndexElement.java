package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * One element of a fixed or extensible array used as a chunk index, by client ID (spec: "Fixed Array Data Block"
 * and "Extensible Array Data Block" element descriptions): client 0 stores a chunk address; client 1 a filtered
 * chunk's address, its stored size ("entry size - size of offsets - 4" bytes) and filter mask.
 *
 * @param size stored size of a filtered chunk, -1 for client 0
 */
public record ChunkIndexElement(long address, long size, int filterMask) {
    public static final int CLIENT_CHUNKS = 0;
    public static final int CLIENT_FILTERED_CHUNKS = 1;

    /** Checks that {@code entrySize} fits the client's element layout. */
    public static void checkLayout(FormatReader in, int clientId, int entrySize) {
        FormatContext ctx = in.ctx();
        switch (clientId) {
            case CLIENT_CHUNKS -> {
                if (entrySize != ctx.offsetSize()) {
                    throw in.fail("element size " + entrySize + " for non-filtered chunks, expected "
                            + ctx.offsetSize());
                }
            }
            case CLIENT_FILTERED_CHUNKS -> {
                int sizeLength = entrySize - ctx.offsetSize() - 4;
                if (sizeLength < 1 || sizeLength > 8) {
                    throw in.fail("element size " + entrySize + " leaves " + sizeLength
                            + " bytes for the chunk size of filtered chunks");
                }
            }
            default -> throw in.fail("client ID " + clientId + " is not a chunk index (0 or 1)");
        }
    }

    public static ChunkIndexElement read(FormatReader in, int clientId, int entrySize) {
        long address = in.offset();
        if (clientId == CLIENT_CHUNKS) {
            return new ChunkIndexElement(address, -1, 0);
        }
        long size = in.uint(entrySize - in.ctx().offsetSize() - 4);
        int mask = (int) in.u32();
        return new ChunkIndexElement(address, size, mask);
    }

    /** Decodes {@code count} consecutive elements. */
    public static ChunkIndexElement[] readAll(FormatReader in, int clientId, int entrySize, int count) {
        in.require((long) count * entrySize);
        ChunkIndexElement[] out = new ChunkIndexElement[count];
        for (int i = 0; i < count; i++) {
            out[i] = read(in, clientId, entrySize);
        }
        return out;
    }

    /**
     * A data block page of a fixed or extensible array: {@code count} elements followed by a checksum over them.
     */
    public static ChunkIndexElement[] decodePage(ByteBuffer buf, long address, String structure, int clientId,
            int entrySize, int count, FormatContext ctx) {
        FormatReader in = new FormatReader(buf, address, structure, ctx);
        int start = in.position();
        ChunkIndexElement[] elements = readAll(in, clientId, entrySize, count);
        in.checksum(start);
        return elements;
    }

    /** Appends this element as client {@code clientId} stores it in {@code entrySize} bytes; mirror of read. */
    public void encode(FormatWriter w, int clientId, int entrySize) {
        w.offset(address);
        if (clientId != CLIENT_CHUNKS) {
            w.uint(size, entrySize - w.ctx().offsetSize() - 4).u32(filterMask & 0xffffffffL);
        }
    }

    /** Appends {@code elements} back to back. */
    public static void encodeAll(FormatWriter w, ChunkIndexElement[] elements, int clientId, int entrySize) {
        for (ChunkIndexElement e : elements) {
            e.encode(w, clientId, entrySize);
        }
    }

    /** A data block page: the elements and a checksum over them; the mirror of {@link #decodePage}. */
    public static byte[] encodePage(ChunkIndexElement[] elements, int clientId, int entrySize, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, encodedPageSize(elements.length, entrySize));
        encodeAll(w, elements, clientId, entrySize);
        w.checksum(0);
        return w.toByteArray();
    }

    public static int encodedPageSize(int count, int entrySize) {
        return count * entrySize + 4;
    }

    /** Bit {@code i} of a page-initialized bitmap; HDF5 numbers bits from the most significant bit of byte 0. */
    public static boolean bit(byte[] bitmap, long i) {
        return (bitmap[(int) (i >>> 3)] & (0x80 >>> (int) (i & 7))) != 0;
    }
}
