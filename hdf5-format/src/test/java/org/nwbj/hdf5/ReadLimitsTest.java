package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.testing.FilePatches;
import org.nwbj.hdf5.testing.TestFiles;

/** Every {@link ReadLimits} limit, met by a file that exceeds it: an Hdf5LimitException naming the limit. */
class ReadLimitsTest {
    private static Hdf5File open(byte[] bytes, ReadLimits limits) {
        return Hdf5File.open(new MemoryStorage(bytes, "test"), OpenOptions.defaults().withLimits(limits));
    }

    private static byte[] corpus(String name) throws IOException {
        return Files.readAllBytes(TestFiles.corpus(name));
    }

    private static void assertLimit(ThrowingCallable call, String limit) {
        assertThatThrownBy(call).isInstanceOf(Hdf5LimitException.class)
                .hasMessageContaining(limit).hasMessageContaining("OpenOptions.withLimits")
                .satisfies(e -> assertThat(((Hdf5LimitException) e).limit()).isEqualTo(limit))
                .satisfies(e -> assertThat(((Hdf5LimitException) e).found())
                        .isGreaterThan(((Hdf5LimitException) e).allowed()));
    }

    @Test
    void defaultsAreSaneAndValidated() {
        ReadLimits d = ReadLimits.defaults();
        assertThat(d.maxReadBytes()).isEqualTo(512L << 20);
        assertThat(d.maxLinkTraversals()).isEqualTo(16);
        assertThat(OpenOptions.defaults().limits()).isEqualTo(d);
        assertThat(d.maxChunkBytes(1).maxChunkBytes()).isEqualTo(1);
        assertThatThrownBy(() -> d.maxReadBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxReadBytes");
        assertThatThrownBy(() -> d.maxLinkTraversals(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneReadMayNotAllocateMoreThanMaxReadBytes() throws IOException {
        // chunked_many: 1500 int16 values, 3000 bytes
        try (Hdf5File f = open(corpus("layout_earliest.h5"), ReadLimits.defaults().maxReadBytes(1000))) {
            Dataset d = (Dataset) f.get("/chunked_many");
            assertLimit(d::readRaw, "maxReadBytes");
            assertThat(d.readLongs(Selection.box(new long[] {0}, new long[] {500}))).hasSize(500);
        }
    }

    @Test
    void chunksLargerThanMaxChunkBytesAreRefusedBeforeReading() throws IOException {
        // chunked_1d: int64 chunks of 16 elements, 128 bytes
        try (Hdf5File f = open(corpus("layout_earliest.h5"), ReadLimits.defaults().maxChunkBytes(100))) {
            assertLimit(((Dataset) f.get("/chunked_1d"))::readLongs, "maxChunkBytes");
        }
        try (Hdf5File f = open(corpus("layout_earliest.h5"), ReadLimits.defaults().maxChunkBytes(128))) {
            assertThat(((Dataset) f.get("/chunked_1d")).readLongs()).hasSize(100);
        }
    }

    /**
     * sb0_offsets4.h5's deflated /chunked dataset, patched: its chunk now claims 2^27 float64 values (1 GiB) and
     * its first chunk is 1 MiB of zeros deflated to about 1 KiB, appended to the file.
     */
    static byte[] deflateBomb() throws IOException {
        byte[] file = corpus("sb0_offsets4.h5");
        int layout = TestFiles.indexOf(file, new byte[] {3, 2, 2, 0, 0x10, 0, 0, 8, 0, 0, 0, 8, 0, 0, 0});
        int tree = 4096; // the layout's index address, 0x1000: a chunk B-tree leaf
        assertThat(layout).isPositive();
        assertThat(new String(file, tree, 4, StandardCharsets.US_ASCII)).isEqualTo("TREE");
        assertThat(file[tree + 4]).isEqualTo((byte) 1);
        byte[] stream = deflate(new byte[1 << 20]);
        assertThat(stream.length).isLessThan(2048);
        byte[] out = Arrays.copyOf(file, file.length + stream.length);
        System.arraycopy(stream, 0, out, file.length, stream.length);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(layout + 7, 1 << 27); // chunk dimension, in elements
        b.putShort(tree + 6, (short) 1); // one chunk: the bomb
        b.putInt(tree + 16, stream.length); // key 0: stored size
        b.putInt(tree + 40, file.length); // child 0: where the stream starts
        return out;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(9);
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length];
        int n = d.deflate(buf);
        d.end();
        return Arrays.copyOf(buf, n);
    }

    @Test
    void deflateBombIsRefusedByTheChunkSizeLimit() throws IOException {
        try (Hdf5File f = open(deflateBomb(), ReadLimits.defaults())) {
            Dataset d = (Dataset) f.get("/chunked");
            assertThat(d.chunkDims()).containsExactly(1L << 27);
            assertLimit(() -> d.readDoubles(Selection.box(new long[] {0}, new long[] {1})), "maxChunkBytes");
        }
    }

    @Test
    void deflateBombIsRefusedWhileInflatingByTheRatioLimit() throws IOException {
        // with the chunk size allowed, the ratio limit stops the stream at 100 x its 1 KiB, long before 1 GiB
        ReadLimits limits = ReadLimits.defaults().maxChunkBytes(2L << 30).maxCompressionRatio(100);
        try (Hdf5File f = open(deflateBomb(), limits)) {
            Dataset d = (Dataset) f.get("/chunked");
            assertLimit(() -> d.readDoubles(Selection.box(new long[] {0}, new long[] {1})), "maxCompressionRatio");
        }
    }

    @Test
    void objectHeadersWithTooManyMessagesAreRefused() throws IOException {
        try (Hdf5File f = open(corpus("layout_earliest.h5"), ReadLimits.defaults().maxHeaderMessages(2))) {
            assertLimit(() -> f.get("/chunked_1d"), "maxHeaderMessages");
        }
    }

    /** links.h5 with its dangling soft link patched to point at itself: an endless chain of soft links. */
    static byte[] softLinkLoop() throws IOException {
        // same length; the empty parts of the path are ignored
        return FilePatches.replaceAll(corpus("links.h5"), "/no/such/object", "/dangling//////");
    }

    @Test
    void deepSoftLinkChainsStopAtMaxLinkTraversals() throws IOException {
        try (Hdf5File f = open(softLinkLoop(), ReadLimits.defaults())) {
            assertThatThrownBy(() -> f.get("/dangling")).isInstanceOf(Hdf5LimitException.class)
                    .hasMessageContaining("maxLinkTraversals = 16");
        }
        try (Hdf5File f = open(softLinkLoop(), ReadLimits.defaults().maxLinkTraversals(100))) {
            assertLimit(() -> f.get("/dangling"), "maxLinkTraversals");
        }
        try (Hdf5File f = open(corpus("links.h5"), ReadLimits.defaults().maxLinkTraversals(0))) {
            assertLimit(() -> f.get("/dangling"), "maxLinkTraversals");
        }
    }

    @Test
    void variableLengthElementsLargerThanMaxVlenBytesAreRefused() throws IOException {
        try (Hdf5File f = open(corpus("links.h5"), ReadLimits.defaults().maxVlenBytes(2))) {
            Attribute where = f.get("/alias_a/ds_link").attribute("where");
            assertLimit(where::readValues, "maxVlenBytes");
        }
        try (Hdf5File f = open(corpus("links.h5"), ReadLimits.defaults())) {
            assertThat(f.get("/alias_a/ds_link").attribute("where").readValues()).hasSize(1);
        }
    }

    @Test
    void metadataBlocksLargerThanTheLimitAreRefused() throws IOException {
        assertLimit(() -> {
            try (Hdf5File f = open(corpus("layout_earliest.h5"), ReadLimits.defaults().maxMetadataBlockBytes(64))) {
                f.root().links();
            }
        }, "maxMetadataBlockBytes");
    }
}
