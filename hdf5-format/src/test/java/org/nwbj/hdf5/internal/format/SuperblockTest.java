package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.concat;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.withChecksum;

import java.nio.ByteBuffer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;

class SuperblockTest {
    private static final String SIG = "89 48 44 46 0d 0a 1a 0a";

    /** Version 0, 8-byte offsets and lengths, root entry caching a B-tree at 0x88 and a heap at 0x2a8. */
    static final byte[] V0 = hex(SIG + """
            00 00 00 00 | 00 08 08 00 | 0400 1000 | 00000000
            0000000000000000 ffffffffffffffff 0010000000000000 ffffffffffffffff
            0000000000000000 6000000000000000 01000000 00000000 8800000000000000 a802000000000000
            """);

    /** Version 1: adds the indexed storage K (64) and 2 reserved bytes; 4-byte offsets and lengths. */
    static final byte[] V1_O4 = hex(SIG + """
            01 00 00 00 | 00 04 04 00 | 0800 2000 | 01000000 | 4000 0000
            00000000 ffffffff 00200000 ffffffff
            00000000 60000000 01000000 00000000 88000000 a8020000 0000000000000000
            """);

    static final byte[] V2 = withChecksum(hex(SIG + """
            02 08 08 00
            0000000000000000 ffffffffffffffff 0020000000000000 3000000000000000
            """));

    static final byte[] V3_O4 = withChecksum(hex(SIG + """
            03 04 04 05
            00000000 40010000 00200000 30000000
            """));

    @Test
    void decode_knownBytes_v0() {
        Superblock s = Superblock.decode(ByteBuffer.wrap(V0), 0);
        assertThat(s.version()).isZero();
        assertThat(s.ctx()).isEqualTo(FormatContext.DEFAULT);
        assertThat(s.groupLeafK()).isEqualTo(4);
        assertThat(s.groupInternalK()).isEqualTo(16);
        assertThat(s.chunkBTreeK()).isEqualTo(32);
        assertThat(s.baseAddress()).isZero();
        assertThat(s.freeSpaceAddress()).isEqualTo(-1);
        assertThat(s.endOfFileAddress()).isEqualTo(0x1000);
        assertThat(s.driverInfoAddress()).isEqualTo(-1);
        assertThat(s.extensionAddress()).isEqualTo(-1);
        assertThat(s.rootObjectHeader()).isEqualTo(0x60);
        assertThat(s.rootScratchBTree()).isEqualTo(0x88);
        assertThat(s.rootScratchHeap()).isEqualTo(0x2a8);
    }

