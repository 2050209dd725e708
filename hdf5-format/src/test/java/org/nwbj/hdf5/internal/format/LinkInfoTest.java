package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class LinkInfoTest {
    /** Creation order tracked and indexed: max creation index (8 bytes), heap, name index, order index. */
    static final byte[] DENSE_ORDERED_O8 = hex("00 03 | 0500000000000000 | 0010000000000000 0020000000000000 0030000000000000");
    static final byte[] COMPACT_O4 = hex("00 00 | ffffffff ffffffff");
    static final byte[] TRACKED_O4 = hex("00 01 | 0200000000000000 | 00100000 00200000");

    @Test
    void decode_knownBytes() {
        LinkInfo dense = LinkInfo.decode(reader(DENSE_ORDERED_O8, O8));
        assertThat(dense).isEqualTo(new LinkInfo(true, true, 0x1000, 0x2000, 0x3000));
        assertThat(dense.isDense()).isTrue();
        LinkInfo compact = LinkInfo.decode(reader(COMPACT_O4, O4));
        assertThat(compact).isEqualTo(new LinkInfo(false, false, -1, -1, -1));
        assertThat(compact.isDense()).isFalse();
        assertThat(LinkInfo.decode(reader(TRACKED_O4, O4))).isEqualTo(new LinkInfo(true, false, 0x1000, 0x2000, -1));
    }

    @Test
    void decode_bytesFromCLibrary() {
        assertThat(LinkInfo.decode(clib("l.links.msg2").reader("LinkInfo", O8)))
                .isEqualTo(new LinkInfo(false, false, -1, -1, -1));
        assertThat(LinkInfo.decode(clib("l.ordered.msg2").reader("LinkInfo", O8)))
                .isEqualTo(new LinkInfo(true, true, -1, -1, -1));
        LinkInfo dense = LinkInfo.decode(clib("l.dense.msg2").reader("LinkInfo", O8));
        assertThat(dense).isEqualTo(new LinkInfo(true, true, 0x566, 0x5f8, 0x61e));
    }

    @Test
    void decode_rejectsTruncatedAndBadVersion() {
        CodecTestSupport.assertPrefixesRejected(DENSE_ORDERED_O8, x -> LinkInfo.decode(new FormatReader(x, 0, "I", O8)));
        CodecTestSupport.assertPrefixesRejected(COMPACT_O4, x -> LinkInfo.decode(new FormatReader(x, 0, "I", O4)));
        CodecTestSupport.assertPrefixesRejected(TRACKED_O4, x -> LinkInfo.decode(new FormatReader(x, 0, "I", O4)));
        assertThatThrownBy(() -> LinkInfo.decode(reader(hex("01 00"), O8))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Test at 0x1000: version expected 0, found 1");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(DENSE_ORDERED_O8, COMPACT_O4, TRACKED_O4);
    }

    @Property(tries = 300)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> LinkInfo.decode(new FormatReader(ByteBuffer.wrap(b), 0, "I", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> LinkInfo.decode(new FormatReader(ByteBuffer.wrap(b), 0, "I", O4)));
    }
}
