package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    @Test
    void uint_readsEveryWidthAndRejectsNonZeroHighBytes() {
        assertThat(reader(FormatContext.DEFAULT, 1, 2, 3).uint(3)).isEqualTo(0x030201);
        assertThat(reader(FormatContext.DEFAULT).uint(0)).isZero();
        FormatReader wide = reader(FormatContext.DEFAULT, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(wide.uint(16)).isEqualTo(1);
        FormatReader tooWide = reader(FormatContext.DEFAULT, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThatThrownBy(() -> tooWide.uint(16)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("does not fit in 64 bits");
    }

    @Test
    void offsets2_and_offsets8_undefinedAddresses() {
        FormatReader r2 = reader(new FormatContext(2, 2), 0xff, 0xff, 0x34, 0x12, 0xff, 0xff);
        assertThat(r2.offset()).isEqualTo(FormatContext.UNDEFINED);
        assertThat(r2.offset()).isEqualTo(0x1234);
        assertThat(r2.length()).isEqualTo(-1);
        FormatReader r8 = reader(FormatContext.DEFAULT, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
        assertThat(r8.offset()).isEqualTo(FormatContext.UNDEFINED);
        assertThat(FormatContext.isDefined(-1)).isFalse();
        assertThat(FormatContext.isDefined(0)).isTrue();
    }

    @Test
    void formatContext_rejectsOddSizes() {
        assertThatThrownBy(() -> new FormatContext(3, 8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("size of offsets expected 2, 4, 8 or 16, found 3");
        assertThatThrownBy(() -> new FormatContext(8, 0)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("size of lengths");
    }

    @Test
    void u32AsInt_rejectsValuesAboveIntMax() {
        assertThat(reader(FormatContext.DEFAULT, 0xff, 0xff, 0xff, 0x7f).u32AsInt("n")).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> reader(FormatContext.DEFAULT, 0, 0, 0, 0x80).u32AsInt("n"))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("n too large: 2147483648");
    }

    @Test
    void positionSkipSliceAndRequireStayInsideTheStructure() {
        FormatReader r = reader(FormatContext.DEFAULT, 1, 2, 3, 4, 5);
        r.skip(1);
        ByteBuffer s = r.slice(2);
        assertThat(s.remaining()).isEqualTo(2);
        assertThat(s.get(0)).isEqualTo((byte) 2);
        assertThat(r.position()).isEqualTo(3);
        assertThat(r.address()).isEqualTo(0x103);
        assertThatThrownBy(() -> r.position(6)).isInstanceOf(Hdf5FormatException.class).hasMessageContaining("position 6");
        assertThatThrownBy(() -> r.position(-1)).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> r.skip(-1)).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> r.slice(3)).isInstanceOf(Hdf5FormatException.class);
        assertThatThrownBy(() -> r.require(Long.MAX_VALUE)).isInstanceOf(Hdf5FormatException.class);
        r.position(0);
        assertThat(r.remaining()).isEqualTo(5);
    }

    @Test
    void unknownBaseAddressIsReportedAsUnknown() {
        FormatReader r = new FormatReader(ByteBuffer.wrap(new byte[1]), -1, "Blob", FormatContext.DEFAULT);
        assertThat(r.address()).isEqualTo(-1);
        assertThatThrownBy(r::u16).hasMessageContaining("Blob at (unknown address)");
    }

    @Test
    void cString_decodesUtf8AndConsumesTheTerminator() {
        FormatReader r = reader(FormatContext.DEFAULT, 0xc3, 0xa9, 0, 'x', 0);
        assertThat(r.cString()).isEqualTo("\u00e9");
        assertThat(r.cString()).isEqualTo("x");
        assertThat(r.remaining()).isZero();
    }

    @Test
    void versionNamesEveryAllowedValue() {
        FormatReader r = reader(FormatContext.DEFAULT, 7);
        assertThatThrownBy(() -> r.version("version", r.u8(), 1, 2)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Test at 0x100: version expected 1 or 2, found 7");
    }

    @Test
    void checksumMismatchNamesStoredAndComputed() {
        byte[] data = {1, 2, 3, 4};
        long sum = Checksums.lookup3(data, 0, 4);
        FormatReader ok = reader(FormatContext.DEFAULT, 1, 2, 3, 4, (int) (sum & 0xff), (int) (sum >> 8 & 0xff),
                (int) (sum >> 16 & 0xff), (int) (sum >>> 24));
        ok.skip(4);
        ok.checksum(0);
        assertThat(ok.remaining()).isZero();
        FormatReader bad = reader(FormatContext.DEFAULT, 1, 2, 3, 4, 0, 0, 0, 0);
        bad.skip(4);
        assertThatThrownBy(() -> bad.checksum(0)).isInstanceOf(org.nwbj.hdf5.Hdf5ChecksumException.class)
                .hasMessageContaining("Test");
    }

    @Property(tries = 500)
    void randomReadsOnlyThrowFormatExceptions(@ForAll @Size(max = 24) byte[] bytes,
            @ForAll @Size(max = 12) java.util.List<@IntRange(max = 12) Integer> ops) {
        FormatReader r = new FormatReader(ByteBuffer.wrap(bytes), 0, "P", new FormatContext(4, 8));
        try {
            for (int op : ops) {
                switch (op) {
                    case 0 -> r.u8();
                    case 1 -> r.u16();
                    case 2 -> r.u32();
                    case 3 -> r.u64();
                    case 4 -> r.offset();
                    case 5 -> r.length();
                    case 6 -> r.cString();
                    case 7 -> r.slice(3);
                    case 8 -> r.uint(5);
                    case 9 -> r.signature("TREE");
                    case 10 -> r.u32AsInt("x");
                    case 11 -> r.skip(7);
                    default -> r.checksum(0);
                }
            }
        } catch (Hdf5FormatException expected) {
            assertThat(expected.structure()).isEqualTo("P");
        }
    }
}
