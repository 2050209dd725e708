package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.ascii;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.util.Arrays;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;

class GlobalHeapCollectionTest {
    /** Two objects ("abc" padded to 8, then 8 bytes) and free space, 8-byte lengths. */
    static final byte[] O8_BYTES = hex("""
            47434f4c 01 000000 5000000000000000
            0100 0100 00000000 0300000000000000 | 61626300 00000000
            0200 0000 00000000 0800000000000000 | 0102030405060708
            0000 0000 00000000 1000000000000000
            """);
    /** The same with 4-byte lengths: the 12-byte collection and object headers are padded to 16. */
    static final byte[] O4_BYTES = hex("""
            47434f4c 01 000000 50000000 00000000
            0100 0100 00000000 03000000 00000000 | 61626300 00000000
            0200 0000 00000000 08000000 00000000 | 0102030405060708
            0000 0000 00000000 10000000 00000000
            """);

    @Test
    void decode_knownBytes_offsets8() {
        assertKnown(GlobalHeapCollection.decode(reader(O8_BYTES, O8)));
        assertThat(GlobalHeapCollection.collectionSize(reader(O8_BYTES, O8))).isEqualTo(0x50);
    }

    @Test
    void decode_knownBytes_offsets4() {
        assertKnown(GlobalHeapCollection.decode(reader(O4_BYTES, O4)));
        assertThat(GlobalHeapCollection.collectionSize(reader(O4_BYTES, O4))).isEqualTo(0x50);
    }

    private static void assertKnown(GlobalHeapCollection c) {
        assertThat(c.objects()).containsOnlyKeys(1, 2);
        assertThat(bytes(c.objects().get(1))).isEqualTo(ascii("abc"));
        assertThat(bytes(c.objects().get(2))).isEqualTo(hex("0102030405060708"));
    }

    static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    @Test
    void decode_bytesFromCLibrary() {
        // vlen strings "vlen world!" and "hello", int sequences [0 1 2] and [0 1 2 3 4], one region reference
        for (String key : new String[] {"e8.gcol", "e4.gcol"}) {
            Fixture8or4 f = new Fixture8or4(key);
            GlobalHeapCollection c = GlobalHeapCollection.decode(f.reader());
            assertThat(c.objects()).containsOnlyKeys(1, 2, 3, 4, 5);
            assertThat(bytes(c.objects().get(1))).isEqualTo(ascii("vlen world!"));
            assertThat(bytes(c.objects().get(2))).isEqualTo(ascii("hello"));
            assertThat(bytes(c.objects().get(3))).isEqualTo(hex("00000000 01000000 02000000"));
            assertThat(bytes(c.objects().get(4))).isEqualTo(hex("00000000 01000000 02000000 03000000 04000000"));
            assertThat(GlobalHeapCollection.collectionSize(f.reader())).isEqualTo(4096);
        }
    }

    private record Fixture8or4(String key) {
        FormatReader reader() {
            return clib(key).reader("GlobalHeapCollection", key.startsWith("e8") ? O8 : O4);
        }
    }

    @Test
    void decode_rejectsTruncated() {
        // a prefix that ends between objects is a collection with fewer objects; one inside an object fails
        for (byte[] full : new byte[][] {O8_BYTES, O4_BYTES}) {
            FormatContext ctx = full == O8_BYTES ? O8 : O4;
            CodecTestSupport.assertPrefixesRejected(full, b -> GlobalHeapCollection.decode(new FormatReader(b, 0, "G", ctx)),
                    (n, c) -> n >= 16 && c.objects().values().stream().allMatch(o -> o.remaining() == 3 || o.remaining() == 8)
                            && c.objects().size() == (n >= 64 ? 2 : n >= 35 ? 1 : 0));
        }
    }

    @Test
    void decode_rejectsObjectLargerThanCollection() {
        byte[] b = O8_BYTES.clone();
        b[24] = 0x70;
        assertThatThrownBy(() -> GlobalHeapCollection.decode(reader(b, O8))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("global heap object 1 claims 112 bytes");
        byte[] v2 = Arrays.copyOf(O4_BYTES, O4_BYTES.length);
        v2[4] = 2;
        assertThatThrownBy(() -> GlobalHeapCollection.decode(reader(v2, O4))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 1, found 2");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(O8_BYTES, O4_BYTES, Arrays.copyOf(clib("e8.gcol").bytes(), 200));
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> GlobalHeapCollection.decode(new FormatReader(ByteBuffer.wrap(b), 0, "G", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> GlobalHeapCollection.decode(new FormatReader(ByteBuffer.wrap(b), 0, "G", O4)));
    }
}
