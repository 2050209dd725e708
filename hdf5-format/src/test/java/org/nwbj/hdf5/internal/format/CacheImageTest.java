package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;

class CacheImageTest {
    /** The image block of resources/clib/cache_image_latest.h5 (written by the C library), by its message. */
    static byte[] clibBlock() throws Exception {
        byte[] file = Files.readAllBytes(Path.of(CacheImageTest.class.getResource("/clib/cache_image_latest.h5")
                .toURI()));
        int at = org.nwbj.hdf5.testing.TestFiles.indexOf(file, "MDCI".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long len = ByteBuffer.wrap(file, at + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return Arrays.copyOfRange(file, at, at + (int) len);
    }

    @Test
    void decode_bytesFromCLibrary_andReencodesThemExactly() throws Exception {
        byte[] block = clibBlock();
        CacheImage image = CacheImage.decode(reader(block, O8));
        assertThat(image.entries()).hasSize(3);
        assertThat(image.entries()).extracting(CacheImage.Entry::typeId).containsOnly(5); // object headers
        assertThat(image.entries().get(2).address()).isEqualTo(0x30); // the root group's header
        assertThat(new String(image.entries().get(2).image(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("OHDR");
        assertThat(image.encode(O8)).isEqualTo(block);
    }

    @Test
    void roundTrip_offsets4_and_offsets8() {
        CacheImage image = new CacheImage(List.of(
                new CacheImage.Entry(5, 3, 1, 0, 1, 0x100, new byte[] {1, 2, 3}, List.of()),
                new CacheImage.Entry(6, 0x0c, 1, 2, 2, 0x200, new byte[] {9}, List.of(0x100L))));
        for (FormatContext ctx : new FormatContext[] {O4, O8}) {
            byte[] b = image.encode(ctx);
            CacheImage back = CacheImage.decode(reader(b, ctx));
            assertThat(back.entries()).hasSize(2);
            assertThat(back.entries().get(1).parents()).containsExactly(0x100L);
            assertThat(back.entries().get(0).image()).containsExactly(1, 2, 3);
            assertThat(back.encode(ctx)).isEqualTo(b);
            CacheImage.Message m = new CacheImage.Message(0x830, b.length);
            assertThat(CacheImage.Message.decode(reader(m.encode(ctx), ctx))).isEqualTo(m);
        }
    }

    @Test
    void decode_rejectsTruncatedAndCorrupt() throws Exception {
        byte[] block = clibBlock();
        CodecTestSupport.assertPrefixesRejected(block, x -> CacheImage.decode(new FormatReader(x, 0, "I", O8)));
        byte[] bad = block.clone();
        bad[100] ^= 1;
        assertThatThrownBy(() -> CacheImage.decode(reader(bad, O8))).isInstanceOf(Hdf5ChecksumException.class);
    }
}
