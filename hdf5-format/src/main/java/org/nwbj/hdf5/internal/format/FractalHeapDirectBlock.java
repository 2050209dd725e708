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
}
