package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.util.Arrays;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class LayoutTest {
    static final byte[] V1_COMPACT = hex("01 02 00 00 00000000 | 03000000 04000000 | 04000000 | 01020304");
    static final byte[] V1_CONTIGUOUS_O4 = hex("01 02 01 00 00000000 | 00100000 | 0a000000 04000000");
    static final byte[] V2_CHUNKED_O8 = hex("02 03 02 00 00000000 | 0020000000000000 | 02000000 05000000 04000000");
    static final byte[] V3_COMPACT = hex("03 00 0300 aabbcc");
    static final byte[] V3_CONTIGUOUS_O8 = hex("03 01 | 0008000000000000 | 2800000000000000");
    static final byte[] V3_CONTIGUOUS_O4 = hex("03 01 | 00080000 | 28000000");
    static final byte[] V3_CONTIGUOUS_UNALLOCATED = hex("03 01 | ffffffffffffffff | 2800000000000000");
    static final byte[] V3_CHUNKED_O4 = hex("03 02 03 | 002d0000 | 02000000 05000000 04000000");
    // version 4 chunked: flags, rank + 1, dimension width, dimensions, index type, index parameters, address
    static final byte[] V4_SINGLE = hex("04 02 00 03 01 04 04 04 | 01 | 7c11000000000000");
    static final byte[] V4_SINGLE_FILTERED = hex("04 02 02 03 01 04 04 04 | 01 | 0c00000000000000 02000000 | bc11000000000000");
    static final byte[] V4_IMPLICIT = hex("04 02 00 03 01 02 02 04 | 02 | c811000000000000");
    static final byte[] V4_FIXED_ARRAY_WIDTH2 = hex("04 02 01 03 02 0001 0200 0400 | 03 0a | 6e1b000000000000");
    static final byte[] V4_EXTENSIBLE_ARRAY_O4 = hex("04 02 00 03 01 01 03 04 | 04 20 04 04 10 0a | 60280000");
    static final byte[] V4_BTREE2 = hex("04 02 00 03 01 02 02 04 | 05 00080000 64 28 | e210000000000000");
    static final byte[] V4_VIRTUAL = hex("04 03 0010000000000000 00000000");

    private static Layout decode(byte[] b, FormatContext ctx) {
        return Layout.decode(reader(b, ctx));
    }

    @Test
    void decode_knownBytes_versions1and2() {
        Layout compact = decode(V1_COMPACT, O8);
        assertThat(compact.kind()).isEqualTo(Layout.Kind.COMPACT);
        assertThat(compact.size()).isEqualTo(4);
        assertThat(GlobalHeapCollectionTest.bytes(compact.compactData())).containsExactly(1, 2, 3, 4);
        Layout contiguous = decode(V1_CONTIGUOUS_O4, O4);
        assertThat(contiguous.kind()).isEqualTo(Layout.Kind.CONTIGUOUS);
        assertThat(contiguous.address()).isEqualTo(0x1000);
        assertThat(contiguous.size()).isEqualTo(-1);
        Layout chunked = decode(V2_CHUNKED_O8, O8);
        assertThat(chunked.kind()).isEqualTo(Layout.Kind.CHUNKED);
        assertThat(chunked.version()).isEqualTo(2);
        assertThat(chunked.address()).isEqualTo(0x2000);
        assertThat(chunked.chunkDims()).containsExactly(2, 5);
        assertThat(chunked.chunkElementSize()).isEqualTo(4);
        assertThat(chunked.indexType()).isEqualTo(Layout.INDEX_BTREE_V1);
    }

    @Test
    void decode_knownBytes_version3() {
        Layout compact = decode(V3_COMPACT, O8);
        assertThat(compact.kind()).isEqualTo(Layout.Kind.COMPACT);
        assertThat(GlobalHeapCollectionTest.bytes(compact.compactData())).isEqualTo(hex("aabbcc"));
        Layout c8 = decode(V3_CONTIGUOUS_O8, O8);
        assertThat(c8.address()).isEqualTo(0x800);
        assertThat(c8.size()).isEqualTo(0x28);
        Layout c4 = decode(V3_CONTIGUOUS_O4, O4);
        assertThat(c4.address()).isEqualTo(0x800);
        assertThat(c4.size()).isEqualTo(0x28);
        assertThat(decode(V3_CONTIGUOUS_UNALLOCATED, O8).address()).isEqualTo(-1);
        Layout chunked = decode(V3_CHUNKED_O4, O4);
        assertThat(chunked.address()).isEqualTo(0x2d00);
        assertThat(chunked.chunkDims()).containsExactly(2, 5);
        assertThat(chunked.chunkElementSize()).isEqualTo(4);
        assertThat(chunked.indexType()).isEqualTo(Layout.INDEX_BTREE_V1);
    }

    @Test
    void decode_knownBytes_version4_everyIndex() {
        Layout single = decode(V4_SINGLE, O8);
        assertThat(single.indexType()).isEqualTo(Layout.INDEX_SINGLE);
        assertThat(single.chunkDims()).containsExactly(4, 4);
        assertThat(single.chunkElementSize()).isEqualTo(4);
        assertThat(single.address()).isEqualTo(0x117c);
        assertThat(single.flags()).isZero();
        Layout filtered = decode(V4_SINGLE_FILTERED, O8);
        assertThat(filtered.flags()).isEqualTo(2);
        assertThat(filtered.singleFilteredSize()).isEqualTo(12);
        assertThat(filtered.singleFilterMask()).isEqualTo(2);
        assertThat(filtered.address()).isEqualTo(0x11bc);
        Layout implicit = decode(V4_IMPLICIT, O8);
        assertThat(implicit.indexType()).isEqualTo(Layout.INDEX_IMPLICIT);
        assertThat(implicit.indexParams()).isEmpty();
        assertThat(implicit.chunkDims()).containsExactly(2, 2);
        Layout fixed = decode(V4_FIXED_ARRAY_WIDTH2, O8);
        assertThat(fixed.indexType()).isEqualTo(Layout.INDEX_FIXED_ARRAY);
        assertThat(fixed.flags()).isEqualTo(1);
        assertThat(fixed.chunkDims()).containsExactly(0x100, 2);
        assertThat(fixed.chunkElementSize()).isEqualTo(4);
        assertThat(fixed.indexParams()).containsExactly(10);
        assertThat(fixed.address()).isEqualTo(0x1b6e);
        Layout ea = decode(V4_EXTENSIBLE_ARRAY_O4, O4);
        assertThat(ea.indexType()).isEqualTo(Layout.INDEX_EXTENSIBLE_ARRAY);
        assertThat(ea.indexParams()).containsExactly(32, 4, 4, 16, 10);
        assertThat(ea.address()).isEqualTo(0x2860);
        Layout bt = decode(V4_BTREE2, O8);
        assertThat(bt.indexType()).isEqualTo(Layout.INDEX_BTREE_V2);
        assertThat(bt.indexParams()).containsExactly(2048, 100, 40);
        assertThat(bt.address()).isEqualTo(0x10e2);
        assertThat(decode(V4_VIRTUAL, O8).kind()).isEqualTo(Layout.Kind.VIRTUAL);
    }

    @Test
    void decode_bytesFromCLibrary_version3() {
        for (String p : new String[] {"e8", "e4"}) {
            FormatContext ctx = p.equals("e8") ? O8 : O4;
            Layout contiguous = Layout.decode(clib(p + ".i32be.msg8").reader("Layout", ctx));
            assertThat(contiguous.kind()).isEqualTo(Layout.Kind.CONTIGUOUS);
            assertThat(contiguous.size()).isEqualTo(24);
            Layout chunked = Layout.decode(clib(p + ".chunked.msg8").reader("Layout", ctx));
            assertThat(chunked.chunkDims()).containsExactly(2, 5);
            assertThat(chunked.address()).isEqualTo(clib(p + ".tree_chunk").address());
            Layout compact = Layout.decode(clib(p + ".compact2.msg8").reader("Layout", ctx));
            assertThat(compact.kind()).isEqualTo(Layout.Kind.COMPACT);
            assertThat(compact.size()).isEqualTo(4);
            // not yet written: the undefined address
            assertThat(Layout.decode(clib(p + ".bitfield.msg8").reader("Layout", ctx)).address()).isEqualTo(-1);
        }
    }

    @Test
    void decode_bytesFromCLibrary_version4() {
        assertThat(Layout.decode(clib("l.contig.msg8").reader("Layout", O8)).size()).isEqualTo(40);
        assertThat(Layout.decode(clib("l.single.msg8").reader("Layout", O8)).indexType()).isEqualTo(Layout.INDEX_SINGLE);
        Layout filtered = Layout.decode(clib("l.single_filtered.msg8").reader("Layout", O8));
        assertThat(filtered.flags() & 2).isEqualTo(2);
        assertThat(filtered.singleFilteredSize()).isPositive();
        assertThat(Layout.decode(clib("l.implicit.msg8").reader("Layout", O8)).indexType())
                .isEqualTo(Layout.INDEX_IMPLICIT);
        Layout fixed = Layout.decode(clib("l.fixed.msg8").reader("Layout", O8));
        assertThat(fixed.indexType()).isEqualTo(Layout.INDEX_FIXED_ARRAY);
        assertThat(fixed.indexParams()).containsExactly(10);
        Layout ea = Layout.decode(clib("l.earray.msg8").reader("Layout", O8));
        assertThat(ea.indexType()).isEqualTo(Layout.INDEX_EXTENSIBLE_ARRAY);
        assertThat(ea.indexParams()).containsExactly(32, 4, 4, 16, 10);
        assertThat(ea.chunkDims()).containsExactly(2, 2);
        Layout bt = Layout.decode(clib("l.btree2.msg8").reader("Layout", O8));
        assertThat(bt.indexType()).isEqualTo(Layout.INDEX_BTREE_V2);
        assertThat(bt.indexParams()).containsExactly(2048, 100, 40);
    }

    @Test
    void decode_bytesFromCLibrary_version1() {
        // files of HDF5 1.4 to 1.6 in the conformance kit; dimensions end with the element size
        Layout contiguous = Layout.decode(clib("old.fill_old.msg8").reader("Layout", O8));
        assertThat(contiguous.version()).isEqualTo(1);
        assertThat(contiguous.kind()).isEqualTo(Layout.Kind.CONTIGUOUS);
        assertThat(contiguous.address()).isEqualTo(0x800);
        Layout chunked = Layout.decode(clib("old.deflate.msg8").reader("Layout", O8));
        assertThat(chunked.kind()).isEqualTo(Layout.Kind.CHUNKED);
        assertThat(chunked.chunkDims()).containsExactly(50, 50);
        assertThat(chunked.chunkElementSize()).isEqualTo(4);
        assertThat(chunked.address()).isEqualTo(0x628);
        assertThat(Layout.decode(clib("old.tcompound.msg8").reader("Layout", O8)).address()).isEqualTo(0x3f8);
    }

    @Test
    void decode_bytesFromCLibrary_virtual() {
        Layout v = Layout.decode(clib("vds.vds.msg8").reader("Layout", O8));
        assertThat(v.kind()).isEqualTo(Layout.Kind.VIRTUAL);
        assertThat(v.version()).isEqualTo(4);
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {V1_COMPACT, V2_CHUNKED_O8, V3_COMPACT, V3_CONTIGUOUS_O8,
            V3_CONTIGUOUS_UNALLOCATED, V4_SINGLE, V4_SINGLE_FILTERED, V4_IMPLICIT, V4_FIXED_ARRAY_WIDTH2, V4_BTREE2,
            V4_VIRTUAL, clib("l.earray.msg8").bytes()}) {
            // the virtual layout's body is not decoded: only its version and class are needed
            CodecTestSupport.assertPrefixesRejected(b, x -> Layout.decode(new FormatReader(x, 0, "L", O8)),
                    (n, l) -> b == V4_VIRTUAL && n >= 2);
        }
        for (byte[] b : new byte[][] {V1_CONTIGUOUS_O4, V3_CONTIGUOUS_O4, V3_CHUNKED_O4, V4_EXTENSIBLE_ARRAY_O4}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> Layout.decode(new FormatReader(x, 0, "L", O4)));
        }
    }

    @Test
    void decode_rejectsBadFields() {
        assertThatThrownBy(() -> decode(hex("06 01"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected");
        assertThatThrownBy(() -> decode(hex("03 04"), O8)).hasMessageContaining("layout class expected 0 to 3, found 4");
        assertThatThrownBy(() -> decode(hex("01 01 03 00 00000000 00000000 04000000"), O4))
                .hasMessageContaining("layout class expected 0 to 2, found 3");
        assertThatThrownBy(() -> decode(hex("03 02 01 00000000 04000000"), O4))
                .hasMessageContaining("chunked dimensionality expected 2 to 33, found 1");
        assertThatThrownBy(() -> decode(hex("04 02 00 02 00"), O8)).hasMessageContaining("dimension width expected 1 to 8");
        assertThatThrownBy(() -> decode(hex("04 02 00 02 01 04 04 06"), O8))
                .hasMessageContaining("chunk index type expected 1 to 5, found 6");
        assertThatThrownBy(() -> decode(hex("01 01 02 00 00000000 00000000 04000000"), O4))
                .hasMessageContaining("chunked layout needs at least 2 dimensions");
        assertThatThrownBy(() -> decode(hex("01 00 00 00 00000000 ffffffff"), O4))
                .hasMessageContaining("compact data size too large");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1_COMPACT, V1_CONTIGUOUS_O4, V2_CHUNKED_O8, V3_COMPACT, V3_CONTIGUOUS_O8,
                V3_CHUNKED_O4, V4_SINGLE, V4_SINGLE_FILTERED, V4_IMPLICIT, V4_FIXED_ARRAY_WIDTH2,
                V4_EXTENSIBLE_ARRAY_O4, V4_BTREE2);
    }

    @Property(tries = 1000)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> Layout.decode(new FormatReader(ByteBuffer.wrap(b), 0, "L", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> Layout.decode(new FormatReader(ByteBuffer.wrap(b), 0, "L", O4)));
    }

    @Test
    void chunkDimsAreCopies() {
        Layout l = decode(V3_CHUNKED_O4, O4);
        assertThat(Arrays.toString(l.chunkDims())).isEqualTo("[2, 5]");
    }

    @Test
    void version4CompactAndContiguous_encodeLikeVersion3WithTheirVersionByte() {
        assertThat(Layout.encodeCompact(new byte[] {(byte) 0xaa, (byte) 0xbb, (byte) 0xcc}, O8, 4))
                .isEqualTo(hex("04 00 0300 aabbcc"));
        byte[] contiguous = Layout.encodeContiguous(0x800, 0x28, O8, 4);
        assertThat(contiguous).isEqualTo(hex("04 01 | 0008000000000000 | 2800000000000000"));
        Layout l = decode(contiguous, O8);
        assertThat(l.kind()).isEqualTo(Layout.Kind.CONTIGUOUS);
        assertThat(l.address()).isEqualTo(0x800);
        assertThat(decode(Layout.encodeCompact(new byte[] {1, 2}, O8, 4), O8).kind()).isEqualTo(Layout.Kind.COMPACT);
    }
}
