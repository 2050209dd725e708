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

class LocalHeapTest {
    static final byte[] O8_BYTES = hex("48454150 00 000000 5800000000000000 ffffffffffffffff 2003000000000000");
    static final byte[] O4_BYTES = hex("48454150 00 000000 58000000 30000000 20030000");

    @Test
    void decode_knownBytes_offsets8() {
        assertThat(LocalHeap.decode(reader(O8_BYTES, O8))).isEqualTo(new LocalHeap(0x58, -1, 0x320));
        assertThat(LocalHeap.headerSize(O8)).isEqualTo(O8_BYTES.length);
    }

    @Test
    void decode_knownBytes_offsets4() {
        assertThat(LocalHeap.decode(reader(O4_BYTES, O4))).isEqualTo(new LocalHeap(0x58, 0x30, 0x320));
        assertThat(LocalHeap.headerSize(O4)).isEqualTo(O4_BYTES.length);
    }

    @Test
    void decode_bytesFromCLibrary() {
        // the root group's names: a 0x160-byte segment (0x140 with 4-byte offsets), free space from 0x110
        assertThat(LocalHeap.decode(clib("e8.localheap").reader("LocalHeap", O8)))
                .isEqualTo(new LocalHeap(0x160, 0x110, 0x2e98));
        assertThat(LocalHeap.decode(clib("e4.localheap").reader("LocalHeap", O4)))
                .isEqualTo(new LocalHeap(0x140, 0x110, 0x2c40));
    }

    @Test
    void decode_rejectsTruncatedAndWrongSignatureOrVersion() {
        CodecTestSupport.assertPrefixesRejected(O8_BYTES, b -> LocalHeap.decode(new FormatReader(b, 0, "H", O8)));
        CodecTestSupport.assertPrefixesRejected(O4_BYTES, b -> LocalHeap.decode(new FormatReader(b, 0, "H", O4)));
        byte[] v1 = O4_BYTES.clone();
        v1[4] = 1;
        assertThatThrownBy(() -> LocalHeap.decode(reader(v1, O4))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("Test at 0x1004").hasMessageContaining("version expected 0, found 1");
        byte[] sig = O4_BYTES.clone();
        sig[0] = 'h';
        assertThatThrownBy(() -> LocalHeap.decode(reader(sig, O4))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("expected \"HEAP\"");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(O8_BYTES, O4_BYTES);
    }

    @Property(tries = 300)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> LocalHeap.decode(new FormatReader(ByteBuffer.wrap(b), 0, "H", O8)));
        CodecTestSupport.onlyHdf5Exceptions(() -> LocalHeap.decode(new FormatReader(ByteBuffer.wrap(b), 0, "H", O4)));
    }
}
