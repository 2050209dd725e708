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
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.StringType;

class AttributeMessageTest {
    /** Version 1: name, datatype and dataspace each padded to 8 bytes (12-byte bitfield type: 4 bytes of padding). */
    static final byte[] V1 = hex("""
            01 00 0200 0c00 0800
            6100 000000000000
            14000000 01000000 0000 0800 | 00000000
            01 00 00 00 00000000
            ff
            """);
    /** Version 2: no padding; the shared datatype flag; datatype is a shared message (committed, v2). */
    static final byte[] V2_SHARED_TYPE = hex("""
            02 01 0200 0a00 0400
            6200
            02 02 e71f000000000000
            02 00 00 00
            0100
            """);
    /** Version 3: a charset byte after the sizes; the name is UTF-8. */
    static final byte[] V3_UTF8 = hex("""
            03 00 0300 0800 0400 01
            c3bc00
            13 00 00 00 04000000
            02 00 00 00
            61626364
            """);

    private static AttributeMessage decode(byte[] b, FormatContext ctx) {
        return AttributeMessage.decode(reader(b, ctx));
    }

    @Test
    void decode_knownBytes_version1_paddedFields() {
        AttributeMessage a = decode(V1, O8);
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.datatypeShared()).isFalse();
        assertThat(DatatypeCodec.decode(a.datatype().reader("T", O8)))
                .isEqualTo(new BitfieldType(1, ByteOrderKind.LITTLE_ENDIAN, 0, 8));
        assertThat(a.datatype().address()).isEqualTo(CodecTestSupport.AT + 16);
        assertThat(a.dataspace().address()).isEqualTo(CodecTestSupport.AT + 32);
        assertThat(DataspaceCodec.decode(a.dataspace().reader("S", O8))).isEqualTo(Dataspace.scalar());
        assertThat(GlobalHeapCollectionTest.bytes(a.data())).containsExactly(0xff);
        assertThat(a.dataAddress()).isEqualTo(CodecTestSupport.AT + 40);
    }

    @Test
    void decode_knownBytes_version2_sharedFlags() {
        AttributeMessage a = decode(V2_SHARED_TYPE, O8);
        assertThat(a.name()).isEqualTo("b");
        assertThat(a.datatypeShared()).isTrue();
        assertThat(a.datatype().isShared()).isTrue();
        assertThat(a.dataspace().isShared()).isFalse();
        assertThat(SharedMessageRef.decode(a.datatype().reader("R", O8)).address()).isEqualTo(0x1fe7);
        assertThat(GlobalHeapCollectionTest.bytes(a.data())).containsExactly(1, 0);
        byte[] both = V2_SHARED_TYPE.clone();
        both[1] = 3;
        assertThat(decode(both, O8).dataspace().isShared()).isTrue();
    }

    @Test
    void decode_knownBytes_version3_charset() {
        AttributeMessage a = decode(V3_UTF8, O4);
        assertThat(a.name()).isEqualTo("\u00fc");
        assertThat(DatatypeCodec.decode(a.datatype().reader("T", O4)))
                .isEqualTo(new StringType(4, false, StringType.Charset.ASCII, StringType.Padding.NULLTERM));
        assertThat(GlobalHeapCollectionTest.bytes(a.data())).isEqualTo(CodecTestSupport.ascii("abcd"));
    }

    @Test
    void decode_bytesFromCLibrary() {
        for (String p : new String[] {"e8", "e4"}) {
            FormatContext ctx = p.equals("e8") ? O8 : O4;
            AttributeMessage v1 = AttributeMessage.decode(clib(p + ".i32be.msg12").reader("Attribute", ctx));
            assertThat(v1.name()).isEqualTo("units");
            assertThat(DatatypeCodec.decode(v1.datatype().reader("T", ctx)))
                    .isEqualTo(new StringType(4, false, StringType.Charset.ASCII, StringType.Padding.NULLPAD));
            // the body of a version 1 header message is itself padded: the data is followed by padding
            assertThat(GlobalHeapCollectionTest.bytes(v1.data())).startsWith(CodecTestSupport.ascii("volt"));
            AttributeMessage v2 = AttributeMessage.decode(clib(p + ".cattr.msg12").reader("Attribute", ctx));
            assertThat(v2.name()).isEqualTo("shared");
            assertThat(v2.datatypeShared()).isTrue();
            SharedMessageRef ref = SharedMessageRef.decode(v2.datatype().reader("R", ctx));
            assertThat(ref.inHeap()).isFalse();
            assertThat(ref.address()).isPositive();
            assertThat(DataspaceCodec.decode(v2.dataspace().reader("S", ctx)).dims()).containsExactly(2);
        }
        AttributeMessage v3 = AttributeMessage.decode(clib("l.timed.msg12").reader("Attribute", O8));
        assertThat(v3.name()).isEqualTo("\u00fcber");
        assertThat(GlobalHeapCollectionTest.bytes(v3.data())).isEqualTo(CodecTestSupport.ascii("x"));
        AttributeMessage x = AttributeMessage.decode(clib("l.ordered.msg12").reader("Attribute", O8));
        assertThat(x.name()).isEqualTo("x");
        assertThat(DatatypeCodec.decode(x.datatype().reader("T", O8)))
                .isEqualTo(IntegerType.of(8, true, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(GlobalHeapCollectionTest.bytes(x.data())).isEqualTo(hex("0100000000000000"));
    }

    @Test
    void decode_rejectsTruncated() {
        // the data runs to the end of the message: a prefix that cuts only the data is a shorter data block
        for (byte[] b : new byte[][] {V1, V2_SHARED_TYPE, V3_UTF8}) {
            AttributeMessage full = decode(b, O8);
            int dataStart = (int) (full.dataAddress() - CodecTestSupport.AT);
            CodecTestSupport.assertPrefixesRejected(b, x -> AttributeMessage.decode(new FormatReader(x, 0, "A", O8)),
                    (n, a) -> n >= dataStart && a.data().remaining() == n - dataStart && a.name().equals(full.name()));
        }
    }

    @Test
    void decode_rejectsBadVersion() {
        assertThatThrownBy(() -> decode(hex("04 00 0000 0000 0000"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 1 or 2 or 3, found 4");
        assertThatThrownBy(() -> decode(hex("02 00 0500 0000 0000 6162"), O8)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("truncated");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1, V2_SHARED_TYPE, V3_UTF8, clib("e8.cattr.msg12").bytes());
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> AttributeMessage.decode(new FormatReader(ByteBuffer.wrap(b), 0, "A", O8)));
    }
}
