package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.concat;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class SymbolTableNodeTest {
    static final byte[] TWO_O4 = concat(hex("534e4f44 01 00 0200"), SymbolTableEntryTest.PLAIN_O4,
            SymbolTableEntryTest.SOFT_O4);
    static final byte[] ONE_O8 = concat(hex("534e4f44 01 00 0100"), SymbolTableEntryTest.GROUP_O8);

    @Test
    void decode_knownBytes_offsets4() {
        SymbolTableNode n = SymbolTableNode.decode(reader(TWO_O4, O4), 4);
        assertThat(n.entries()).containsExactly(new SymbolTableEntry(0x20, 0x380, 0, -1, -1, -1),
                new SymbolTableEntry(0x10, 0x240, 2, -1, -1, 0x18));
        assertThat(SymbolTableNode.size(O4, 4)).isEqualTo(8 + 8 * 32);
    }

    @Test
    void decode_knownBytes_offsets8() {
        SymbolTableNode n = SymbolTableNode.decode(reader(ONE_O8, O8), 4);
        assertThat(n.entries()).containsExactly(new SymbolTableEntry(8, 0x60, 1, 0x88, 0x2a8, -1));
    }

    @Test
    void decode_bytesFromCLibrary() {
        for (String key : new String[] {"e8.snod", "e4.snod"}) {
            FormatContext ctx = key.startsWith("e8") ? O8 : O4;
            SymbolTableNode n = SymbolTableNode.decode(clib(key).reader("SymbolTableNode", ctx), 4);
            // the first leaf of the root group: "array", "arraytype", "bitfield", "cattr", "chunked"
            assertThat(n.entries()).hasSize(5);
            assertThat(n.entries()).extracting(SymbolTableEntry::nameOffset)
                    .containsExactly(0x58L, 0xc8L, 0x78L, 0xf8L, 0xa8L);
            // "cattr" is a group: its entry caches the B-tree and heap
            assertThat(n.entries().get(3).cacheType()).isEqualTo(1);
            assertThat(n.entries().get(3).scratchBTree()).isPositive();
            assertThat(n.entries()).filteredOn(e -> e.cacheType() == 0).hasSize(4);
        }
    }

    @Test
    void decode_bytesFromCLibrary_mixedSizes() {
        for (String key : new String[] {"m84", "m48", "m24"}) {
            FormatContext ctx = switch (key) {
                case "m84" -> new FormatContext(8, 4);
                case "m48" -> new FormatContext(4, 8);
                default -> new FormatContext(2, 4);
            };
            SymbolTableNode n = SymbolTableNode.decode(clib(key + ".snod").reader("SymbolTableNode", ctx), 4);
            // "g", "s", "x" in name order; "x" was created first (heap offset 8); "s" is the soft link
            assertThat(n.entries()).extracting(SymbolTableEntry::nameOffset).containsExactly(0x10L, 0x18L, 0x8L);
            assertThat(n.entries()).extracting(SymbolTableEntry::cacheType).containsExactly(1, 2, 0);
        }
    }

    @Test
    void decode_rejectsTruncatedAndOverfull() {
        CodecTestSupport.assertPrefixesRejected(TWO_O4, b -> SymbolTableNode.decode(new FormatReader(b, 0, "S", O4), 4));
        CodecTestSupport.assertPrefixesRejected(ONE_O8, b -> SymbolTableNode.decode(new FormatReader(b, 0, "S", O8), 4));
        assertThatThrownBy(() -> SymbolTableNode.decode(reader(TWO_O4, O4), 0))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("at most 0, found 2");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(TWO_O4, ONE_O8, clib("e4.snod").bytes());
    }

    @Property(tries = 300)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> SymbolTableNode.decode(new FormatReader(ByteBuffer.wrap(b), 0, "S", O4), 4));
        CodecTestSupport.onlyHdf5Exceptions(() -> SymbolTableNode.decode(new FormatReader(ByteBuffer.wrap(b), 0, "S", O8), 32));
    }
}
