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

class AttributeInfoTest {
    /** Like the link info message, but the maximum creation index takes 2 bytes. */
    static final byte[] DENSE_ORDERED_O8 = hex("00 03 | 0500 | 0010000000000000 0020000000000000 0030000000000000");
    static final byte[] COMPACT_O4 = hex("00 00 | ffffffff ffffffff");
    static final byte[] TRACKED_O4 = hex("00 01 | 0200 | 00100000 00200000");

    @Test
    void decode_knownBytes() {
        AttributeInfo dense = AttributeInfo.decode(reader(DENSE_ORDERED_O8, O8));
        assertThat(dense).isEqualTo(new AttributeInfo(true, true, 0x1000, 0x2000, 0x3000));
        assertThat(dense.isDense()).isTrue();
        assertThat(AttributeInfo.decode(reader(COMPACT_O4, O4)).isDense()).isFalse();
        assertThat(AttributeInfo.decode(reader(TRACKED_O4, O4)))
                .isEqualTo(new AttributeInfo(true, false, 0x1000, 0x2000, -1));
    }

    @Test
    void decode_bytesFromCLibrary() {
        assertThat(AttributeInfo.decode(clib("l.timed.msg21").reader("AttributeInfo", O8)))
                .isEqualTo(new AttributeInfo(false, false, -1, -1, -1));
        assertThat(AttributeInfo.decode(clib("l.ordered.msg21").reader("AttributeInfo", O8)))
                .isEqualTo(new AttributeInfo(true, true, -1, -1, -1));
        assertThat(AttributeInfo.decode(clib("l.dense.msg21").reader("AttributeInfo", O8)))
                .isEqualTo(new AttributeInfo(true, true, 0xa96, 0xb28, 0xb4e));
    }

    @Test
    void decode_rejectsTruncatedAndBadVersion() {
        CodecTestSupport.assertPrefixesRejected(DENSE_ORDERED_O8, x -> AttributeInfo.decode(new FormatReader(x, 0, "A", O8)));
        CodecTestSupport.assertPrefixesRejected(COMPACT_O4, x -> AttributeInfo.decode(new FormatReader(x, 0, "A", O4)));
        CodecTestSupport.assertPrefixesRejected(TRACKED_O4, x -> AttributeInfo.decode(new FormatReader(x, 0, "A", O4)));
        assertThatThrownBy(() -> AttributeInfo.decode(reader(hex("02 00"), O8))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 0, found 2");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(DENSE_ORDERED_O8, COMPACT_O4, TRACKED_O4);
    }

    @Property(tries = 300)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> AttributeInfo.decode(new FormatReader(ByteBuffer.wrap(b), 0, "A", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> AttributeInfo.decode(new FormatReader(ByteBuffer.wrap(b), 0, "A", O4)));
    }
}
