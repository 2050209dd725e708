package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SymbolTableEntryTest {
    /** Cache type 1 (group): B-tree 0x88, heap 0x2a8. */
    static final byte[] GROUP_O8 = hex("""
            0800000000000000 6000000000000000 01000000 00000000 | 8800000000000000 a802000000000000
            """);
    /** Cache type 2 (soft link): the link value's heap offset in the first 4 scratch bytes. */
    static final byte[] SOFT_O4 = hex("""
            10000000 40020000 02000000 00000000 | 18000000 000000000000000000000000
            """);
    /** Cache type 0: nothing cached, the scratch pad is still 16 bytes. */
    static final byte[] PLAIN_O4 = hex("20000000 80030000 00000000 00000000 | 00000000000000000000000000000000");

    @Test
    void decode_knownBytes_groupCache_offsets8() {
        FormatReader r = reader(GROUP_O8, O8);
        SymbolTableEntry e = SymbolTableEntry.decode(r);
        assertThat(e).isEqualTo(new SymbolTableEntry(8, 0x60, 1, 0x88, 0x2a8, -1));
        assertThat(r.position()).isEqualTo(SymbolTableEntry.size(O8)).isEqualTo(40);
    }

    @Test
    void decode_knownBytes_softLinkCache_offsets4() {
        FormatReader r = reader(SOFT_O4, O4);
        assertThat(SymbolTableEntry.decode(r)).isEqualTo(new SymbolTableEntry(0x10, 0x240, 2, -1, -1, 0x18));
        assertThat(r.position()).isEqualTo(SymbolTableEntry.size(O4)).isEqualTo(32);
    }

    @Test
    void decode_knownBytes_noCache_offsets4() {
        assertThat(SymbolTableEntry.decode(reader(PLAIN_O4, O4)))
                .isEqualTo(new SymbolTableEntry(0x20, 0x380, 0, -1, -1, -1));
    }

    @Test
    void decode_bytesFromCLibrary() {
        // the root group's entry at the end of the version 0 superblock, 8- and 4-byte offsets
        byte[] sb8 = clib("e8.superblock").bytes();
        SymbolTableEntry root8 = SymbolTableEntry.decode(reader(Arrays.copyOfRange(sb8, 56, 96), O8));
        assertThat(root8).isEqualTo(new SymbolTableEntry(0, 0x60, 1, 0x88, 680, -1));
        byte[] sb4 = clib("e4.superblock").bytes();
        SymbolTableEntry root4 = SymbolTableEntry.decode(reader(Arrays.copyOfRange(sb4, 40, 72), O4));
        assertThat(root4).isEqualTo(new SymbolTableEntry(0, 0x48, 1, 0x70, 388, -1));
        // the first entry of a symbol table node: the dataset "array" (name at heap offset 0x58)
        byte[] snod = clib("e8.snod").bytes();
        SymbolTableEntry first = SymbolTableEntry.decode(reader(Arrays.copyOfRange(snod, 8, 48), O8));
        assertThat(first.nameOffset()).isEqualTo(0x58);
        assertThat(first.cacheType()).isZero();
        assertThat(first.objectHeaderAddress()).isEqualTo(clib("e8.array.msg1").address() - 24);
    }

    @Test
    void decode_bytesFromCLibrary_mixedOffsetAndLengthSizes() {
        // the C library writes the name offset with "size of lengths" bytes, the header address with "size of offsets"
        FormatContext o8l4 = new FormatContext(8, 4);
        byte[] m84 = clib("m84.snod").bytes();
        FormatReader r = reader(java.util.Arrays.copyOfRange(m84, 8, m84.length), o8l4);
        assertThat(SymbolTableEntry.decode(r)).isEqualTo(new SymbolTableEntry(0x10, 0x4c0, 1, 0x4e8, 0x684, -1));
        assertThat(r.position()).isEqualTo(SymbolTableEntry.size(o8l4)).isEqualTo(36);
        FormatContext o4l8 = new FormatContext(4, 8);
        byte[] m48 = clib("m48.snod").bytes();
        FormatReader r48 = reader(java.util.Arrays.copyOfRange(m48, 8, m48.length), o4l8);
        assertThat(SymbolTableEntry.decode(r48)).isEqualTo(new SymbolTableEntry(0x10, 0x4bc, 1, 0x4e4, 0x67c, -1));
        // the soft link "s": no object header, the link value at heap offset 0x20
        assertThat(SymbolTableEntry.decode(r48)).isEqualTo(new SymbolTableEntry(0x18, -1, 2, -1, -1, 0x20));
        assertThat(SymbolTableEntry.size(o4l8)).isEqualTo(36);
    }

    @Test
    void decode_rejectsTruncated() {
        CodecTestSupport.assertPrefixesRejected(GROUP_O8, b -> SymbolTableEntry.decode(new FormatReader(b, 0, "T", O8)));
        CodecTestSupport.assertPrefixesRejected(SOFT_O4, b -> SymbolTableEntry.decode(new FormatReader(b, 0, "T", O4)));
    }

    @Property(tries = 300)
    void randomBytes_onlyHdf5Exceptions(@ForAll @Size(max = 60) byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> SymbolTableEntry.decode(new FormatReader(ByteBuffer.wrap(b), 0, "T", O4)));
        CodecTestSupport.onlyHdf5Exceptions(() -> SymbolTableEntry.decode(new FormatReader(ByteBuffer.wrap(b), 0, "T", O8)));
    }
}