    @Test
    void decode_knownBytes_v1_offsets4() {
        Superblock s = Superblock.decode(ByteBuffer.wrap(V1_O4), 0);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.ctx()).isEqualTo(new FormatContext(4, 4));
        assertThat(s.groupLeafK()).isEqualTo(8);
        assertThat(s.groupInternalK()).isEqualTo(32);
        assertThat(s.chunkBTreeK()).isEqualTo(64);
        assertThat(s.flags()).isEqualTo(1);
        assertThat(s.freeSpaceAddress()).isEqualTo(-1);
        assertThat(s.endOfFileAddress()).isEqualTo(0x2000);
        assertThat(s.rootObjectHeader()).isEqualTo(0x60);
        assertThat(s.rootScratchBTree()).isEqualTo(0x88);
        assertThat(s.rootScratchHeap()).isEqualTo(0x2a8);
    }

    @Test
    void decode_knownBytes_v2() {
        Superblock s = Superblock.decode(ByteBuffer.wrap(V2), 0);
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.ctx()).isEqualTo(FormatContext.DEFAULT);
        assertThat(s.extensionAddress()).isEqualTo(-1);
        assertThat(s.endOfFileAddress()).isEqualTo(0x2000);
        assertThat(s.rootObjectHeader()).isEqualTo(0x30);
        assertThat(s.rootScratchBTree()).isEqualTo(-1);
        assertThat(s.freeSpaceAddress()).isEqualTo(-1);
    }

    @Test
    void decode_knownBytes_v3_offsets4() {
        Superblock s = Superblock.decode(ByteBuffer.wrap(V3_O4), 0);
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.ctx()).isEqualTo(new FormatContext(4, 4));
        assertThat(s.flags()).isEqualTo(5);
        assertThat(s.extensionAddress()).isEqualTo(0x140);
        assertThat(s.endOfFileAddress()).isEqualTo(0x2000);
        assertThat(s.rootObjectHeader()).isEqualTo(0x30);
    }

    @Test
    void decode_atNonZeroAddress_userBlock() {
        // a superblock behind a 512-byte user block: decoding reads from the buffer position
        ByteBuffer b = ByteBuffer.wrap(concat(new byte[512], V2));
        b.position(512);
        Superblock s = Superblock.decode(b, 512);
        assertThat(s.rootObjectHeader()).isEqualTo(0x30);
    }

    @Test
    void decode_bytesFromCLibrary_v0_offsets8() {
        Superblock s = Superblock.decode(clib("e8.superblock").buffer(), 0);
        assertThat(s.version()).isZero();
        assertThat(s.ctx()).isEqualTo(FormatContext.DEFAULT);
        assertThat(s.groupLeafK()).isEqualTo(4);
        assertThat(s.groupInternalK()).isEqualTo(16);
        assertThat(s.rootObjectHeader()).isEqualTo(0x60);
        assertThat(s.rootScratchBTree()).isEqualTo(0x88);
        assertThat(s.rootScratchHeap()).isEqualTo(680); // the HEAP found by signature at 680
        assertThat(s.endOfFileAddress()).isGreaterThan(18000);
    }

    @Test
    void decode_bytesFromCLibrary_v0_offsets4() {
        Superblock s = Superblock.decode(clib("e4.superblock").buffer(), 0);
        assertThat(s.ctx()).isEqualTo(new FormatContext(4, 4));
        assertThat(s.freeSpaceAddress()).isEqualTo(-1);
        assertThat(s.driverInfoAddress()).isEqualTo(-1);
        assertThat(s.rootObjectHeader()).isEqualTo(0x48);
        assertThat(s.rootScratchHeap()).isEqualTo(388);
    }

    @Test
    void decode_bytesFromCLibrary_v1() {
        Superblock s = Superblock.decode(clib("sb1.superblock").buffer(), 0);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.chunkBTreeK()).isNotEqualTo(32);
        assertThat(s.rootObjectHeader()).isPositive();
    }

    @Test
    void decode_bytesFromCLibrary_v2_v3() {
        Superblock v2 = Superblock.decode(clib("v108.superblock").buffer(), 0);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.rootObjectHeader()).isEqualTo(0x30);
        Superblock v3 = Superblock.decode(clib("l.superblock").buffer(), 0);
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.rootObjectHeader()).isEqualTo(0x30);
        assertThat(v3.extensionAddress()).isEqualTo(-1);
        assertThat(v3.endOfFileAddress()).isEqualTo(0x485f);
    }

    @Test
    void decode_bytesFromCLibrary_mixedOffsetAndLengthSizes() {
        Superblock m84 = Superblock.decode(clib("m84.superblock").buffer(), 0);
        assertThat(m84.ctx()).isEqualTo(new FormatContext(8, 4));
        assertThat(m84.rootObjectHeader()).isEqualTo(0x5c);
        Superblock m48 = Superblock.decode(clib("m48.superblock").buffer(), 0);
        assertThat(m48.ctx()).isEqualTo(new FormatContext(4, 8));
        assertThat(m48.rootObjectHeader()).isEqualTo(0x4c);
        Superblock m24 = Superblock.decode(clib("m24.superblock").buffer(), 0);
        assertThat(m24.ctx()).isEqualTo(new FormatContext(2, 4));
        assertThat(m24.endOfFileAddress()).isEqualTo(0x840);
        assertThat(m24.freeSpaceAddress()).isEqualTo(-1);
        assertThat(m24.rootObjectHeader()).isEqualTo(0x3e);
        assertThat(m24.rootScratchBTree()).isEqualTo(0x66);
        assertThat(m24.rootScratchHeap()).isEqualTo(0x136);
    }

    @Test
    void decode_bytesFromCLibrary_v3_offsets4() throws Exception {
        // a libver=latest file with 4-byte offsets and lengths from the chunk index tests
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                SuperblockTest.class.getResource("/heaps/ea_plain_o4.h5").toURI()));
        Superblock s = Superblock.decode(ByteBuffer.wrap(file), 0);
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.ctx()).isEqualTo(new FormatContext(4, 4));
        assertThat(s.endOfFileAddress()).isEqualTo(file.length);
        assertThat(s.rootObjectHeader()).isEqualTo(0x20);
        CodecTestSupport.assertPrefixesRejected(java.util.Arrays.copyOf(file, 32), b -> Superblock.decode(b, 0));
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] full : new byte[][] {V0, V1_O4, V2, V3_O4, clib("e4.superblock").bytes()}) {
            CodecTestSupport.assertPrefixesRejected(full, b -> Superblock.decode(b, 0));
        }
    }

    @Test
    void decode_rejectsBadChecksumVersionAndSizes() {
        byte[] bad = V2.clone();
        bad[20] ^= 1;
        assertThatThrownBy(() -> Superblock.decode(ByteBuffer.wrap(bad), 0)).isInstanceOf(Hdf5ChecksumException.class);
        byte[] v4 = V0.clone();
        v4[8] = 4;
        assertThatThrownBy(() -> Superblock.decode(ByteBuffer.wrap(v4), 0)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Superblock at 0x8").hasMessageContaining("version expected 0 or 1 or 2 or 3, found 4");
        byte[] size3 = V0.clone();
        size3[13] = 3;
        assertThatThrownBy(() -> Superblock.decode(ByteBuffer.wrap(size3), 0))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("size of offsets");
        byte[] k0 = V0.clone();
        k0[16] = 0;
        assertThatThrownBy(() -> Superblock.decode(ByteBuffer.wrap(k0), 0))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("K must be positive");
    }

    @Test
    void hasSignature() {
        assertThat(Superblock.hasSignature(ByteBuffer.wrap(V0))).isTrue();
        assertThat(Superblock.hasSignature(ByteBuffer.wrap(hex("894844460d0a1a")))).isFalse();
        assertThat(Superblock.hasSignature(ByteBuffer.wrap(hex("894844460d0a1a0b")))).isFalse();
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V0, V1_O4, V2, V3_O4, clib("e8.superblock").bytes());
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> Superblock.decode(ByteBuffer.wrap(b), 0));
    }

    @Property(tries = 300)
    void randomBytes_onlyHdf5Exceptions(@ForAll @Size(max = 120) byte[] body) {
        byte[] b = concat(hex(SIG), body);
        CodecTestSupport.onlyHdf5Exceptions(() -> Superblock.decode(ByteBuffer.wrap(b), 0));
    }
}
