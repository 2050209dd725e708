package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class MultiDriverInfoTest {
    /** The split block our writer (and the C library's split driver) writes. */
    private static byte[] split(long metaEnd, long rawEnd) {
        return SplitDriverInfo.encode(metaEnd, rawEnd, FormatContext.DEFAULT);
    }

    @Test
    void decodesTheSplitLayout_andRewritesOnlyTheEnds() {
        byte[] block = split(4728, 8276);
        MultiDriverInfo m = MultiDriverInfo.decode(block, 96);
        assertThat(m.memberCount()).isEqualTo(2);
        assertThat(m.memberOf(MultiDriverInfo.SUPER)).isEqualTo(1);
        assertThat(m.memberOf(MultiDriverInfo.DRAW)).isEqualTo(3);
        assertThat(m.memberOf(MultiDriverInfo.GHEAP)).isEqualTo(3);
        assertThat(m.start(1)).isZero();
        assertThat(m.start(3)).isEqualTo(SplitDriverInfo.RAW_START);
        assertThat(m.end(1)).isEqualTo(4728);
        assertThat(m.end(3)).isEqualTo(8276);
        assertThat(m.withEnds(1, 5000, 3, 9000)).isEqualTo(split(5000, 9000));
        assertThat(m.bytes()).isEqualTo(block);
    }

    @Test
    void aDefaultMapEntryMeansTheTypeItself() {
        byte[] split = split(10, 20);
        // global heaps mapped to H5FD_MEM_DEFAULT: a member of their own, a third table entry before the names
        byte[] block = new byte[split.length + 16];
        System.arraycopy(split, 0, block, 0, 16 + 8 + 32);
        block[16 + MultiDriverInfo.GHEAP - 1] = 0;
        ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).putLong(16 + 8 + 32, 0x4000000000000000L)
                .putLong(16 + 8 + 40, 30);
        System.arraycopy(split, 16 + 8 + 32, block, 16 + 8 + 48, split.length - (16 + 8 + 32));
        MultiDriverInfo m = MultiDriverInfo.decode(block, 96);
        assertThat(m.memberCount()).isEqualTo(3);
        assertThat(m.memberOf(MultiDriverInfo.GHEAP)).isEqualTo(MultiDriverInfo.GHEAP);
        assertThat(m.start(MultiDriverInfo.GHEAP)).isEqualTo(0x4000000000000000L);
        assertThat(m.end(MultiDriverInfo.GHEAP)).isEqualTo(30);
    }

    @Test
    void hostileBlocks_failWithTheStructureAndAddress() {
        byte[] block = split(10, 20);
        assertThatThrownBy(() -> MultiDriverInfo.decode(Arrays.copyOf(block, 20), 96))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("MultiDriverInfo")
                .hasMessageContaining("expected at least");
        assertThatThrownBy(() -> MultiDriverInfo.decode(Arrays.copyOf(block, 40), 96))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("member table needs");
        byte[] badMap = block.clone();
        badMap[16] = 9;
        assertThatThrownBy(() -> MultiDriverInfo.decode(badMap, 96)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("mapped to 9");
        byte[] chained = block.clone();
        chained[16 + 1] = 4; // B-tree nodes to type 4 (global heap), itself mapped to 3: not a member
        assertThatThrownBy(() -> MultiDriverInfo.decode(chained, 96)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("not a member");
        byte[] wrongId = block.clone();
        wrongId[8] = 'X';
        assertThatThrownBy(() -> MultiDriverInfo.decode(wrongId, 96)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("NCSAmult");
    }

    @Test
    void endsAreLittleEndianEightByteFields() {
        MultiDriverInfo m = MultiDriverInfo.decode(split(1, 2), 0);
        byte[] out = m.withEnds(1, 0x0102030405060708L, 3, 7);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getLong(16 + 8 + 8)).isEqualTo(0x0102030405060708L);
        assertThat(b.getLong(16 + 8 + 24)).isEqualTo(7);
    }
}
