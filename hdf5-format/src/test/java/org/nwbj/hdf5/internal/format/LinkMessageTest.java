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

class LinkMessageTest {
    // version, flags (bits 0-1 name length width, 2 creation order, 3 link type, 4 charset), fields, name, value
    static final byte[] HARD_O8 = hex("01 00 | 04 | 68617264 | 0010000000000000");
    static final byte[] HARD_O4 = hex("01 00 | 01 | 61 | 00100000");
    static final byte[] HARD_WIDTH2 = hex("01 01 | 0300 | 616263 | 0010000000000000");
    static final byte[] HARD_WIDTH4 = hex("01 02 | 03000000 | 616263 | 0010000000000000");
    static final byte[] HARD_WIDTH8 = hex("01 03 | 0300000000000000 | 616263 | 0010000000000000");
    static final byte[] SOFT_ORDER_UTF8 = hex("01 1c | 01 | 0500000000000000 | 01 | 05 | c3a974c3a9 | 0700 | 2f746172676574");
    static final byte[] EXTERNAL = hex("01 08 | 40 | 03 | 657874 | 1500 | 00 6f746865722e683500 2f736f6d652f7061746800");
    static final byte[] USER_DEFINED = hex("01 08 | 41 | 01 | 75 | 0300 | 010203");

    private static LinkMessage decode(byte[] b, FormatContext ctx) {
        FormatReader r = reader(b, ctx);
        LinkMessage m = LinkMessage.decode(r);
        assertThat(r.remaining()).isZero();
        return m;
    }

    @Test
    void decode_knownBytes_hardLinks_offsets4and8() {
        assertThat(decode(HARD_O8, O8)).isEqualTo(new LinkMessage("hard", 0, -1, 0x1000, null, null, null));
        assertThat(decode(HARD_O4, O4)).isEqualTo(new LinkMessage("a", 0, -1, 0x1000, null, null, null));
    }

    @Test
    void decode_knownBytes_nameLengthWidths() {
        for (byte[] b : new byte[][] {HARD_WIDTH2, HARD_WIDTH4, HARD_WIDTH8}) {
            assertThat(decode(b, O8)).isEqualTo(new LinkMessage("abc", 0, -1, 0x1000, null, null, null));
        }
    }

    @Test
    void decode_knownBytes_softWithCreationOrderAndCharset() {
        assertThat(decode(SOFT_ORDER_UTF8, O8))
                .isEqualTo(new LinkMessage("\u00e9t\u00e9", 1, 5, -1, "/target", null, null));
    }

    @Test
    void decode_knownBytes_externalAndUserDefined() {
        assertThat(decode(EXTERNAL, O8)).isEqualTo(new LinkMessage("ext", 64, -1, -1, null, "other.h5", "/some/path"));
        assertThat(decode(USER_DEFINED, O8)).isEqualTo(new LinkMessage("u", 65, -1, -1, null, null, null));
    }

    @Test
    void decode_bytesFromCLibrary() {
        LinkMessage hard = LinkMessage.decode(clib("l.links.msg6").reader("Link", O8));
        assertThat(hard.name()).isEqualTo("hard");
        assertThat(hard.type()).isEqualTo(LinkMessage.HARD);
        assertThat(hard.address()).isEqualTo(0x156);
        assertThat(LinkMessage.decode(clib("l.links.msg6_1").reader("Link", O8)))
                .isEqualTo(new LinkMessage("soft", 1, -1, -1, "/target", null, null));
        assertThat(LinkMessage.decode(clib("l.links.msg6_2").reader("Link", O8)))
                .isEqualTo(new LinkMessage("ext", 64, -1, -1, null, "other.h5", "/some/path"));
        assertThat(LinkMessage.decode(clib("l.links.msg6_3").reader("Link", O8)))
                .isEqualTo(new LinkMessage("\u00e9t\u00e9", 1, -1, -1, "/x", null, null));
        assertThat(LinkMessage.decode(clib("l.ordered.msg6").reader("Link", O8)))
                .isEqualTo(new LinkMessage("a", 1, 0, -1, "/target", null, null));
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {HARD_O8, HARD_WIDTH2, HARD_WIDTH4, HARD_WIDTH8, SOFT_ORDER_UTF8, EXTERNAL,
            USER_DEFINED, clib("l.links.msg6_3").bytes()}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> LinkMessage.decode(new FormatReader(x, 0, "K", O8)));
        }
        CodecTestSupport.assertPrefixesRejected(HARD_O4, x -> LinkMessage.decode(new FormatReader(x, 0, "K", O4)));
    }

    @Test
    void decode_rejectsBadFields() {
        assertThatThrownBy(() -> decode(hex("02 00"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 1, found 2");
        assertThatThrownBy(() -> decode(hex("01 00 00 0010000000000000"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("link name length 0");
        assertThatThrownBy(() -> decode(hex("01 03 ffffffffffffff7f 61"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("link name length");
        // an 8-byte length with the top bit set is not a small length in disguise
        assertThatThrownBy(() -> decode(hex("01 03 0300000000000080 616263 0010000000000000"), O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("link name length");
        assertThatThrownBy(() -> decode(hex("01 08 40 01 65 0500 10 610062 00"), O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("external link version expected 0");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(HARD_O8, HARD_O4, HARD_WIDTH2, HARD_WIDTH4, HARD_WIDTH8, SOFT_ORDER_UTF8,
                EXTERNAL, USER_DEFINED);
    }

    @Property(tries = 1000)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> LinkMessage.decode(new FormatReader(ByteBuffer.wrap(b), 0, "K", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> LinkMessage.decode(new FormatReader(ByteBuffer.wrap(b), 0, "K", O4)));
    }
}
