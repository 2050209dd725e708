package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
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
import org.nwbj.hdf5.internal.format.FilterPipeline.FilterInfo;

class FilterPipelineTest {
    /** Version 1: names padded to 8 (the length counts the padding), odd client data counts padded by 4 bytes. */
    static final byte[] V1 = hex("""
            01 03 0000 00000000
            0200 0800 0100 0100 | 73687566666c6500 | 04000000 00000000
            007d 0800 0100 0300 | 6c7a660000000000 | 00000000 03000000 10000000 00000000
            0300 0000 0000 0000
            """);
    /** Version 1 with a name length that is not a multiple of 8: the name is still followed by padding to 8. */
    static final byte[] V1_SHORT_NAME = hex("01 01 0000 00000000 | 0400 0500 0000 0200 | 737a697000 000000 | 8d000000 20000000");
    /** Version 2: no reserved bytes, names only for ids from 256, no padding. */
    static final byte[] V2 = hex("""
            02 04
            0100 0000 0100 06000000
            0200 0100 0100 04000000
            007d 0400 0100 0200 6c7a6600 04000000 05000000
            2c01 0000 0000 0000
            """);

    private static FilterPipeline decode(byte[] b) {
        return FilterPipeline.decode(reader(b, O8));
    }

    private static String describe(FilterInfo f) {
        return f.id() + ":" + f.name() + ":" + f.flags() + ":" + Arrays.toString(f.clientData());
    }

    @Test
    void decode_knownBytes_version1() {
        assertThat(decode(V1).filters()).extracting(FilterPipelineTest::describe)
                .containsExactly("2:shuffle:1:[4]", "32000:lzf:1:[0, 3, 16]", "3:null:0:[]");
        assertThat(decode(V1).filters().get(0).optional()).isTrue();
        assertThat(decode(V1_SHORT_NAME).filters()).extracting(FilterPipelineTest::describe)
                .containsExactly("4:szip:0:[141, 32]");
    }

    @Test
    void decode_knownBytes_version2() {
        assertThat(decode(V2).filters()).extracting(FilterPipelineTest::describe).containsExactly("1:null:0:[6]",
                "2:null:1:[4]", "32000:lzf:1:[4, 5]", "300:null:0:[]");
    }

    @Test
    void decode_bytesFromCLibrary() {
        FilterPipeline v1 = FilterPipeline.decode(clib("e8.chunked.msg11").reader("FilterPipeline", O8));
        assertThat(v1.filters()).extracting(FilterPipelineTest::describe)
                .containsExactly("2:shuffle:1:[4]", "1:deflate:1:[4]", "3:fletcher32:0:[]");
        FilterPipeline v2 = FilterPipeline.decode(clib("l.single_filtered.msg11").reader("FilterPipeline", O8));
        assertThat(v2.filters()).extracting(FilterPipelineTest::describe).containsExactly("1:null:1:[4]");
        FilterPipeline lzf = FilterPipeline.decode(clib("l.btree2.msg11").reader("FilterPipeline", O8));
        assertThat(lzf.filters()).hasSize(1);
        assertThat(lzf.filters().get(0).id()).isEqualTo(32000);
        assertThat(lzf.filters().get(0).name()).isEqualTo("lzf");
        assertThat(lzf.filters().get(0).clientData()).hasSize(3);
    }

    @Test
    void decode_bytesFromCLibrary_hdf5v16() {
        assertThat(FilterPipeline.decode(clib("old.deflate.msg11").reader("FilterPipeline", O8)).filters())
                .extracting(FilterPipelineTest::describe).containsExactly("1:deflate:1:[9]");
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {V1, V2, clib("l.btree2.msg11").bytes()}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> FilterPipeline.decode(new FormatReader(x, 0, "P", O8)));
        }
        // the padding after the last filter's odd client data may be missing
        CodecTestSupport.assertPrefixesRejected(V1_SHORT_NAME, x -> FilterPipeline.decode(new FormatReader(x, 0, "P", O8)),
                (n, p) -> n >= V1_SHORT_NAME.length - 4 && describe(p.filters().get(0)).equals("4:szip:0:[141, 32]"));
        byte[] c = clib("e8.chunked.msg11").bytes();
        FormatReader r = clib("e8.chunked.msg11").reader("P", O8);
        FilterPipeline.decode(r);
        CodecTestSupport.assertPrefixesRejected(Arrays.copyOf(c, r.position()),
                x -> FilterPipeline.decode(new FormatReader(x, 0, "P", O8)));
    }

    @Test
    void decode_rejectsBadVersionAndCount() {
        assertThatThrownBy(() -> decode(hex("03 00"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("version expected 1 or 2, found 3");
        assertThatThrownBy(() -> decode(hex("02 21"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("number of filters expected at most 32, found 33");
        assertThatThrownBy(() -> decode(hex("02 01 0100 0000 ffff"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("truncated");
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1, V1_SHORT_NAME, V2, clib("e8.chunked.msg11").bytes());
    }

    @Property(tries = 1000)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> FilterPipeline.decode(new FormatReader(ByteBuffer.wrap(b), 0, "P", O8)));
    }
}
