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

class SharedMessageRefTest {
    /** Version 1: version, type, 6 reserved bytes, then a whole symbol table entry (name offset, header, ...). */
    static final byte[] V1_O8 = hex("""
            01 00 000000000000
            0000000000000000 0020000000000000 00000000 00000000 00000000000000000000000000000000
            """);
    static final byte[] V1_O4 = hex("01 00 000000000000 | 00000000 00200000 00000000 00000000 00000000000000000000000000000000");
    static final byte[] V2_O8 = hex("02 02 | e71f000000000000");
    static final byte[] V2_O4 = hex("02 02 | e71f0000");
    static final byte[] V3_HEAP = hex("03 01 | 0102030405060708");
    static final byte[] V3_COMMITTED_O8 = hex("03 02 | 0030000000000000");
    static final byte[] V3_COMMITTED_O4 = hex("03 02 | 00300000");

    @Test
    void decode_knownBytes_version1_embeddedSymbolTableEntry() {
        assertThat(SharedMessageRef.decode(reader(V1_O8, O8)).address()).isEqualTo(0x2000);
        SharedMessageRef r4 = SharedMessageRef.decode(reader(V1_O4, O4));
        assertThat(r4.address()).isEqualTo(0x2000);
        assertThat(r4.inHeap()).isFalse();
    }

    @Test
    void decode_knownBytes_version2() {
        assertThat(SharedMessageRef.decode(reader(V2_O8, O8)).address()).isEqualTo(0x1fe7);
        assertThat(SharedMessageRef.decode(reader(V2_O4, O4)).address()).isEqualTo(0x1fe7);
    }

    @Test
    void decode_knownBytes_version3_heapIdAndCommitted() {
        SharedMessageRef heap = SharedMessageRef.decode(reader(V3_HEAP, O8));
        assertThat(heap.inHeap()).isTrue();
        assertThat(heap.heapId()).isEqualTo(hex("0102030405060708"));
        assertThat(heap.address()).isEqualTo(-1);
        SharedMessageRef c8 = SharedMessageRef.decode(reader(V3_COMMITTED_O8, O8));
        assertThat(c8.inHeap()).isFalse();
        assertThat(c8.address()).isEqualTo(0x3000);
        assertThat(SharedMessageRef.decode(reader(V3_COMMITTED_O4, O4)).address()).isEqualTo(0x3000);
    }

    @Test
    void decode_bytesFromCLibrary() {
        // a dataset of a committed datatype: HDF5 1.10 writes committed references as version 2
        SharedMessageRef r = SharedMessageRef.decode(clib("l.uses_committed.msg3").reader("Shared", O8));
        assertThat(r.inHeap()).isFalse();
        assertThat(r.address()).isEqualTo(0x1fe7);
        byte[] attr = clib("e4.cattr.msg12").bytes();
        // the datatype field of a version 2 attribute: after 8 bytes of header and the 7-byte name, unpadded
        SharedMessageRef a = SharedMessageRef.decode(reader(java.util.Arrays.copyOfRange(attr, 15, 21), O4));
        assertThat(a.address()).isEqualTo(0x19c);
    }

    @Test
    void decode_bytesFromCLibrary_version3_sharedMessageHeap() {
        // a file with a shared-message index: datatype and dataspace messages live in the SOHM fractal heap
        SharedMessageRef type = SharedMessageRef.decode(clib("sohm.d1.msg3").reader("Shared", O8));
        assertThat(type.inHeap()).isTrue();
        assertThat(type.heapId()).isEqualTo(hex("002e000000000c00"));
        SharedMessageRef space = SharedMessageRef.decode(clib("sohm.d1.msg1").reader("Shared", O8));
        assertThat(space.inHeap()).isTrue();
        assertThat(space.heapId()).isEqualTo(hex("0016000000001800"));
    }

    @Test
    void decode_knownBytes_version1_mixedSizes() {
        // the embedded entry's name offset has "size of lengths" bytes
        byte[] b = hex("01 00 000000000000 | 00000000 | 0020000000000000 | 00000000 00000000 00000000000000000000000000000000");
        assertThat(SharedMessageRef.decode(reader(b, new FormatContext(8, 4))).address()).isEqualTo(0x2000);
    }

    @Test
    void decode_bytesFromCLibrary_versions1and2() {
        // HDF5 1.4 (version 1, a whole symbol table entry) and 1.6 (version 2) references to committed datatypes
        SharedMessageRef v1 = SharedMessageRef.decode(clib("old.tcompound.shared3").reader("Shared", O8));
        assertThat(v1.inHeap()).isFalse();
        assertThat(v1.address()).isEqualTo(0x590);
        assertThat(SharedMessageRef.decode(clib("old.tenum.shared3").reader("Shared", O8)).address()).isEqualTo(0x3d0);
    }

    @Test
    void decode_rejectsTruncated() {
        // version 1: the rest of the embedded entry after the header address is not needed
        CodecTestSupport.assertPrefixesRejected(V1_O8, x -> SharedMessageRef.decode(new FormatReader(x, 0, "R", O8)),
                (n, r) -> n >= 24 && r.address() == 0x2000);
        CodecTestSupport.assertPrefixesRejected(V1_O4, x -> SharedMessageRef.decode(new FormatReader(x, 0, "R", O4)),
                (n, r) -> n >= 16 && r.address() == 0x2000);
        for (byte[] b : new byte[][] {V2_O8, V3_HEAP, V3_COMMITTED_O8}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> SharedMessageRef.decode(new FormatReader(x, 0, "R", O8)));
        }
        for (byte[] b : new byte[][] {V2_O4, V3_COMMITTED_O4}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> SharedMessageRef.decode(new FormatReader(x, 0, "R", O4)));
        }
    }

    @Test
    void decode_rejectsBadVersionAndType() {
        assertThatThrownBy(() -> SharedMessageRef.decode(reader(hex("04 02 0030000000000000"), O8)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("shared message version expected 1 or 2 or 3, found 4");
        assertThatThrownBy(() -> SharedMessageRef.decode(reader(hex("03 00 0030000000000000"), O8)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("shared message type expected 1 or 2, found 0");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1_O8, V2_O8, V3_HEAP, V3_COMMITTED_O8, V1_O4);
    }

    @Property(tries = 300)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> SharedMessageRef.decode(new FormatReader(ByteBuffer.wrap(b), 0, "R", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> SharedMessageRef.decode(new FormatReader(ByteBuffer.wrap(b), 0, "R", O4)));
    }
}
