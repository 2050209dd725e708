package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;

/** The virtual dataset mapping block and the serialized selections in it. */
class VirtualMappingsTest {
    /** HDF5 1.10.8 (h5py): frame_%b.h5:img, all, onto an unlimited regular hyperslab (version 2). */
    static final String PRINTF_HEX = "0001000000000000006672616d655f25622e683500696d67000300000001000000000000000000"
            + "0000020000000200000001440000000200000000000000000000000200000000000000ffffffffffffffff020000000000000000"
            + "000000000000000100000000000000010000000000000003000000000000006a9c0e37";
    /** Three same-file mappings with version 1 block lists, one of them an irregular union of two blocks. */
    static final String SAME_HEX = "0003000000000000002e002f61000200000001000000000000003800000002000000030000000000"
            + "00000000000002000000000000000000000002000000020000000200000000000000040000000200000004000000020000000100"
            + "000000000000380000000200000003000000000000000000000000000000020000000200000000000000020000000200000004000"
            + "000000000000400000002000000"
            + "2e002f610002000000010000000000000018000000020000000100000005000000000000000500000005000000020000000100000"
            + "000000000180000000200000001000000070000000000000007000000050000002e00610002000000010000000000000018000000"
            + "020000000100000004000000000000000500000003000000020000000100000000000000280000000200000002000000000000000"
            + "60000000100000007000000050000000300000005000000060000007dcbdeaa";

    @Test
    void decode_bytesFromCLibrary() {
        VirtualMappings printf = VirtualMappings.decode(reader(hex(PRINTF_HEX), O8));
        VirtualMappings.Mapping m = printf.mappings().get(0);
        assertThat(m.sourceFile()).isEqualTo("frame_%b.h5");
        assertThat(m.sourceDataset()).isEqualTo("img");
        assertThat(m.source()).isInstanceOf(SerializedSelection.All.class);
        SerializedSelection.Regular v = (SerializedSelection.Regular) m.virtual();
        assertThat(v.start()).containsExactly(0, 0);
        assertThat(v.stride()).containsExactly(2, 1);
        assertThat(v.count()).containsExactly(SerializedSelection.UNLIMITED, 1);
        assertThat(v.block()).containsExactly(2, 3);
        assertThat(v.unlimitedDim()).isZero();

        VirtualMappings same = VirtualMappings.decode(reader(hex(SAME_HEX), O8));
        assertThat(same.mappings()).hasSize(3);
        assertThat(same.mappings().get(0).sourceFile()).isEqualTo(".");
        SerializedSelection.Blocks irregular = (SerializedSelection.Blocks) same.mappings().get(2).virtual();
        assertThat(irregular.first()).isDeepEqualTo(new long[][] {{0, 6}, {5, 3}});
        assertThat(irregular.last()).isDeepEqualTo(new long[][] {{1, 7}, {5, 6}});
    }

    /** Encoding writes what HDF5 1.10 writes, byte for byte. */
    @Test
    void encode_reproducesTheCLibrarysBytes() {
        for (String h : new String[] {PRINTF_HEX, SAME_HEX}) {
            assertThat(VirtualMappings.decode(reader(hex(h), O8)).encode(O8)).isEqualTo(hex(h));
        }
    }

    @Test
    void roundTrip_offsets4_and_offsets8_everySelectionKind() {
        List<VirtualMappings.Mapping> list = List.of(
                new VirtualMappings.Mapping(".", "/a", new SerializedSelection.All(), new SerializedSelection.None()),
                new VirtualMappings.Mapping("f%%_%b.h5", "d", new SerializedSelection.Points(2,
                        new long[][] {{1, 2}, {5L << 33, 0}}), new SerializedSelection.Regular(new long[] {0},
                        new long[] {4}, new long[] {SerializedSelection.UNLIMITED}, new long[] {2})),
                new VirtualMappings.Mapping("é.h5", "x", new SerializedSelection.Regular(new long[] {1, 0},
                        new long[] {2, 1}, new long[] {3, 1}, new long[] {1, 4}), new SerializedSelection.Blocks(1,
                        new long[][] {{0}, {1L << 40}}, new long[][] {{9}, {(1L << 40) + 2}})));
        for (FormatContext ctx : new FormatContext[] {O4, O8}) {
            byte[] b = new VirtualMappings(list).encode(ctx);
            VirtualMappings back = VirtualMappings.decode(reader(b, ctx));
            assertThat(back.encode(ctx)).isEqualTo(b);
            assertThat(back.mappings().get(2).sourceFile()).isEqualTo("é.h5");
            assertThat(((SerializedSelection.Points) back.mappings().get(1).source()).coords()[1][0])
                    .isEqualTo(5L << 33);
            // a limited regular hyperslab is stored as its blocks, as the C library does
            assertThat(back.mappings().get(2).source()).isInstanceOf(SerializedSelection.Blocks.class);
        }
    }

    @Test
    void decode_rejectsTruncatedAndCorrupt() {
        for (String h : new String[] {PRINTF_HEX, SAME_HEX}) {
            CodecTestSupport.assertPrefixesRejected(hex(h), x -> VirtualMappings.decode(new FormatReader(x, 0, "V",
                    O8)));
        }
        byte[] bad = hex(PRINTF_HEX);
        bad[12] ^= 1;
        assertThatThrownBy(() -> VirtualMappings.decode(reader(bad, O8))).isInstanceOf(Hdf5ChecksumException.class);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(hex(PRINTF_HEX), hex(SAME_HEX));
    }

    @Property(tries = 500)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> VirtualMappings.decode(new FormatReader(ByteBuffer.wrap(b), 0, "V",
                O8)));
    }
}
