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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;

class DataspaceCodecTest {
    static final byte[] V1_SCALAR = hex("01 00 00 00 00000000");
    static final byte[] V1_SIMPLE_MAX_O4 = hex("01 02 01 00 00000000 | 02000000 03000000 | ffffffff 0a000000");
    static final byte[] V1_SIMPLE_O8 = hex("01 01 00 00 00000000 | 0700000000000000");
    static final byte[] V2_SCALAR = hex("02 00 00 00");
    static final byte[] V2_NULL = hex("02 00 00 02");
    static final byte[] V2_SIMPLE_MAX_O8 = hex("02 02 01 01 | 0500000000000000 0000000000000000 | ffffffffffffffff 0800000000000000");
    static final byte[] V2_SIMPLE_O4 = hex("02 03 00 01 | 01000000 02000000 03000000");

    private static Dataspace decode(byte[] b, FormatContext ctx) {
        return DataspaceCodec.decode(reader(b, ctx));
    }

    @Test
    void decode_knownBytes_version1() {
        assertThat(decode(V1_SCALAR, O8)).isEqualTo(Dataspace.scalar());
        Dataspace s = decode(V1_SIMPLE_MAX_O4, O4);
        assertThat(s.kind()).isEqualTo(Dataspace.Kind.SIMPLE);
        assertThat(s.dims()).containsExactly(2, 3);
        // with 4-byte lengths 0xFFFFFFFF is the bound 4294967295, as the C library reads it (h5dump prints it)
        assertThat(s.maxDims()).containsExactly(0xFFFFFFFFL, 10);
        Dataspace one = decode(V1_SIMPLE_O8, O8);
        assertThat(one.dims()).containsExactly(7);
        assertThat(one.maxDims()).containsExactly(7);
    }

    @Test
    void decode_knownBytes_version2() {
        assertThat(decode(V2_SCALAR, O8)).isEqualTo(Dataspace.scalar());
        assertThat(decode(V2_NULL, O8)).isEqualTo(Dataspace.nullSpace());
        Dataspace s = decode(V2_SIMPLE_MAX_O8, O8);
        assertThat(s.dims()).containsExactly(5, 0);
        assertThat(s.maxDims()).containsExactly(Dataspace.UNLIMITED, 8);
        assertThat(decode(V2_SIMPLE_O4, O4).dims()).containsExactly(1, 2, 3);
    }

    @Test
    void decode_offsets4_and_offsets8_readLengthsOfTheirSize() {
        // the same dimension 0x0102 as 4- and 8-byte lengths
        assertThat(decode(hex("02 01 00 01 02010000"), O4).dims()).containsExactly(0x102);
        assertThat(decode(hex("02 01 00 01 0201000000000000"), O8).dims()).containsExactly(0x102);
        assertThatThrownBy(() -> decode(hex("02 01 00 01 02010000"), O8)).isInstanceOf(Hdf5FormatException.class);
    }

    @Test
    void decode_bytesFromCLibrary() {
        for (String key : new String[] {"e8.i32be.msg1", "e4.i32be.msg1"}) {
            Dataspace s = DataspaceCodec.decode(clib(key).reader("Dataspace", key.startsWith("e8") ? O8 : O4));
            assertThat(s.dims()).containsExactly(2, 3);
            assertThat(s.maxDims()).containsExactly(2, 3);
        }
        assertThat(DataspaceCodec.decode(clib("l.scalar.msg1").reader("Dataspace", O8))).isEqualTo(Dataspace.scalar());
        assertThat(DataspaceCodec.decode(clib("l.null.msg1").reader("Dataspace", O8))).isEqualTo(Dataspace.nullSpace());
        Dataspace u = DataspaceCodec.decode(clib("l.unlimited.msg1").reader("Dataspace", O8));
        assertThat(u.dims()).containsExactly(2, 3);
        assertThat(u.maxDims()).containsExactly(Dataspace.UNLIMITED, 3);
        Dataspace b = DataspaceCodec.decode(clib("l.btree2.msg1").reader("Dataspace", O8));
        assertThat(b.maxDims()).containsExactly(Dataspace.UNLIMITED, Dataspace.UNLIMITED);
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {V1_SCALAR, V1_SIMPLE_O8, V2_SCALAR, V2_NULL, V2_SIMPLE_MAX_O8}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> DataspaceCodec.decode(new FormatReader(x, 0, "D", O8)));
        }
        for (byte[] b : new byte[][] {V1_SIMPLE_MAX_O4, V2_SIMPLE_O4}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> DataspaceCodec.decode(new FormatReader(x, 0, "D", O4)));
        }
    }

    @Test
    void decode_rejectsBadFields() {
        assertThatThrownBy(() -> decode(hex("03 00 00 00"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Test at 0x1000: version expected 1 or 2, found 3");
        assertThatThrownBy(() -> decode(hex("02 00 00 03"), O8)).hasMessageContaining("dataspace type expected 0 to 2");
        assertThatThrownBy(() -> decode(hex("02 21 00 01"), O8)).hasMessageContaining("rank expected at most 32");
        assertThatThrownBy(() -> decode(hex("02 01 00 01 ffffffffffffffff"), O8))
                .hasMessageContaining("undefined size");
        assertThat(decode(hex("02 01 00 01 ffffffff"), O4).dims()).containsExactly(0xFFFFFFFFL);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1_SCALAR, V1_SIMPLE_MAX_O4, V1_SIMPLE_O8, V2_SCALAR, V2_NULL,
                V2_SIMPLE_MAX_O8, V2_SIMPLE_O4);
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> DataspaceCodec.decode(new FormatReader(ByteBuffer.wrap(b), 0, "D", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> DataspaceCodec.decode(new FormatReader(ByteBuffer.wrap(b), 0, "D", O4)));
    }

    @Property(tries = 300)
    void randomBytes_onlyHdf5Exceptions(@ForAll @IntRange(min = 1, max = 2) int version,
            @ForAll @Size(max = 80) byte[] body) {
        byte[] b = CodecTestSupport.concat(new byte[] {(byte) version}, body);
        CodecTestSupport.onlyHdf5Exceptions(() -> DataspaceCodec.decode(new FormatReader(ByteBuffer.wrap(b), 0, "D", O8)));
    }
}
