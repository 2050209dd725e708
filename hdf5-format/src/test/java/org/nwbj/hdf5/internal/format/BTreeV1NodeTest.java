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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class BTreeV1NodeTest {
    /** A group node (type 0), level 1, two children, keys are heap offsets of names (lengths). */
    static final byte[] GROUP_O4 = hex("""
            54524545 00 01 0200 ffffffff 00500000
            00000000 00010000 | 08000000 00020000 | 10000000
            """);
    /** A raw-data chunk node (type 1) of a 2-D dataset: keys carry size, filter mask and 3 offsets. */
    static final byte[] CHUNK_O8 = hex("""
            54524545 01 00 0200 ffffffffffffffff ffffffffffffffff
            28000000 02000000 0000000000000000 0500000000000000 0000000000000000 | 0030000000000000
            20000000 00000000 0400000000000000 0000000000000000 0000000000000000 | 0031000000000000
            00000000 00000000 0800000000000000 0a00000000000000 0000000000000000
            """);

    @Test
    void decode_knownBytes_groupNode_offsets4() {
        BTreeV1Node n = BTreeV1Node.decode(reader(GROUP_O4, O4), 0, 0);
        assertThat(n.type()).isZero();
        assertThat(n.level()).isEqualTo(1);
        assertThat(n.leftSibling()).isEqualTo(-1);
        assertThat(n.rightSibling()).isEqualTo(0x5000);
        assertThat(n.children()).containsExactly(0x100, 0x200);
        assertThat(n.chunkKeys()).isNull();
        assertThat(n.groupKeys()).containsExactly(0, 8, 0x10);
        assertThat(BTreeV1Node.size(O4, 0, 16, 0)).isEqualTo(8 + 8 + 33 * 4 + 32 * 4);
    }

    @Test
    void decode_knownBytes_chunkNode_offsets8() {
        BTreeV1Node n = BTreeV1Node.decode(reader(CHUNK_O8, O8), 1, 2);
        assertThat(n.type()).isEqualTo(1);
        assertThat(n.level()).isZero();
        assertThat(n.rightSibling()).isEqualTo(-1);
        assertThat(n.children()).containsExactly(0x3000, 0x3100);
        assertThat(n.chunkKeys()).hasSize(2);
        assertThat(n.chunkKeys().get(0)).containsExactly(0x28, 2, 0, 5, 0);
        assertThat(n.chunkKeys().get(1)).containsExactly(0x20, 0, 4, 0, 0);
        assertThat(BTreeV1Node.size(O8, 1, 32, 2)).isEqualTo(8 + 16 + 65 * 32 + 64 * 8);
    }

    @Test
    void decode_bytesFromCLibrary_groupNodes() {
        BTreeV1Node root8 = BTreeV1Node.decode(clib("e8.tree_group").reader("BTreeV1Node", O8), 0, 0);
        assertThat(root8.level()).isZero();
        assertThat(root8.children()).hasSize(4);
        assertThat(root8.children()[0]).isEqualTo(clib("e8.snod").address());
        BTreeV1Node root4 = BTreeV1Node.decode(clib("e4.tree_group").reader("BTreeV1Node", O4), 0, 0);
        assertThat(root4.children()).hasSize(4);
        assertThat(root4.children()[0]).isEqualTo(clib("e4.snod").address());
        // an empty group's node
        assertThat(BTreeV1Node.decode(clib("e4.tree_group_1").reader("BTreeV1Node", O4), 0, 0).children()).isEmpty();
    }

    @Test
    void decode_bytesFromCLibrary_chunkNodes() {
        // a 4x10 dataset in 2x5 chunks, deflate + shuffle + fletcher32: four chunks of 24 stored bytes
        for (String key : new String[] {"e8.tree_chunk", "e4.tree_chunk"}) {
            FormatContext ctx = key.startsWith("e8") ? O8 : O4;
            BTreeV1Node n = BTreeV1Node.decode(clib(key).reader("BTreeV1Node", ctx), 1, 2);
            assertThat(n.level()).isZero();
            assertThat(n.chunkKeys()).extracting(k -> Arrays.toString(k)).containsExactly("[24, 0, 0, 0, 0]",
                    "[24, 0, 0, 5, 0]", "[24, 0, 2, 0, 0]", "[24, 0, 2, 5, 0]");
            for (int i = 1; i < 4; i++) {
                assertThat(n.children()[i]).isEqualTo(n.children()[0] + 24L * i);
            }
        }
    }

    @Test
    void decode_rejectsTruncatedAndWrongType() {
        // a group node's final key is decoded (it bounds the last child); a chunk node's is not needed
        CodecTestSupport.assertPrefixesRejected(GROUP_O4, b -> BTreeV1Node.decode(new FormatReader(b, 0, "B", O4), 0, 0));
        CodecTestSupport.assertPrefixesRejected(CHUNK_O8, b -> BTreeV1Node.decode(new FormatReader(b, 0, "B", O8), 1, 2),
                (n, node) -> n >= CHUNK_O8.length - 32 && node.children().length == 2);
        assertThatThrownBy(() -> BTreeV1Node.decode(reader(GROUP_O4, O4), 1, 2))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("node type expected 1, found 0");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(GROUP_O4, CHUNK_O8, clib("e8.tree_chunk").bytes(),
                clib("e8.tree_group").bytes());
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b, @ForAll @IntRange(max = 1) int type,
            @ForAll @IntRange(max = 4) int rank) {
        CodecTestSupport.onlyHdf5Exceptions(() -> BTreeV1Node.decode(new FormatReader(ByteBuffer.wrap(b), 0, "B", O8), type, rank));
        CodecTestSupport.onlyHdf5Exceptions(() -> BTreeV1Node.decode(new FormatReader(ByteBuffer.wrap(b), 0, "B", O4), type, rank));
    }
}
