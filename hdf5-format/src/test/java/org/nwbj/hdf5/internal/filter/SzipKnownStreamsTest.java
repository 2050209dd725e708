package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.FilterParameters;

/** Hand-assembled CCSDS 121.0-B streams, one coding option at a time (8-bit samples, 3-bit option ids). */
class SzipKnownStreamsTest {
    private static final int RAW = 128;
    private static final int LSB = 8;
    private static final int NN = 32;

    /** Bits given as '0'/'1' text (spaces ignored) after the 4-byte little-endian size, zero-padded. */
    private static byte[] chunk(int outSize, String bits) {
        String b = bits.replace(" ", "");
        byte[] out = new byte[4 + (b.length() + 7) / 8];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) (outSize >>> (8 * i));
        }
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '1') {
                out[4 + i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        return out;
    }

    private static String unary(int n) {
        return "0".repeat(n) + "1";
    }

    private static byte[] decode(byte[] chunk, int mask, int ppb, int bpp, int pps) {
        return new SzipFilter().decode(chunk, new FilterParameters(new int[] {mask, ppb, bpp, pps}, 1, 0));
    }

    @Test
    void splitZeroSecondExtensionAndUncompressedBlocks() {
        String block1 = "010" // option id 2: split with k = 1
                + unary(0) + unary(1) + unary(1) + unary(0) + unary(2) + unary(3) + unary(3) + unary(2)
                + "1 0 1 0 1 0 1 0"; // the k low bits of each sample
        String block2 = "000 0" + unary(0); // low entropy, zero block, one block
        String block3 = "000 1" // low entropy, second extension: pairs (0,1) (2,0) (1,1) (0,0)
                + unary(2) + unary(3) + unary(4) + unary(0);
        String block4 = "111 00001001 00001000 00000111 00000110 00000101 00000100 00000011 00000010";
        byte[] out = decode(chunk(32, block1 + block2 + block3 + block4), RAW | LSB, 8, 8, 16);
        assertThat(out).containsExactly(1, 2, 3, 0, 5, 6, 7, 4, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 1, 2, 0, 1, 1, 0, 0, 9, 8, 7, 6, 5, 4, 3, 2);
    }

    @Test
    void zeroRunToTheEndOfTheSegment() {
        // fs 4 means 5 zero blocks: "the rest of this reference sample interval" (here 4 blocks)
        byte[] out = decode(chunk(32, "000 0" + unary(4)), RAW | LSB, 8, 8, 32);
        assertThat(out).hasSize(32).containsOnly(0);
        // fs 5 means 5 blocks, which do not fit in an interval of 4
        assertThatThrownBy(() -> decode(chunk(40, "000 0" + unary(5)), RAW | LSB, 8, 8, 32))
                .isInstanceOf(Hdf5FormatException.class);
    }

    @Test
    void nearestNeighbourPredictorWithReferenceSample() {
        // reference 100, then mapped differences of 101 99 99 102 0 255 250
        String block = "001" + "01100100" // split k = 0, reference sample 100
                + unary(2) + unary(3) + unary(0) + unary(6) + unary(203) + unary(255) + unary(5);
        byte[] out = decode(chunk(8, block), RAW | LSB | NN, 8, 8, 8);
        assertThat(out).containsExactly(100, 101, 99, 99, 102, 0, 255 - 256, 250 - 256);
    }

    @Test
    void sixteenBitSamplesFollowTheByteOrderOption() {
        String block = "1111" + "0000000100000010".repeat(8); // 4-bit id: uncompressed, 0x0102 eight times
        assertThat(decode(chunk(16, block), RAW | LSB, 8, 16, 8)).startsWith(2, 1, 2, 1);
        assertThat(decode(chunk(16, block), RAW | 16, 8, 16, 8)).startsWith(1, 2, 1, 2);
    }

    @Test
    void truncatedStreamIsAFormatError() {
        assertThatThrownBy(() -> decode(chunk(32, "111 0000"), RAW | LSB, 8, 8, 16))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("szip filter");
    }

    @Test
    void sizeThatIsNotWholeSamplesWithPaddedScanlines() {
        // 16-bit samples, 3 pixels per scanline padded to a block of 8, 7 bytes: three samples and a stray byte
        String block = "1111" + "0000000100000010".repeat(8);
        assertThat(decode(chunk(7, block), RAW | LSB, 8, 16, 3)).containsExactly(2, 1, 2, 1, 2, 1, 0);
    }
}
