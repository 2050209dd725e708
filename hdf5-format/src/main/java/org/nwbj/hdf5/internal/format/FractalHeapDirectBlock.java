package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * A fractal heap direct block ("FHDB"), spec III.G "Fractal Heap Direct Block". Only the prefix is decoded; object
 * data stays in the block buffer because managed heap IDs address it by offset from the block's start.
 */
public record FractalHeapDirectBlock(long address, long heapHeaderAddress, long blockOffset, int dataStart) {
    public static final String STRUCTURE = "FractalHeapDirectBlock";

    /**
     * Decodes and verifies the whole (unfiltered) block held in {@code block} (position 0 .. limit = block size).
     * The checksum, present only when the header's flag bit 1 is set, covers the whole block with the checksum
     * field itself taken as zero.
     */
    public static FractalHeapDirectBlock decode(ByteBuffer block, long address, FractalHeapHeader hdr,
            FormatContext ctx) {
        FormatReader in = new FormatReader(block.duplicate(), address, STRUCTURE, ctx);
        in.signature("FHDB");
        in.version("version", in.u8(), 0);
        long heapAddress = in.offset();
        long blockOffset = in.uint(hdr.heapOffsetSize());
        if (heapAddress != hdr.address()) {
            throw in.fail("heap header address 0x" + Long.toHexString(heapAddress) + " does not point back to 0x"
                    + Long.toHexString(hdr.address()));
        }
        if (hdr.directBlocksChecksummed()) {
            int at = in.position();
            long stored = in.u32();
            ByteBuffer copy = ByteBuffer.allocate(block.limit());
            ByteBuffer src = block.duplicate();
            ((java.nio.Buffer) src).position(0); // via Buffer for Android API 26 (no covariant override)
            copy.put(src);
            for (int i = 0; i < 4; i++) {
                copy.put(at + i, (byte) 0);
            }
            long computed = Checksums.lookup3(copy, 0, copy.limit());
            if (computed != stored) {
                throw new org.nwbj.hdf5.Hdf5ChecksumException(STRUCTURE, address, stored, computed);
            }
        }
        return new FractalHeapDirectBlock(address, heapAddress, blockOffset, in.position());
    }
    /**
     * Writes the prefix (signature, version, heap header address, block offset) into the first bytes of
     * {@code block}, a whole unfiltered block whose objects are already in place after {@code hdr}'s
     * {@link FractalHeapHeader#directBlockHeaderSize direct block header size}, and, when the header asks for it,
     * the checksum over the whole block (computed with the checksum field zero); the mirror of {@link #decode}.
     */
    public static void encodeInto(byte[] block, long heapHeaderAddress, long blockOffset, FractalHeapHeader hdr,
            FormatContext ctx) {
        FormatWriter prefix = new FormatWriter(ctx, hdr.directBlockHeaderSize(ctx));
        prefix.signature("FHDB").u8(0).offset(heapHeaderAddress).uint(blockOffset, hdr.heapOffsetSize());
        byte[] head = prefix.toByteArray();
        System.arraycopy(head, 0, block, 0, head.length);
        if (hdr.directBlocksChecksummed()) {
            for (int i = 0; i < 4; i++) {
                block[head.length + i] = 0;
            }
            long sum = Checksums.lookup3(block, 0, block.length);
            for (int i = 0; i < 4; i++) {
                block[head.length + i] = (byte) (sum >>> (8 * i));
            }
        }
    }

    /** Bytes before the objects of a direct block of the heap {@code hdr}. */
    public static int encodedPrefixSize(FractalHeapHeader hdr, FormatContext ctx) {
        return hdr.directBlockHeaderSize(ctx);
    }
}
