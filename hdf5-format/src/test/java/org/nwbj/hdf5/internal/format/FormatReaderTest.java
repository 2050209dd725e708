package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class FormatReaderTest {
    private static FormatReader reader(FormatContext ctx, int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new FormatReader(ByteBuffer.wrap(b), 0x100, "Test", ctx);
    }

    @Test
    void readsLittleEndianFields() {
        FormatReader r = reader(FormatContext.DEFAULT, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07);
        assertThat(r.u8()).isEqualTo(1);
        assertThat(r.u16()).isEqualTo(0x0302);
        assertThat(r.u32()).isEqualTo(0x07060504L);
    }

    @Test
    void offsets4_allOnesIsTheUndefinedAddress() {
        FormatReader r = reader(new FormatContext(4, 4), 0xff, 0xff, 0xff, 0xff, 0x10, 0, 0, 0);
        assertThat(r.offset()).isEqualTo(FormatContext.UNDEFINED);
        assertThat(r.offset()).isEqualTo(0x10);
    }

    @Test
    void truncatedReadNamesStructureAndAddress() {
        FormatReader r = reader(FormatContext.DEFAULT, 1, 2, 3);
        r.u8();
        assertThatThrownBy(r::u32).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Test at 0x101").hasMessageContaining("truncated");
    }

    @Test
    void signatureMismatchSaysExpectedAndFound() {
        FormatReader r = reader(FormatContext.DEFAULT, 'T', 'R', 'E', 'X');
        assertThatThrownBy(() -> r.signature("TREE")).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("expected \"TREE\", found \"TREX\"");
    }

    @Test
    void unterminatedStringIsAFormatError() {
        FormatReader r = reader(FormatContext.DEFAULT, 'a', 'b');
        assertThatThrownBy(r::cString).isInstanceOf(Hdf5FormatException.class);
    }
}
