package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

class FillValueTest {
    static final byte[] OLD = hex("04000000 | 07000000");
    static final byte[] V1_DEFINED = hex("01 02 01 01 | 02000000 | 0700");
    static final byte[] V1_UNDEFINED_WITH_SIZE = hex("01 01 00 00 | 00000000");
    static final byte[] V1_UNDEFINED = hex("01 01 00 00");
    /** As old C library versions wrote it: undefined, and the size field holds (size_t)-1 truncated to 32 bits. */
    static final byte[] V1_UNDEFINED_SIZE_FFFFFFFF = hex("01 02 02 00 | ffffffff");
    static final byte[] V2_DEFINED = hex("02 02 02 01 | 02000000 | 0700");
    static final byte[] V2_DEFINED_DEFAULT = hex("02 02 02 01 | 00000000");
    static final byte[] V2_UNDEFINED = hex("02 03 00 00");
    static final byte[] V3_VALUE = hex("03 2a | 04000000 | ffffffff");
    static final byte[] V3_NO_VALUE = hex("03 09");
    static final byte[] V3_UNDEFINED = hex("03 1a");

    @Test
    void decode_knownBytes_oldMessage() {
        FillValue f = FillValue.decodeOld(reader(OLD, O8));
        assertThat(f.defined()).isTrue();
        assertThat(f.value()).containsExactly(7, 0, 0, 0);
    }

    @Test
    void decode_knownBytes_versions1and2() {
        FillValue v1 = FillValue.decode(reader(V1_DEFINED, O8));
        assertThat(v1.allocationTime()).isEqualTo(2);
        assertThat(v1.fillTime()).isEqualTo(1);
        assertThat(v1.defined()).isTrue();
        assertThat(v1.value()).containsExactly(7, 0);
        assertThat(FillValue.decode(reader(V1_UNDEFINED_WITH_SIZE, O8))).isEqualTo(new FillValue(1, 0, false, null));
        assertThat(FillValue.decode(reader(V1_UNDEFINED, O8))).isEqualTo(new FillValue(1, 0, false, null));
        // the C library reads nothing after an undefined flag, so the size 0xFFFFFFFF is ignored, not refused
        assertThat(FillValue.decode(reader(V1_UNDEFINED_SIZE_FFFFFFFF, O8))).isEqualTo(new FillValue(2, 2, false,
                null));
        assertThat(FillValue.decode(reader(V2_DEFINED, O8)).value()).containsExactly(7, 0);
        FillValue zeros = FillValue.decode(reader(V2_DEFINED_DEFAULT, O8));
        assertThat(zeros.defined()).isTrue();
        assertThat(zeros.value()).isNull();
        assertThat(FillValue.decode(reader(V2_UNDEFINED, O8))).isEqualTo(new FillValue(3, 0, false, null));
    }

    @Test
    void decode_knownBytes_version3() {
        FillValue v = FillValue.decode(reader(V3_VALUE, O8));
        assertThat(v.allocationTime()).isEqualTo(2);
        assertThat(v.fillTime()).isEqualTo(2);
        assertThat(v.defined()).isTrue();
        assertThat(v.value()).containsExactly(-1, -1, -1, -1);
        assertThat(FillValue.decode(reader(V3_NO_VALUE, O8))).isEqualTo(new FillValue(1, 2, true, null));
        assertThat(FillValue.decode(reader(V3_UNDEFINED, O8))).isEqualTo(new FillValue(2, 2, false, null));
    }

    @Test
    void decode_bytesFromCLibrary() {
        FillValue old = FillValue.decodeOld(clib("e8.fill.msg4").reader("FillValueOld", O8));
        assertThat(old.value()).containsExactly(7, 0);
        FillValue v2 = FillValue.decode(clib("e8.fill.msg5").reader("FillValue", O8));
        assertThat(v2.allocationTime()).isEqualTo(2);
        assertThat(v2.fillTime()).isEqualTo(2);
        assertThat(v2.value()).containsExactly(7, 0);
        FillValue v2zero = FillValue.decode(clib("e8.i32be.msg5").reader("FillValue", O8));
        assertThat(v2zero.defined()).isTrue();
        assertThat(v2zero.value()).isNull();
        // vlen types: fill time "on allocation" (0) with the default (empty) value
        assertThat(FillValue.decode(clib("e8.vlen_str.msg5").reader("FillValue", O8)))
                .isEqualTo(new FillValue(2, 0, true, null));
        assertThat(FillValue.decode(clib("l.nofill.msg5").reader("FillValue", O8)))
                .isEqualTo(new FillValue(2, 2, true, null));
        assertThat(FillValue.decode(clib("l.fill.msg5").reader("FillValue", O8)).value())
                .containsExactly(-1, -1, -1, -1);
        assertThat(FillValue.decode(clib("l.implicit.msg5").reader("FillValue", O8)).allocationTime()).isEqualTo(1);
        assertThat(FillValue.decode(clib("l.single.msg5").reader("FillValue", O8)).allocationTime()).isEqualTo(3);
    }

    @Test
    void decode_bytesFromCLibrary_oldVersions() {
        assertThat(FillValue.decodeOld(clib("old.fill_old.msg4").reader("FillValueOld", O8)).value())
                .isEqualTo(hex("0000115c"));
        // version 1 as HDF5 1.6 wrote it: incremental allocation, defined, no value bytes
        assertThat(FillValue.decode(clib("old.deflate.msg5").reader("FillValue", O8)))
                .isEqualTo(new FillValue(3, 0, true, null));
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {V1_DEFINED, V2_DEFINED, V2_DEFINED_DEFAULT, V2_UNDEFINED, V3_VALUE, V3_NO_VALUE}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> FillValue.decode(new FormatReader(x, 0, "F", O8)));
        }
        CodecTestSupport.assertPrefixesRejected(OLD, x -> FillValue.decodeOld(new FormatReader(x, 0, "F", O8)));
        // version 1 without a defined value may stop before the size
        CodecTestSupport.assertPrefixesRejected(V1_UNDEFINED_WITH_SIZE,
                x -> FillValue.decode(new FormatReader(x, 0, "F", O8)), (n, f) -> n >= 4 && !f.defined());
    }

    @Test
    void decode_rejectsBadVersionAndSize() {
        assertThatThrownBy(() -> FillValue.decode(reader(hex("04 0a"), O8))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 1 or 2 or 3, found 4");
        assertThatThrownBy(() -> FillValue.decode(reader(hex("03 2a ffffffff"), O8)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("fill value size too large");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(OLD, V1_DEFINED, V1_UNDEFINED_WITH_SIZE, V2_DEFINED, V2_DEFINED_DEFAULT,
                V3_VALUE, V3_NO_VALUE);
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> FillValue.decode(new FormatReader(ByteBuffer.wrap(b), 0, "F", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> FillValue.decodeOld(new FormatReader(ByteBuffer.wrap(b), 0, "F", O8)));
    }
}
